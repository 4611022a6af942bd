import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import type { Scenario } from "../../../src/lib/engine/types";
import { articleComparison } from "../../../src/lib/present/article";
import { articleScenario, articleUnannounced } from "../engine/scenarios";

const compare = (scenario: Scenario) => {
  const result = evaluateScenario(scenario);
  if (!result.ok) throw new Error(result.error.message);
  return articleComparison(scenario, result.value);
};

describe("articleComparison", () => {
  it("names the option whose unannounced price range the figures take the middle of", () => {
    expect(compare(articleScenario)!.midRangeOf).toBeNull();
    const ranged = compare(articleUnannounced);
    expect(ranged!.midRangeOf).toBe("Muse Spark");
  });
});
