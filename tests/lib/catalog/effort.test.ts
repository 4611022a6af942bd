import { describe, expect, it } from "vitest";
import { effortTokenFactor, offersEffort } from "../../../src/lib/catalog";
import { effortChoices } from "../../../src/lib/catalog/effort-labels";

describe("effortChoices", () => {
  it("lists a model's measured settings, its default first", () => {
    expect(effortChoices("gpt-5.4")).toEqual([
      { value: "", label: "xhigh (default)" },
      { value: "low", label: "low" },
      { value: "none", label: "no reasoning" },
    ]);
    expect(effortChoices("claude-opus-5").map((c) => c.value)).toEqual([
      "",
      "xhigh",
      "high",
      "medium",
      "low",
    ]);
  });

  it("offers none for a model without measured settings", () => {
    expect(effortChoices("muse-spark-1.1")).toEqual([]);
    expect(effortChoices(undefined)).toEqual([]);
    expect(offersEffort("muse-spark-1.1", "")).toBe(true);
    expect(offersEffort("muse-spark-1.1", "low")).toBe(false);
    expect(offersEffort("gpt-5.4", "medium")).toBe(false);
  });
});

describe("effortTokenFactor", () => {
  it("is the default's factor at the default effort", () => {
    const at = effortTokenFactor("gpt-5.4@v4.0", "muse-spark-1.1", "");
    // v4.1, the only version both share: 109.46M / 93.64M.
    expect(at.factor).toBeCloseTo(109.46 / 93.64, 12);
    expect(at.effort).toBeUndefined();
  });

  it("scales the factor by the setting's tokens over the default's", () => {
    // Against itself (v4.0): 9.87M at low / 120.58M at xhigh = 0.08185.
    const self = effortTokenFactor("gpt-5.4@v4.0", "gpt-5.4", "low");
    expect(self.factor).toBeCloseTo(0.0818544, 6);
    expect(self.model?.score).toBe(47.94);
  });

  it("takes the setting's ratio from the other version when it has no record on the factor's", () => {
    // Against Muse Spark 1.1 the factor is v4.1's, 109.46 / 93.64 = 1.16894; low was measured
    // on v4.0 only: × 9.87 / 120.58 = 0.0956832.
    const low = effortTokenFactor("gpt-5.4@v4.0", "muse-spark-1.1", "low");
    expect(low.factor).toBeCloseTo(0.0956832, 6);
    expect(low.effort?.ratio).toBeCloseTo(9.87 / 120.58, 12);
    expect(low.effort?.baseFactor).toBeCloseTo(109.46 / 93.64, 12);
  });

  it("on the same version, equals the setting's own count over the reference's", () => {
    // GPT-5.5 high on v4.1: 42.86M / 93.64M = 0.457710.
    const high = effortTokenFactor("gpt-5.5@v4.0", "muse-spark-1.1", "high");
    expect(high.factor).toBeCloseTo(42.86 / 93.64, 12);
    expect(high.model?.score).toBe(54.67);
  });

  it("ignores an effort the model was not measured at", () => {
    const muse = effortTokenFactor("muse-spark-1.1@v4.1", "gpt-5.4", "low");
    expect(muse.factor).toBeCloseTo(93.64 / 109.46, 12);
    expect(muse.effort).toBeUndefined();
  });
});
