import { describe, expect, it } from "vitest";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { gpus, openModels } from "../../../src/lib/catalog";
import { prepareOption } from "../../../src/lib/engine/option-cost";
import { headline } from "../../../src/lib/present/headline";
import { readScenario } from "../../../src/lib/scenario/read";
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
    expect(headline(result)).toMatch(/costs \$0 more; no break-even between/);
  });

  it("evaluates twenty options that each stay within a step of the baseline, in under 50 ms", () => {
    // Each fleet's rent makes its cost per request at full load the baseline's price, and the
    // baseline's unannounced price range has equal ends: 57 searches, each finding the two costs
    // within one replica of each other at every one of up to a billion steps. This took 0.8 s.
    const workload = {
      ...defaultWorkload(),
      period: "month" as const,
      rate: "1e13",
    };
    const launch = apiForm("base", "muse-spark", "launch (price unannounced)");
    const baseline = { ...launch, low: launch.high };
    const parallel = Array.from({ length: 19 }, (_, i) => {
      const form = {
        ...selfHostForm(
          `s${i}`,
          openModels[i % openModels.length]!.id,
          gpus[(i * 3) % gpus.length]!.id,
          8,
          "fp8",
        ),
        engineerFte: "0",
      };
      const { scenario } = readScenario(workload, [baseline, form], "base");
      const [base, fleet] = scenario!.options.map(
        (o) => prepareOption(o, scenario!.workload).models.mid,
      );
      if (!base || !fleet) return null;
      const rent =
        (base.at(1).totalUsd * fleet.requestsPerReplica!) / (8 * 730);
      return { ...form, usdPerGpuHour: String(rent) };
    }).filter((form) => form !== null);
    const doc = {
      name: "Parallel",
      workload,
      options: [baseline, ...parallel],
      baselineKey: "base",
    };
    expect(parallel.length).toBeGreaterThan(15);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const evaluated = evaluateDoc(doc);
      best = Math.min(best, performance.now() - start);
      expect(
        evaluated.ok && evaluated.evaluation.result.breakEvenComplete,
      ).toBe(false);
    }
    expect(best).toBeLessThan(50);
  });
});
