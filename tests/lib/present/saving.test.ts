import { describe, expect, it } from "vitest";
import { savingPhrase } from "../../../src/lib/present/saving";

describe("savingPhrase", () => {
  // $25,412 saved on a $47,948 baseline: 25,412 / 47,948 = 53%.
  const saves = { monthlyUsd: 25_412, share: 25_412 / 47_948 };
  // $11,680 − $3,670 = $8,010 more on a $3,670 baseline: 218%.
  const costsMore = { monthlyUsd: -8_010, share: -8_010 / 3_670 };

  it("says what an option saves, sized as asked", () => {
    expect(savingPhrase(saves, "share")).toBe("saves 53%");
    expect(savingPhrase(saves, "usd")).toBe("saves $25,412");
    expect(savingPhrase(saves, "usd-and-share")).toBe("saves $25,412 (53%)");
    expect(savingPhrase(saves, "share", "Muse Spark")).toBe(
      "saves 53% vs Muse Spark",
    );
  });

  it("says what an option costs more, never a negative amount", () => {
    expect(savingPhrase(costsMore, "share")).toBe("costs 218% more");
    expect(savingPhrase(costsMore, "usd")).toBe("costs $8,010 more");
    expect(savingPhrase(costsMore, "usd-and-share", "baseline")).toBe(
      "costs $8,010 (218%) more than baseline",
    );
  });

  it("gives dollars when the baseline costs next to nothing, and says when the costs are equal", () => {
    expect(savingPhrase({ monthlyUsd: -12, share: null }, "share")).toBe(
      "costs $12.00 more",
    );
    expect(savingPhrase({ monthlyUsd: 12, share: null }, "usd-and-share")).toBe(
      "saves $12.00",
    );
    expect(savingPhrase({ monthlyUsd: 0, share: null }, "share")).toBe(
      "costs the same",
    );
    expect(savingPhrase({ monthlyUsd: 0, share: 0 }, "usd", "baseline")).toBe(
      "costs the same as baseline",
    );
  });
});
