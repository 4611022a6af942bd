import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import type { RangedInput } from "../../../src/lib/engine/uncertainty";
import { simulate } from "../../../src/lib/engine/uncertainty";
import type { ApiOption, Scenario } from "../../../src/lib/engine/types";
import {
  articleScenario,
  baseWorkload,
  maverickRented,
  museSpark,
} from "./scenarios";

/** Muse Spark at half its prices: $0.001835 a request against the full price's $0.00367. */
const halfPrice: ApiOption = {
  ...museSpark,
  id: "half",
  label: "Half price",
  pricing: {
    kind: "known",
    prices: { inputPerM: 0.625, cachedInputPerM: 0.075, outputPerM: 2.125 },
  },
};
const twoApis: Scenario = {
  workload: baseWorkload,
  options: [museSpark, halfPrice],
  baselineId: "muse",
};
const volume = (low: number, high: number): RangedInput => ({
  field: "requestsPerMonth",
  low,
  high,
  distribution: "uniform",
});

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("expected a value");
  return result.value;
}

describe("simulate", () => {
  it("gives today's figure at every percentile when nothing is a range, the estimate's band off", () => {
    const today = value(evaluateValid(articleScenario));
    const u = value(
      simulate(articleScenario, [], { draws: 50, estimateBand: false }),
    );
    for (const [i, option] of u.options.entries()) {
      const cost = today.options[i]!.monthlyCostUsd!;
      expect(option.band).toEqual({ p10: cost, p50: cost, p90: cost });
    }
    const saving = today.savingsVsBaseline[0]!.monthlyUsd;
    expect(u.saving).toEqual({ p10: saving, p50: saving, p90: saving });
    expect(u.tornado).toEqual([]);
  });

  it("scales an API's cost with a uniform volume", () => {
    // 500k–1.5M requests at $0.00367: P50 at 1M, P10 near 600k, P90 near 1.4M.
    const u = value(
      simulate(twoApis, [volume(500_000, 1_500_000)], { draws: 5000 }),
    );
    const muse = u.options[0]!.band!;
    expect(muse.p50 / 3670).toBeCloseTo(1, 1);
    expect(muse.p10 / 3670).toBeCloseTo(0.6, 1);
    expect(muse.p90 / 3670).toBeCloseTo(1.4, 1);
    expect(u.options.map((o) => o.probabilityCheapest)).toEqual([0, 1]);
    expect(u.savingOptionId).toBe("half");
    expect(u.probabilityCheaper).toBe(1);
    // Two per-token prices never cross.
    expect(u.breakEven).toBeNull();
  });

  it("swings the saving with each input alone", () => {
    const u = value(simulate(twoApis, [volume(500_000, 2_000_000)]));
    // $0.001835 a request saved: $917.50 at 500k, $3,670 at 2M.
    expect(u.tornado).toHaveLength(1);
    expect(u.tornado[0]!.field).toBe("workload.requestsPerMonth");
    expect(u.tornado[0]!.low).toBeCloseTo(917.5, 6);
    expect(u.tornado[0]!.high).toBeCloseTo(3670, 6);
  });

  it("puts the largest swing first and names option inputs by id", () => {
    const u = value(
      simulate(
        articleScenario,
        [
          { ...volume(900_000, 1_100_000), distribution: "triangular" },
          {
            field: "hosting.usdPerGpuHour",
            optionId: "maverick",
            low: 1,
            high: 4,
            distribution: "triangular",
          },
        ],
        { estimateBand: false },
      ),
    );
    expect(u.tornado.map((b) => b.field)).toEqual([
      "options.maverick.hosting.usdPerGpuHour",
      "workload.requestsPerMonth",
    ]);
    // Eight GPUs at $1 or $4 an hour more, 730 hours a month: a $17,520 swing.
    const gpu = u.tornado[0]!;
    expect(gpu.low - gpu.high).toBeCloseTo(8 * 730 * 3, 0);
  });

  it("draws an unannounced price from its range", () => {
    const unannounced: ApiOption = {
      ...museSpark,
      pricing: {
        kind: "range",
        low:
          halfPrice.pricing.kind === "known"
            ? halfPrice.pricing.prices
            : never(),
        high:
          museSpark.pricing.kind === "known"
            ? museSpark.pricing.prices
            : never(),
      },
    };
    const scenario = { ...twoApis, options: [unannounced, halfPrice] };
    const u = value(simulate(scenario, []));
    expect(u.tornado[0]!.field).toBe("options.muse.pricing");
    // From $1,835 (the low prices) to $3,670 (the high ones).
    const band = u.options[0]!.band!;
    expect(band.p10).toBeGreaterThan(1835);
    expect(band.p90).toBeLessThan(3670);
    // The middle price at P50, within 2% of the range's width (2,000 draws).
    expect(Math.abs(band.p50 - (1835 + 3670) / 2)).toBeLessThan(0.02 * 1835);
  });

  it("finds the break-even volume of each draw", () => {
    const today = value(evaluateValid(articleScenario));
    // The crossing nearest today's volume: the one each draw looks for.
    const crossing = today.breakEven
      .map((b) => b.requestsPerMonth)
      .sort(
        (a, b) => Math.abs(Math.log(a / 1e6)) - Math.abs(Math.log(b / 1e6)),
      )[0]!;
    const u = value(simulate(articleScenario, [], { draws: 10 }));
    expect(u.breakEven!.share).toBe(1);
    expect(u.breakEven!.p50 / crossing).toBeCloseTo(1, 2);
  });

  it("names a bad range and refuses bad settings", () => {
    const bad = (ranges: RangedInput[], settings = {}) => {
      const result = simulate(twoApis, ranges, settings);
      return result.ok ? null : result.error.field;
    };
    expect(bad([volume(2e6, 3e6)])).toBe("workload.requestsPerMonth");
    expect(bad([{ ...volume(0, 2e6), distribution: "log-uniform" }])).toBe(
      "workload.requestsPerMonth",
    );
    expect(bad([{ ...volume(1, 2e6), field: "nothing" }])).toBe(
      "workload.nothing",
    );
    expect(bad([], { draws: 20_001 })).toBe("draws");
    expect(bad([], { seed: -1 })).toBe("seed");
    expect(bad([], { optionId: "gone" })).toBe("optionId");
  });
});

function never(): never {
  throw new Error("unreachable");
}

/** Ranges around the article scenario's own values, drawn by fast-check. */
const rangesArb: fc.Arbitrary<RangedInput[]> = fc
  .tuple(
    fc.double({ min: 0.05, max: 1, noNaN: true }),
    fc.double({ min: 1, max: 20, noNaN: true }),
    fc.double({ min: 0.1, max: 1, noNaN: true }),
    fc.double({ min: 1, max: 5, noNaN: true }),
    fc.constantFrom("triangular", "uniform", "log-uniform" as const),
    fc.boolean(),
  )
  .map(([down, up, gpuDown, gpuUp, distribution, tokens]) => [
    {
      field: "requestsPerMonth",
      low: 1e6 * down,
      high: 1e6 * up,
      distribution,
    },
    {
      field: "hosting.usdPerGpuHour",
      optionId: "maverick",
      low: 2 * gpuDown,
      high: 2 * gpuUp,
      distribution: "triangular",
    },
    ...(tokens
      ? [
          {
            field: "outputTokens",
            low: 500 * gpuDown,
            high: 500 * gpuUp,
            distribution: "triangular" as const,
          },
        ]
      : []),
  ]);

describe("simulate, for any ranges", () => {
  const settings = fc.record({
    draws: fc.integer({ min: 1, max: 200 }),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
  });

  it("keeps P10 ≤ P50 ≤ P90", () => {
    fc.assert(
      fc.property(rangesArb, settings, (ranges, s) => {
        const u = value(simulate(articleScenario, ranges, s));
        const bands = [
          ...u.options.map((o) => o.band),
          u.saving,
          u.breakEven,
        ].filter((b) => b !== null);
        for (const b of bands) {
          expect(b.p10).toBeLessThanOrEqual(b.p50);
          expect(b.p50).toBeLessThanOrEqual(b.p90);
        }
        const total = u.options.reduce((s, o) => s + o.probabilityCheapest, 0);
        expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 40 },
    );
  });

  it("gives the same figures for the same seed", () => {
    fc.assert(
      fc.property(rangesArb, settings, (ranges, s) => {
        expect(simulate(articleScenario, ranges, s)).toEqual(
          simulate(articleScenario, ranges, s),
        );
      }),
      { numRuns: 20 },
    );
  });

  it("gives today's figure when nothing is a range, at any volume and GPU price", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        (requests, usdPerGpuHour) => {
          const scenario: Scenario = {
            ...articleScenario,
            workload: { ...baseWorkload, requestsPerMonth: requests },
            options: [
              museSpark,
              { ...maverickRented, hosting: { mode: "rented", usdPerGpuHour } },
            ],
          };
          const today = value(evaluateValid(scenario));
          const u = value(
            simulate(scenario, [], { draws: 3, estimateBand: false }),
          );
          u.options.forEach((o, i) => {
            const cost = today.options[i]!.monthlyCostUsd;
            expect([o.band?.p10, o.band?.p50, o.band?.p90]).toEqual([
              cost,
              cost,
              cost,
            ]);
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
