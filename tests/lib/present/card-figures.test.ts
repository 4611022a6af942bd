import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import { volumeForSavings } from "../../../src/lib/engine/targets";
import type { ApiOption, Scenario } from "../../../src/lib/engine/types";
import { cardFigures, volumeText } from "../../../src/lib/present/card-figures";
import {
  articleScenario,
  maverickRented,
  museSpark,
} from "../engine/scenarios";

function figures(scenario: Scenario, period: "month" | "day" = "month") {
  const result = evaluateScenario(scenario);
  if (!result.ok) throw new Error(result.error.message);
  return {
    result: result.value,
    cards: cardFigures(scenario, result.value, period),
  };
}

/** Muse Spark's prices times `factor`: an API that costs `factor` × Muse at every volume. */
const pricier = (factor: number): ApiOption => ({
  ...museSpark,
  id: `x${factor}`,
  label: `${factor}× Muse`,
  pricing: {
    kind: "known",
    prices: {
      inputPerM: 1.25 * factor,
      cachedInputPerM: 0.15 * factor,
      outputPerM: 4.25 * factor,
    },
  },
});

describe("volumeText", () => {
  it("gives a volume per the typed period and in tokens at the workload's tokens a request", () => {
    // 2.38M a month over 730 / 24 days is 78,247 a day; at 1,500 + 500 tokens, 4.76B tokens.
    expect(volumeText(2_380_000, articleScenario.workload, "day")).toBe(
      "78.2K requests per day (4.76B tokens a month)",
    );
    const longer = { ...articleScenario.workload, outputTokens: 2500 };
    expect(volumeText(1_000_000, longer, "month")).toBe(
      "1M requests per month (4B tokens a month)",
    );
  });
});

describe("each card's break-even and the article's saving", () => {
  it("gives the break-even in requests per the typed period and in tokens", () => {
    // One replica costs 8 · $2 · 730 h = $11,680; the API $0.00367 a request: equal at
    // 11,680 / 0.00367 = 3.18M requests a month, 6.37B tokens at 2,000 a request.
    const month = figures(articleScenario).cards.get("maverick")!;
    expect(month[0]).toEqual({
      label: "Break-even",
      text: "3.18M requests per month (6.37B tokens a month): cheaper above it",
    });
    // 3.18M a month over 730 / 24 days: 104,632 a day.
    const day = figures(articleScenario, "day").cards.get("maverick")!;
    expect(day[0]!.text).toBe(
      "105K requests per day (6.37B tokens a month): cheaper above it",
    );
  });

  it("gives where the option would save 88%, computed, not quoted", () => {
    // Against an API at 20× Muse's prices the fleet reaches 88% at some volume.
    const scenario = {
      ...articleScenario,
      options: [pricier(20), maverickRented],
      baselineId: "x20",
    };
    const { cards } = figures(scenario);
    const target = volumeForSavings(scenario, "maverick", 0.88);
    if (!target.reached) throw new Error("expected the fleet to reach 88%");
    expect(cards.get("maverick")![1]).toEqual({
      label: "Saves 88%",
      text: `from ${volumeText(target.requestsPerMonth, scenario.workload, "month")}`,
    });
  });

  it("says when 88% is never reached, and the most the option saves", () => {
    // Muse against an API at 10×, 2× and 0.5× its prices: it saves 90%, 50% and −100% at every volume.
    const against = (factor: number) =>
      figures({
        ...articleScenario,
        options: [pricier(factor), museSpark],
        baselineId: `x${factor}`,
      }).cards.get("muse")!;
    expect(against(10)[1]!.text).toBe(
      "from 1 request per month (2K tokens a month)",
    );
    expect(against(2)[1]!.text).toBe("never: at most 50%, at any volume");
    expect(against(0.5)[1]!.text).toBe(
      "never: not cheaper than the baseline at any volume",
    );
    // No crossing either: the same side of the baseline throughout the range searched.
    expect(against(2)[0]!.text).toBe(
      "none from 1 to 10T requests per month: cheaper throughout",
    );
    expect(against(0.5)[0]!.text).toBe(
      "none from 1 to 10T requests per month: dearer throughout",
    );
  });

  it("gives every option but the baseline its figures, and none to one that cannot run", () => {
    const { cards } = figures({
      ...articleScenario,
      options: [
        museSpark,
        maverickRented,
        pricier(3),
        { ...maverickRented, id: "tiny", gpusPerReplica: 1 },
      ],
    });
    expect([...cards.keys()]).toEqual(["maverick", "x3"]);
  });

  it("says where a search stopped rather than that there is no break-even past it", () => {
    const scenario = {
      ...articleScenario,
      options: [pricier(2), museSpark],
      baselineId: "x2",
    };
    const evaluated = evaluateScenario(scenario);
    if (!evaluated.ok) throw new Error(evaluated.error.message);
    const result = {
      ...evaluated.value,
      breakEvenCut: [
        {
          optionId: "muse",
          priceCase: "mid" as const,
          requestsPerMonth: 5e6,
          tokensPerMonth: 1e10,
        },
      ],
    };
    expect(cardFigures(scenario, result, "month").get("muse")![0]!.text).toBe(
      "none below 5M requests per month (10B tokens a month), where the search stops: cheaper up to there",
    );
  });
});
