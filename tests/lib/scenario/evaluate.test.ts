import { describe, expect, it } from "vitest";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { workloadPath } from "../../../src/lib/scenario/form";
import { defaultScenario } from "../../../src/lib/scenario/workspace";

describe("evaluateDoc", () => {
  it("evaluates a scenario as written", () => {
    const evaluated = evaluateDoc(defaultScenario());
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    // 5 requests a second for a 730-hour month.
    expect(evaluated.evaluation.result.requestsPerMonth).toBe(5 * 730 * 3600);
    expect(evaluated.evaluation.scenario.options).toHaveLength(2);
  });

  it("names the field at fault instead of evaluating", () => {
    const doc = defaultScenario();
    doc.workload.rate = "-3";
    const evaluated = evaluateDoc(doc);
    expect(evaluated).toMatchObject({ ok: false, unplaced: null });
    if (evaluated.ok) return;
    expect(Object.keys(evaluated.errors)).toEqual([workloadPath("rate")]);
  });

  it("keeps an engine problem no field is to blame for as an unplaced message", () => {
    const evaluated = evaluateDoc({
      ...defaultScenario(),
      baselineKey: "gone",
    });
    expect(evaluated).toMatchObject({ ok: false, errors: {} });
    if (evaluated.ok) return;
    expect(evaluated.unplaced).toMatch(/\w/);
  });
});
