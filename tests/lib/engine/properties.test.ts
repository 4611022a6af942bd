/**
 * Invariants over generated inputs: costs never fall as volume rises, the self-hosted cost is a
 * non-decreasing staircase, no valid input yields NaN, Infinity or a negative cost, and invalid
 * input is rejected — never thrown.
 */
import fc from "fast-check";
import {
  KV_PRECISIONS,
  WEIGHT_PRECISIONS,
} from "../../../src/lib/engine/architecture";
import { describe, expect, it } from "vitest";
import { gpus, openModels } from "../../../src/lib/catalog";
import { type ScenarioResult } from "../../../src/lib/engine/evaluate";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import {
  apiCostModel,
  selfHostCostModel,
} from "../../../src/lib/engine/option-cost";
import { estimateReplica } from "../../../src/lib/engine/replica";
import type {
  ApiOption,
  Scenario,
  SelfHostOption,
  Workload,
} from "../../../src/lib/engine/types";
import { maverickRented, museSpark } from "./scenarios";

const workloadArb: fc.Arbitrary<Workload> = fc.record({
  requestsPerMonth: fc.double({ min: 1, max: 1e10, noNaN: true }),
  inputTokens: fc.double({ min: 0, max: 200_000, noNaN: true }),
  outputTokens: fc.double({ min: 1, max: 20_000, noNaN: true }),
  cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  batchShare: fc.double({ min: 0, max: 1, noNaN: true }),
  peakToAverage: fc.double({ min: 1, max: 20, noNaN: true }),
  latency: fc.record({
    minTokensPerSecond: fc.double({ min: 0.1, max: 500, noNaN: true }),
    maxTimeToFirstTokenSeconds: fc.double({ min: 0.01, max: 60, noNaN: true }),
  }),
});

const price = fc.double({ min: 0, max: 100, noNaN: true });
const apiArb: fc.Arbitrary<ApiOption> = fc.record({
  kind: fc.constant("api" as const),
  id: fc.constant("api"),
  label: fc.constant("API"),
  pricing: fc.record({
    kind: fc.constant("known" as const),
    prices: fc.record({
      inputPerM: price,
      cachedInputPerM: price,
      outputPerM: price,
    }),
  }),
  batchDiscount: fc.double({ min: 0, max: 1, noNaN: true }),
  verbosity: fc.double({ min: 0.01, max: 5, noNaN: true }),
});

const selfHostArb: fc.Arbitrary<SelfHostOption> = fc.record({
  kind: fc.constant("self-host" as const),
  id: fc.constant("self"),
  label: fc.constant("Self-hosted"),
  model: fc.constantFrom(...openModels),
  gpu: fc.constantFrom(...gpus),
  gpusPerReplica: fc.constantFrom(1, 2, 4, 8, 16),
  weights: fc.constantFrom(...WEIGHT_PRECISIONS),
  kv: fc.constantFrom(...KV_PRECISIONS),
  verbosity: fc.double({ min: 0.01, max: 5, noNaN: true }),
  hosting: fc.oneof(
    fc.record({
      mode: fc.constant("rented" as const),
      usdPerGpuHour: fc.double({ min: 0.1, max: 20, noNaN: true }),
    }),
    fc.record({
      mode: fc.constant("owned" as const),
      usdPerGpu: fc.double({ min: 1000, max: 100_000, noNaN: true }),
      years: fc.double({ min: 0.25, max: 50, noNaN: true }),
      costOfCapital: fc.double({ min: 0, max: 1, noNaN: true }),
      pue: fc.double({ min: 1, max: 2, noNaN: true }),
      usdPerKwh: fc.double({ min: 0, max: 0.5, noNaN: true }),
      nodePowerOverhead: fc.double({ min: 1, max: 2, noNaN: true }),
      idlePowerFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      colocationUsdPerKwMonth: fc.double({ min: 0, max: 500, noNaN: true }),
    }),
  ),
  minReplicas: fc.integer({ min: 1, max: 4 }),
  headroom: fc.double({ min: 0.05, max: 1, noNaN: true }),
  engineerFte: fc.double({ min: 0, max: 3, noNaN: true }),
  engineerUsdPerYear: fc.double({ min: 0, max: 500_000, noNaN: true }),
  setupUsd: fc.double({ min: 0, max: 1e6, noNaN: true }),
  setupMonths: fc.double({ min: 1, max: 1200, noNaN: true }),
  otherUsdPerMonth: fc.double({ min: 0, max: 1e5, noNaN: true }),
  efficiency: fc.record(
    {
      bandwidth: fc.double({ min: 0.01, max: 1, noNaN: true }),
      compute: fc.double({ min: 0.01, max: 1, noNaN: true }),
      prefill: fc.double({ min: 0.01, max: 1, noNaN: true }),
      moeRoutingSeconds: fc.double({ min: 0, max: 1e-3, noNaN: true }),
      maxBatch: fc.integer({ min: 1, max: 100_000 }),
    },
    { requiredKeys: [] },
  ),
  measuredOutputTokensPerSecond: fc.option(
    fc.double({ min: 0.001, max: 1e9, noNaN: true }),
    {
      nil: undefined,
    },
  ),
});

const volumePair = fc
  .tuple(
    fc.double({ min: 1, max: 1e11, noNaN: true }),
    fc.double({ min: 1, max: 1e11, noNaN: true }),
  )
  .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

function everyNumber(result: ScenarioResult): number[] {
  const numbers: number[] = [result.requestsPerMonth, result.tokensPerMonth];
  for (const o of result.options) {
    for (const n of [
      o.monthlyCostUsd,
      o.costPerMillionTokensUsd,
      o.costPerRequestUsd,
      o.monthlyCostRange?.low,
      o.monthlyCostRange?.high,
    ]) {
      if (n !== null && n !== undefined) numbers.push(n);
    }
    numbers.push(...o.breakdown.map((l) => l.usd));
    if (o.serving)
      numbers.push(
        ...Object.values(o.serving).filter(
          (v): v is number => typeof v === "number",
        ),
      );
  }
  for (const b of result.breakEven)
    numbers.push(b.requestsPerMonth, b.tokensPerMonth);
  return numbers;
}

describe("properties", () => {
  it("more volume never costs less on an API", () => {
    fc.assert(
      fc.property(
        apiArb,
        workloadArb,
        volumePair,
        (option, workload, [low, high]) => {
          const model = apiCostModel(option, workload, "mid");
          expect(model.at(high).totalUsd).toBeGreaterThanOrEqual(
            model.at(low).totalUsd,
          );
        },
      ),
    );
  });

  it("the self-hosted cost is a non-decreasing staircase in volume", () => {
    fc.assert(
      fc.property(
        selfHostArb,
        workloadArb,
        volumePair,
        (option, workload, [low, high]) => {
          const replica = estimateReplica(option, workload);
          fc.pre(replica !== null);
          const model = selfHostCostModel(option, workload, replica!);
          const a = model.at(low);
          const b = model.at(high);
          expect(b.totalUsd).toBeGreaterThanOrEqual(
            a.totalUsd - 1e-9 * Math.abs(a.totalUsd),
          );
          expect(b.fleet!.replicas).toBeGreaterThanOrEqual(a.fleet!.replicas);
          expect(Number.isInteger(b.fleet!.replicas)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a cost model's total alone is its breakdown's total, and each step costs one replica", () => {
    fc.assert(
      fc.property(
        apiArb,
        selfHostArb,
        workloadArb,
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        (api, option, workload, volume) => {
          const perToken = apiCostModel(api, workload, "mid");
          expect(perToken.totalAt(volume)).toBe(perToken.at(volume).totalUsd);
          const replica = estimateReplica(option, workload);
          fc.pre(replica !== null);
          const model = selfHostCostModel(option, workload, replica!);
          expect(model.totalAt(volume)).toBe(model.at(volume).totalUsd);
          // Across an edge above the minimum fleet the next replica is added, on top of what
          // the same sliver of traffic costs within a step.
          const width = model.requestsPerReplica!;
          const steps = Math.max(option.minReplicas, Math.ceil(volume / width));
          fc.pre(steps < 1e5);
          const edge = steps * width;
          const sliver = width * 1e-6;
          const cost = (v: number) => model.at(v).totalUsd;
          const step = cost(edge + sliver) - cost(edge);
          const traffic = cost(edge) - cost(edge - sliver);
          const rounding = 1e-12 * cost(edge) + 1e-9;
          expect(
            Math.abs(step - traffic - model.replicaUsd!),
          ).toBeLessThanOrEqual(rounding);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a valid scenario never yields NaN, Infinity or a negative figure", () => {
    fc.assert(
      fc.property(workloadArb, apiArb, selfHostArb, (workload, api, self) => {
        const scenario: Scenario = {
          workload,
          options: [api, self],
          baselineId: "api",
        };
        const result = evaluateScenario(scenario);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const n of everyNumber(result.value)) {
          expect(Number.isFinite(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        for (const s of result.value.savingsVsBaseline) {
          expect(Number.isFinite(s.monthlyUsd)).toBe(true);
          if (s.share !== null) expect(Number.isFinite(s.share)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("invalid input is rejected with a field, never thrown", () => {
    const validWorkload = {
      requestsPerMonth: 1000,
      inputTokens: 10,
      outputTokens: 10,
      cachedShare: 0,
      batchShare: 0,
      peakToAverage: 1,
      latency: { minTokensPerSecond: 1, maxTimeToFirstTokenSeconds: 1 },
    };
    // Anything at all: accepted or rejected, but never thrown.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            workload: fc.anything(),
            options: fc.anything(),
            baselineId: fc.anything(),
          }),
        ),
        (input) => {
          const result = evaluateScenario(input);
          if (!result.ok)
            expect(result.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
    // A valid scenario with one number broken is always rejected, naming that number.
    fc.assert(
      fc.property(
        fc.constantFrom(
          "requestsPerMonth",
          "inputTokens",
          "outputTokens",
          "cachedShare",
          "batchShare",
          "peakToAverage",
        ),
        fc.constantFrom(
          Number.NaN,
          Infinity,
          -Infinity,
          -1,
          1e300,
          "12",
          null,
          undefined,
        ),
        (key, value) => {
          const input = {
            workload: { ...validWorkload, [key]: value },
            options: [museSpark, maverickRented],
            baselineId: "muse",
          };
          const result = evaluateScenario(input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.field).toBe(`workload.${key}`);
        },
      ),
    );
  });
});
