import { describe, expect, it } from "vitest";
import { costCurves } from "../../../src/lib/engine/curves";
import type { Scenario } from "../../../src/lib/engine/types";
import { volumeBands } from "../../../src/lib/engine/volume-bands";
import {
  articleScenario,
  articleUnannounced,
  baseWorkload,
  museSpark,
} from "./scenarios";

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("expected a value");
  return result.value;
}

/** Muse Spark at $1.25 in, $0.15 cached, $4.25 out per 1M: $0.00367 a request. */
const oneApi: Scenario = {
  workload: baseWorkload,
  options: [museSpark],
  baselineId: "muse",
};
const volumes = [1e5, 1e6, 1e7];

describe("volumeBands", () => {
  it("gives each option's own cost three times over when nothing is a range", () => {
    const bands = value(volumeBands(oneApi, [], volumes));
    // $0.00367 a request: $367, $3,670 and $36,700.
    expect(bands).toHaveLength(1);
    expect(bands[0]!.id).toBe("muse");
    for (const [i, usd] of [367, 3670, 36_700].entries()) {
      const b = bands[0]!.bands[i]!;
      expect(b.p10).toBeCloseTo(usd, 6);
      expect(b.p50).toBe(b.p10);
      expect(b.p90).toBe(b.p10);
    }
  });

  it("leaves a range on the volume out: the volume is the chart's axis", () => {
    const ranged = value(
      volumeBands(
        oneApi,
        [
          {
            field: "requestsPerMonth",
            low: 1e5,
            high: 1e7,
            distribution: "log-uniform",
          },
        ],
        volumes,
      ),
    );
    expect(ranged).toEqual(value(volumeBands(oneApi, [], volumes)));
  });

  it("spreads a uniform output size across its percentiles", () => {
    // Outputs drawn uniformly from 250 to 750 tokens: P10 ≈ 300, P50 ≈ 500, P90 ≈ 700, so 200
    // tokens fewer or more at $4.25 per 1M: ∓$0.00085 a request, ∓$850 a month at 1M.
    const bands = value(
      volumeBands(
        oneApi,
        [
          {
            field: "outputTokens",
            low: 250,
            high: 750,
            distribution: "uniform",
          },
        ],
        [1e6],
        { draws: 5000 },
      ),
    )[0]!.bands[0]!;
    expect(bands.p10).toBeCloseTo(3670 - 850, -1);
    expect(bands.p50).toBeCloseTo(3670, -1);
    expect(bands.p90).toBeCloseTo(3670 + 850, -1);
  });

  it("spreads an unannounced price between its low and high costs", () => {
    const bands = value(
      volumeBands(articleUnannounced, [], volumes, { draws: 5000 }),
    );
    const curves = costCurves(articleUnannounced, volumes);
    const muse = 0;
    const id = articleUnannounced.options[muse]!.id;
    const at = (priceCase: string) =>
      curves.find((c) => c.optionId === id && c.priceCase === priceCase)!.usd;
    for (const [j] of volumes.entries()) {
      const b = bands[muse]!.bands[j]!;
      const [low, high] = [at("low")[j]!, at("high")[j]!];
      // The price's place in its range is uniform: P10 a tenth of the way, P90 nine tenths.
      const share = (usd: number) => (usd - low) / (high - low);
      expect(share(b.p10)).toBeCloseTo(0.1, 1);
      expect(share(b.p50)).toBeCloseTo(0.5, 1);
      expect(share(b.p90)).toBeCloseTo(0.9, 1);
    }
  });

  it("gives the same bands for the same seed, and keeps P10 ≤ P50 ≤ P90", () => {
    const ranges = [
      {
        field: "engineerFte",
        optionId: articleScenario.options.find((o) => o.kind === "self-host")!
          .id,
        low: 0,
        high: 1,
        distribution: "triangular" as const,
      },
    ];
    const a = value(volumeBands(articleScenario, ranges, volumes, { seed: 7 }));
    expect(
      value(volumeBands(articleScenario, ranges, volumes, { seed: 7 })),
    ).toEqual(a);
    for (const b of a.flatMap((o) => o.bands)) {
      expect(b!.p10).toBeLessThanOrEqual(b!.p50);
      expect(b!.p50).toBeLessThanOrEqual(b!.p90);
    }
  });

  it("names a bad range", () => {
    const bad = volumeBands(
      oneApi,
      [{ field: "outputTokens", low: 600, high: 700, distribution: "uniform" }],
      volumes,
    );
    expect(bad.ok).toBe(false);
  });
});
