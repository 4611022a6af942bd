import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import type { Scenario } from "../../../src/lib/engine/types";
import { articleComparison } from "../../../src/lib/present/article";
import { articleScenario, museSpark } from "../engine/scenarios";

const compare = (scenario: Scenario) => {
  const result = evaluateScenario(scenario);
  if (!result.ok) throw new Error(result.error.message);
  return articleComparison(scenario, result.value);
};

describe("articleComparison", () => {
  it("names the option whose unannounced price range the figures take the middle of", () => {
    expect(compare(articleScenario)!.midRangeOf).toBeNull();
    const ranged = compare({
      ...articleScenario,
      options: [
        {
          ...museSpark,
          pricing: {
            kind: "range",
            low: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 4 },
            high: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
          },
        },
        articleScenario.options[1]!,
      ],
    });
    expect(ranged!.midRangeOf).toBe("Muse Spark");
  });
});
