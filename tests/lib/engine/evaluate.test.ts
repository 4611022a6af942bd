import { describe, expect, it } from "vitest";
import { findGpu } from "../../../src/lib/catalog";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import { SECONDS_PER_MONTH } from "../../../src/lib/engine/units";
import {
  IMPLAUSIBLE_GPUS,
  IMPLAUSIBLE_MONTHLY_USD,
  scaleWarnings,
} from "../../../src/lib/engine/warnings";
import {
  articleScenario,
  articleUnannounced,
  baseWorkload,
  evaluated,
  maverickRented,
  museAt,
  museSpark,
} from "./scenarios";

describe("evaluateScenario", () => {
  const result = evaluated(articleScenario);
  const muse = result.options[0]!;
  const maverick = result.options[1]!;

  it("costs the API option by the per-token formula", () => {
    // 1M · (1200 · 1.25 + 300 · 0.15 + 500 · 4.25) / 1e6 = $3,670.
    expect(muse.monthlyCostUsd).toBeCloseTo(3670, 6);
    expect(muse.costPerRequestUsd).toBeCloseTo(0.00367, 12);
    // 2,000 workload tokens a request: 2B tokens → $3,670 / 2,000 = $1.835 per 1M.
    expect(result.tokensPerMonth).toBe(2e9);
    expect(muse.costPerMillionTokensUsd).toBeCloseTo(1.835, 9);
    expect(muse.breakdown.map((l) => l.key)).toEqual([
      "input",
      "cached-input",
      "cache-write",
      "output",
    ]);
  });

  it("costs the self-hosted option from its fleet", () => {
    // The peak of 0.76 req/s fits one 8-GPU replica: 8 · $2 · 730 h = $11,680.
    expect(maverick.serving?.replicas).toBe(1);
    expect(maverick.serving?.gpus).toBe(8);
    expect(maverick.monthlyCostUsd).toBeCloseTo(11_680, 6);
    expect(maverick.serving!.utilization).toBeGreaterThan(0);
    expect(maverick.serving!.utilization).toBeLessThan(1);
    expect(
      maverick.serving!.perUserOutputTokensPerSecond,
    ).toBeGreaterThanOrEqual(20);
    expect(maverick.serving!.timeToFirstTokenSeconds).toBeLessThanOrEqual(2);
    expect(maverick.warnings).toEqual([]);
  });

  it("measures savings against the baseline", () => {
    expect(result.savingsVsBaseline).toHaveLength(1);
    const savings = result.savingsVsBaseline[0]!;
    expect(savings.optionId).toBe("maverick");
    expect(savings.monthlyUsd).toBeCloseTo(3670 - 11_680, 6);
    expect(savings.share).toBeCloseTo(1 - 11_680 / 3670, 9);
  });

  it("gives no savings share against a baseline that costs under half a cent", () => {
    // A price typed as 1e-300 a million tokens: the baseline costs about 1e-297 a month, and
    // $11,680 as a share of it is some 10^301 — 300 digits on screen, -Infinity once multiplied
    // by 100. (At 1e-308 the share overflows to Infinity, which was already refused.)
    const almostFree = museAt({
      inputPerM: 1e-300,
      cachedInputPerM: 0,
      outputPerM: 1e-300,
    });
    const tiny = evaluated({
      ...articleScenario,
      options: [almostFree, maverickRented],
    });
    expect(tiny.savingsVsBaseline[0]!.share).toBeNull();
    expect(tiny.savingsVsBaseline[0]!.monthlyUsd).toBeCloseTo(-11_680, 6);
    // Half a cent a month and up has its share.
    const halfCent = museAt({
      inputPerM: 0.005 / 1500,
      cachedInputPerM: 0,
      outputPerM: 0,
    });
    const small = evaluated({
      ...articleScenario,
      workload: { ...baseWorkload, cachedShare: 0 },
      options: [halfCent, maverickRented],
    });
    expect(small.options[0]!.monthlyCostUsd).toBeCloseTo(0.005, 12);
    expect(small.savingsVsBaseline[0]!.share).not.toBeNull();
  });

  it("finds the break-even volume where the fleet becomes cheaper", () => {
    // One replica costs $11,680; the API $0.00367 a request: equal at 3.18M requests, if one
    // replica still serves that volume.
    const first = result.breakEven[0]!;
    expect(first.optionId).toBe("maverick");
    expect(first.optionCheaperAbove).toBe(true);
    expect(first.requestsPerMonth).toBeCloseTo(11_680 / 0.00367, -2);
    expect(first.tokensPerMonth).toBeCloseTo(first.requestsPerMonth * 2000, 0);
  });

  it("gives an unannounced price as a range, costed at the middle", () => {
    const ranged = evaluated(articleUnannounced);
    const option = ranged.options[0]!;
    // Low: 1200 · 1 + 300 · 0.1 + 500 · 4 = 3230 → $3,230; high: 6000 + 150 + 12,500 → $18,650.
    expect(option.monthlyCostRange!.low).toBeCloseTo(3230, 6);
    expect(option.monthlyCostRange!.high).toBeCloseTo(18_650, 6);
    expect(option.monthlyCostUsd).toBeCloseTo((3230 + 18_650) / 2, 6);
    expect(option.warnings.map((w) => w.code)).toContain("price-unknown");
    // Break-even at each end of the range, and the middle.
    expect(new Set(ranged.breakEven.map((b) => b.priceCase))).toEqual(
      new Set(["low", "mid", "high"]),
    );
  });

  it("warns when the model does not fit, and costs it as null rather than $0", () => {
    const tiny = evaluated({
      ...articleScenario,
      options: [museSpark, { ...maverickRented, gpusPerReplica: 1 }],
    });
    const option = tiny.options[1]!;
    expect(option.monthlyCostUsd).toBeNull();
    expect(option.warnings.map((w) => w.code)).toEqual(["does-not-fit"]);
    // Maverick's 400 GB of FP8 weights need a server of eight H100s.
    expect(option.warnings[0]!.message).toMatch(
      /8 × H100 SXM5 80GB would hold it\.$/,
    );
    expect(tiny.savingsVsBaseline).toEqual([]);
    expect(tiny.breakEven).toEqual([]);
  });

  it("warns when the latency target is out of reach and costs it at batch 1", () => {
    const strict = evaluated({
      ...articleScenario,
      workload: {
        ...baseWorkload,
        latency: { minTokensPerSecond: 5000, maxTimeToFirstTokenSeconds: 2 },
      },
    });
    const option = strict.options[1]!;
    expect(option.warnings.map((w) => w.code)).toEqual(["latency-unreachable"]);
    expect(option.warnings[0]!.message).toMatch(
      /No count up to 512 × H100 SXM5 80GB meets it\.$/,
    );
    expect(option.serving!.batch).toBe(1);
    expect(option.monthlyCostUsd).toBeGreaterThan(0);
  });

  it("says when a model fits on no count up to 512 GPUs", () => {
    // 100,000B parameters at FP8 are 100 TB; 512 H100s hold 41 TB.
    const huge = {
      ...maverickRented.model,
      totalParamsB: 1e5,
      activeParamsB: 5e4,
    };
    const option = evaluated({
      ...articleScenario,
      options: [museSpark, { ...maverickRented, model: huge }],
    }).options[1]!;
    expect(option.monthlyCostUsd).toBeNull();
    expect(option.warnings[0]!.message).toMatch(
      /does not fit in 8 × H100 SXM5 80GB\. Nor does it on any count up to 512\.$/,
    );
  });

  it("warns that FP8 weights on an A100 run weight-only", () => {
    const a100 = evaluated({
      ...articleScenario,
      options: [
        museSpark,
        { ...maverickRented, gpu: findGpu("a100-80gb")!, gpusPerReplica: 8 },
      ],
    });
    const codes = a100.options[1]!.warnings.map((w) => w.code);
    expect(codes).toContain("weight-only");
    expect(
      evaluated(articleScenario).options[1]!.warnings.map((w) => w.code),
    ).not.toContain("weight-only");
  });

  it("uses a measured throughput in place of the estimate", () => {
    const measured = evaluated({
      ...articleScenario,
      workload: { ...baseWorkload, requestsPerMonth: 100_000_000 },
      options: [
        museSpark,
        { ...maverickRented, measuredOutputTokensPerSecond: 1000 },
      ],
    });
    const option = measured.options[1]!;
    // 100M · 500 tokens / 2,628,000 s = 19,026 tokens/s on average, 38,052 at the peak;
    // at 80% of 1,000 tokens/s per replica that is 47.6 → 48 replicas.
    expect(option.serving!.replicas).toBe(48);
    expect(option.warnings.map((w) => w.code)).toEqual(["measured-throughput"]);
  });

  it("warns when a request exceeds the API model context window", () => {
    const long = evaluated({
      ...articleScenario,
      options: [{ ...museSpark, contextWindow: 1000 }, maverickRented],
    });
    expect(long.options[0]!.warnings.map((w) => w.code)).toEqual([
      "context-exceeded",
    ]);
  });
});

describe("evaluateScenario rejects bad input with the field at fault", () => {
  it.each([
    [
      "workload.requestsPerMonth",
      {
        ...articleScenario,
        workload: { ...baseWorkload, requestsPerMonth: -5 },
      },
    ],
    [
      "workload.inputTokens",
      {
        ...articleScenario,
        workload: { ...baseWorkload, inputTokens: Number.NaN },
      },
    ],
    [
      "workload.cachedShare",
      { ...articleScenario, workload: { ...baseWorkload, cachedShare: 1.5 } },
    ],
    [
      "workload.peakToAverage",
      { ...articleScenario, workload: { ...baseWorkload, peakToAverage: 0.5 } },
    ],
    [
      "options.1.gpusPerReplica",
      {
        ...articleScenario,
        options: [museSpark, { ...maverickRented, gpusPerReplica: 1.5 }],
      },
    ],
    [
      "options.0.verbosity",
      {
        ...articleScenario,
        options: [{ ...museSpark, verbosity: 0 }, maverickRented],
      },
    ],
    ["baselineId", { ...articleScenario, baselineId: "nope" }],
    ["options", { ...articleScenario, options: [museSpark, museSpark] }],
  ])("%s", (field, scenario) => {
    const result = evaluateScenario(scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.message).toMatch(/must/);
    }
  });

  it("rejects input that is not an object at all", () => {
    for (const junk of [null, undefined, 42, "scenario", [], { workload: 1 }]) {
      expect(evaluateScenario(junk).ok).toBe(false);
    }
  });
});

describe("an implausible volume", () => {
  it("warns on a fleet over 10,000 GPUs and a bill over $100M a month, and not at the thresholds", () => {
    expect(scaleWarnings(IMPLAUSIBLE_MONTHLY_USD, IMPLAUSIBLE_GPUS)).toEqual(
      [],
    );
    expect(
      scaleWarnings(IMPLAUSIBLE_MONTHLY_USD + 1, IMPLAUSIBLE_GPUS + 1).map(
        (w) => w.code,
      ),
    ).toEqual(["implausible-fleet", "implausible-bill"]);
  });

  it("marks both options when 2M requests a month are typed per second", () => {
    // 2M a second is 5.256T requests a month: the API bills $0.00367 each, $19.3B.
    const perSecond = evaluated({
      ...articleScenario,
      workload: { ...baseWorkload, requestsPerMonth: 2e6 * SECONDS_PER_MONTH },
    });
    const [muse, maverick] = perSecond.options;
    expect(muse!.monthlyCostUsd).toBeCloseTo(0.00367 * 2e6 * SECONDS_PER_MONTH);
    expect(muse!.warnings.map((w) => w.code)).toEqual(["implausible-bill"]);
    expect(maverick!.serving!.gpus).toBeGreaterThan(IMPLAUSIBLE_GPUS);
    expect(maverick!.warnings.map((w) => w.code)).toEqual([
      "implausible-fleet",
      "implausible-bill",
    ]);
    expect(maverick!.warnings[0]!.message).toMatch(
      /^[\d,]+ GPUs is more than 10,000, an implausible fleet for one workload: check the volume and its period\.$/,
    );
    expect(
      evaluated(articleScenario).options.flatMap((o) => o.warnings),
    ).toEqual([]);
  });
});
