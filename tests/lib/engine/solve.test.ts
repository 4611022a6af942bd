import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import { solve, SOLVE_FOR, type SolveFor } from "../../../src/lib/engine/solve";
import type {
  CostOption,
  Scenario,
  SelfHostOption,
} from "../../../src/lib/engine/types";
import {
  articleScenario,
  baseWorkload,
  maverickRented,
  museSpark,
} from "./scenarios";

function solution(scenario: Scenario, target: SolveFor, optionId?: string) {
  const result = solve(scenario, target, optionId);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The scenario with a solver's value put back where the solver found it. */
function putBack(
  scenario: Scenario,
  target: SolveFor,
  value: number,
): Scenario {
  const options = scenario.options.map((o): CostOption => {
    switch (target) {
      case "apiPriceScale":
        return o.kind === "api" && o.pricing.kind === "known"
          ? {
              ...o,
              pricing: {
                kind: "known",
                prices: {
                  inputPerM: o.pricing.prices.inputPerM * value,
                  cachedInputPerM: o.pricing.prices.cachedInputPerM * value,
                  outputPerM: o.pricing.prices.outputPerM * value,
                },
              },
            }
          : o;
      case "gpuHourly":
        return o.kind === "self-host"
          ? { ...o, hosting: { mode: "rented", usdPerGpuHour: value } }
          : o;
      case "engineers":
        return o.kind === "self-host" ? { ...o, engineerFte: value } : o;
      case "utilisation":
        return o.kind === "self-host" ? { ...o, headroom: value } : o;
      case "verbosity":
        return o.kind === "self-host" ? { ...o, verbosity: value } : o;
      case "volume":
        return o;
    }
  });
  const workload =
    target === "volume"
      ? { ...scenario.workload, requestsPerMonth: value }
      : scenario.workload;
  return { ...scenario, workload, options };
}

function costs(scenario: Scenario): [number, number] {
  const result = evaluateValid(scenario);
  if (!result.ok) throw new Error(result.error.message);
  const [a, b] = result.value.options;
  return [a!.monthlyCostUsd!, b!.monthlyCostUsd!];
}

/** The article's pair with an engineer on the fleet: $22,811 against Muse Spark's $3,670. */
const withEngineer: Scenario = {
  ...articleScenario,
  options: [
    museSpark,
    { ...maverickRented, engineerFte: 0.25, engineerUsdPerYear: 200_000 },
  ],
};

describe("solve", () => {
  it("finds the volume at which the fleet starts to pay", () => {
    const s = solution(articleScenario, "volume");
    expect(s.value).not.toBeNull();
    const today = evaluateValid(articleScenario);
    if (!today.ok || s.value === null) throw new Error("no value");
    expect(s.value).toBeCloseTo(today.value.breakEven[0]!.requestsPerMonth, 0);
    expect(s).toMatchObject({
      for: "volume",
      unit: "requests/month",
      baseline: "muse",
      option: "maverick",
      current: 1_000_000,
      equal: true,
    });
  });

  it("finds the rent at which the fleet costs what the API does", () => {
    // Muse Spark: $3,670 a month. Eight GPUs, 730 hours: $3,670 / 5,840 = $0.6284 an hour.
    const s = solution(articleScenario, "gpuHourly");
    if (s.value === null) throw new Error(s.reason);
    expect(s.value).toBeCloseTo(3670 / (8 * 730), 6);
    expect(s.unit).toBe("$/GPU-hour");
  });

  it("finds the price scale and the engineers at which the costs meet", () => {
    // Fleet $11,680 (8 × 730 × $2) against $3,670: prices × 3.1826.
    const scale = solution(articleScenario, "apiPriceScale");
    expect(scale.value).toBeCloseTo(11_680 / 3670, 6);
    const engineers = solution(withEngineer, "engineers");
    // Already dearer with none: no number of engineers makes it cheaper.
    expect(engineers.value).toBeNull();
  });

  it("says why a pair has no such value", () => {
    const apis: Scenario = {
      ...articleScenario,
      options: [museSpark, { ...museSpark, id: "other" }],
    };
    expect(solution(apis, "gpuHourly")).toMatchObject({
      value: null,
      reason: "neither option rents its GPUs",
    });
    expect(solution(apis, "engineers")).toMatchObject({
      value: null,
      reason: "neither option is self-hosted",
    });
    expect(solution(articleScenario, "volume", "muse")).toMatchObject({
      value: null,
      reason: "the option is the baseline",
    });
    const noCrossing = solution(articleScenario, "utilisation");
    expect(noCrossing.value).toBeNull();
    if (noCrossing.value === null)
      expect(noCrossing.reason).toMatch(/^no crossing between 0\.05 and 1 /);
    expect(solve(articleScenario, "volume", "gone").ok).toBe(false);
  });
});

const selfHostArb: fc.Arbitrary<SelfHostOption> = fc
  .record({
    usdPerGpuHour: fc.double({ min: 0.1, max: 10, noNaN: true }),
    engineerFte: fc.double({ min: 0, max: 2, noNaN: true }),
    headroom: fc.double({ min: 0.2, max: 1, noNaN: true }),
  })
  .map(({ usdPerGpuHour, engineerFte, headroom }) => ({
    ...maverickRented,
    hosting: { mode: "rented", usdPerGpuHour },
    engineerFte,
    engineerUsdPerYear: 150_000,
    headroom,
  }));

describe("solve, for any scenario", () => {
  it("puts back a value at which the two cost the same within 0.1%", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 1e9, noNaN: true }),
        selfHostArb,
        fc.constantFrom(...SOLVE_FOR),
        (requestsPerMonth, selfHost, target) => {
          const scenario: Scenario = {
            workload: { ...baseWorkload, requestsPerMonth },
            options: [museSpark, selfHost],
            baselineId: "muse",
          };
          const s = solution(scenario, target, "maverick");
          if (s.value === null) return;
          // Linear dials always meet; a staircase (volume, utilisation) may step past instead.
          const linear = ["apiPriceScale", "gpuHourly", "engineers"];
          if (linear.includes(target)) expect(s.equal).toBe(true);
          if (!s.equal) return;
          const [a, b] = costs(putBack(scenario, target, s.value));
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-3 * Math.max(a, b));
        },
      ),
      { numRuns: 60 },
    );
  });
});
