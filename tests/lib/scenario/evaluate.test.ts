import { describe, expect, it } from "vitest";
import { evaluateDoc, withRanges } from "../../../src/lib/scenario/evaluate";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import { Random } from "../../../scripts/fuzz/random";
import { fleetsAlongTheBaseline } from "../../../scripts/fuzz/workspaces";
import {
  findAllCrossings,
  MAX_SCENARIO_EVALUATIONS,
} from "../../../src/lib/engine/break-even";
import {
  prepareOption,
  type CostModel,
} from "../../../src/lib/engine/option-cost";
import { headline } from "../../../src/lib/present/headline";
import {
  apiForm,
  defaultWorkload,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
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

  it("evaluates quickly when one replica serves less than one request a month", () => {
    // Typed as a new user would: a free API against free GPUs, 10M-token answers, 1% of the
    // memory bandwidth and a peak 1,000 times the average, at 100,000 requests a second. One
    // replica then serves 4e-4 requests a month: past 2^53 steps in the volumes searched.
    const doc = {
      name: "Free GPUs, huge answers",
      workload: {
        ...defaultWorkload(),
        rate: "100000",
        outputTokens: "10000000",
        peakToAverage: "1000",
      },
      options: [
        {
          ...apiForm("api", "gpt-5.4"),
          prices: { input: "0", cached: "0", output: "0" },
        },
        {
          ...selfHostForm("self", "llama-3.1-8b", "b200", 8, "fp8"),
          usdPerGpuHour: "0",
          engineerFte: "0",
          bandwidthPercent: "1",
        },
      ],
      baselineKey: "api",
    };
    const start = performance.now();
    const evaluated = evaluateDoc(doc);
    expect(performance.now() - start).toBeLessThan(250);
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    const { result } = evaluated.evaluation;
    expect(result.options.map((o) => o.monthlyCostUsd)).toEqual([0, 0]);
    expect(result.breakEven).toEqual([]);
    expect(headline(result, evaluated.evaluation.scenario.workload)).toMatch(
      /costs the same; no break-even between/,
    );
  });

  it("evaluates twenty options that each stay within a step of the baseline in bounded steps", () => {
    // 19 fleets whose staircases run along the baseline's price at every step up to 10^13
    // requests, each searched at three prices: 57 searches that each use every evaluation they
    // may. Each on its own budget, they took 150,000 evaluations; they share one now.
    const doc = fleetsAlongTheBaseline(new Random(9));
    expect(doc.options).toHaveLength(20);
    const evaluated = evaluateDoc(doc);
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    const { scenario, result } = evaluated.evaluation;
    expect(result.breakEvenComplete).toBe(false);

    // The same searches, counted: every cost model the evaluation searched, asked as often.
    const counter = { calls: 0 };
    const counted = (model: CostModel): CostModel => ({
      ...model,
      totalAt: (v) => {
        counter.calls++;
        return model.totalAt(v);
      },
    });
    const [baseline, ...fleets] = scenario.options.map((o) =>
      prepareOption(o, scenario.workload),
    );
    const pairs = (["mid", "low", "high"] as const).flatMap((priceCase) =>
      fleets.map((fleet) => ({
        option: counted(fleet.models.mid!),
        baseline: baseline!.models[priceCase]!,
      })),
    );
    expect(pairs).toHaveLength(57);
    findAllCrossings(pairs, result.sweep);
    expect(counter.calls).toBeLessThanOrEqual(MAX_SCENARIO_EVALUATIONS);
  });
});

describe("withRanges", () => {
  it("keeps the evaluation itself when the form has no ranges, so nothing is computed again", () => {
    const doc = defaultScenario();
    const evaluated = evaluateDoc(doc);
    expect(withRanges(doc, evaluated, readFormRanges)).toBe(evaluated);
  });

  it("adds the ranges to the same answer", () => {
    const doc = defaultScenario();
    doc.workload.ranges = {
      outputTokens: { low: "100", high: "900", distribution: "triangular" },
    };
    const evaluated = evaluateDoc(doc);
    const ranged = withRanges(doc, evaluated, readFormRanges);
    if (!ranged.ok || !evaluated.ok) throw new Error("not evaluated");
    expect(ranged.evaluation.result).toBe(evaluated.evaluation.result);
    expect(ranged.evaluation.ranges).toHaveLength(1);
  });

  it("stops the answer at a bad range, its message beside the field", () => {
    const doc = defaultScenario();
    doc.workload.ranges = {
      outputTokens: { low: "900", high: "100", distribution: "triangular" },
    };
    const ranged = withRanges(doc, evaluateDoc(doc), readFormRanges);
    expect(ranged).toMatchObject({ ok: false, unplaced: null });
    if (ranged.ok) return;
    expect(Object.keys(ranged.errors)).toEqual([
      `${workloadPath("outputTokens")}.low`,
    ]);
  });
});
