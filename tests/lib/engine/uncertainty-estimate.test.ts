import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import { prepareOption } from "../../../src/lib/engine/option-cost";
import type { Scenario } from "../../../src/lib/engine/types";
import { simulate } from "../../../src/lib/engine/uncertainty";
import {
  articleScenario,
  baseWorkload,
  maverickRented,
  museSpark,
} from "./scenarios";

/** Eight H100s at $2 an hour for 730 hours: one replica's month. */
const REPLICA_USD = 8 * 2 * 730;
const perReplica = prepareOption(maverickRented, articleScenario.workload)
  .models.mid!.requestsPerReplica!;

const at = (
  requestsPerMonth: number,
  scenario = articleScenario,
): Scenario => ({
  ...scenario,
  workload: { ...scenario.workload, requestsPerMonth },
});

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("expected a value");
  return result.value;
}

describe("simulate, the estimate's band", () => {
  it("draws an estimated throughput from its regime's band, 0.70–1.25, most likely the estimate", () => {
    // 2.6 replicas' worth: 3 replicas as estimated and above; below 2.6 / 3 = 0.867 of the
    // estimate, 4. A triangular 0.70–1–1.25 puts (0.867 − 0.70)² / (0.55 × 0.30) = 16.8% of draws
    // there: P10 and P50 three replicas, P90 four.
    const u = value(simulate(at(2.6 * perReplica), [], { draws: 4000 }));
    const band = u.options[1]!.band!;
    expect(band.p10).toBeCloseTo(3 * REPLICA_USD, 6);
    expect(band.p50).toBeCloseTo(3 * REPLICA_USD, 6);
    expect(band.p90).toBeCloseTo(4 * REPLICA_USD, 6);
    const bar = u.tornado.find(
      (b) => b.field === "options.maverick.throughputRatio",
    )!;
    expect([bar.lowValue, bar.highValue]).toEqual([0.7, 1.25]);
    // At 0.70 four replicas, at 1.25 three: the saving swings by one replica.
    expect(bar.low - bar.high).toBeCloseTo(-REPLICA_USD, 6);
  });

  it("is no range for a measured throughput, nor with estimateBand false", () => {
    const measured: Scenario = {
      ...at(2.6 * perReplica),
      options: [
        museSpark,
        { ...maverickRented, measuredOutputTokensPerSecond: 5000 },
      ],
    };
    const m = value(simulate(measured, [], { draws: 50 }));
    expect(m.tornado).toEqual([]);
    const b = m.options[1]!.band!;
    expect(b.p10).toBe(b.p90);
    const off = value(
      simulate(at(2.6 * perReplica), [], { draws: 50, estimateBand: false }),
    );
    expect(off.tornado).toEqual([]);
    expect(off.options[1]!.band!.p90).toBeCloseTo(3 * REPLICA_USD, 6);
  });

  it("keeps every self-hosted P10..P90, and so every draw, within the card's estimate band", () => {
    // One or two draws a run: P10 and P90 are then the draws themselves (or close), so each draw
    // is held to the band, not only the middle of many.
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 1e9, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 50, max: 4000 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 2 }),
        (requests, usdPerGpuHour, batchShare, outputTokens, seed, draws) => {
          const scenario: Scenario = {
            ...articleScenario,
            workload: {
              ...baseWorkload,
              requestsPerMonth: requests,
              batchShare,
              outputTokens,
            },
            options: [
              museSpark,
              { ...maverickRented, hosting: { mode: "rented", usdPerGpuHour } },
            ],
          };
          const today = value(evaluateValid(scenario)).options[1]!;
          const u = value(simulate(scenario, [], { draws, seed }));
          const b = u.options[1]!.band;
          if (!today.monthlyCostBand) return expect(b).toBeNull();
          const [low, high] = today.monthlyCostBand;
          const slack = 1e-9 * high;
          expect(b!.p10).toBeGreaterThanOrEqual(low - slack);
          expect(b!.p90).toBeLessThanOrEqual(high + slack);
        },
      ),
      { numRuns: 300 },
    );
  });
});
