import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate";
import { workedExample } from "../../../src/lib/present/methodology";
import {
  DEFAULT_BASELINE,
  defaultOptions,
  defaultWorkload,
} from "../../../src/lib/scenario/defaults";
import { readScenario } from "../../../src/lib/scenario/read";

const worked = workedExample();

function evaluatedDefault() {
  const { scenario } = readScenario(
    defaultWorkload(),
    defaultOptions(),
    DEFAULT_BASELINE,
  );
  const result = evaluateScenario(scenario);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("workedExample: the default scenario", () => {
  it("reads 5 requests a second as 13.14M requests over a 730-hour month", () => {
    expect(worked.units.hoursPerMonth).toBe(730);
    expect(worked.workload.requestsPerMonth).toBeCloseTo(5 * 730 * 3600, 6);
    expect(worked.workload.requestsPerSecond).toBeCloseTo(5, 12);
  });

  it("works the API cost of one request and of the month", () => {
    const { api } = worked;
    const { inputPerM, cachedInputPerM, outputPerM } = api.prices;
    // 1,500 prompt tokens, 20% cached, 500 output tokens at verbosity 1, 10% batch.
    expect(api.verbosity).toBe(1);
    expect(api.uncachedInputUsd).toBeCloseTo((1200 * inputPerM) / 1e6, 12);
    expect(api.cachedInputUsd).toBeCloseTo((300 * cachedInputPerM) / 1e6, 12);
    expect(api.outputUsd).toBeCloseTo((500 * outputPerM) / 1e6, 12);
    const perRequest =
      (1200 * inputPerM + 300 * cachedInputPerM + 500 * outputPerM) / 1e6;
    expect(api.perRequestUsd).toBeCloseTo(perRequest, 12);
    expect(api.batchFactor).toBeCloseTo(1 - 0.1 * api.batchDiscount, 12);
    expect(api.monthlyUsd).toBeCloseTo(
      13_140_000 * perRequest * (1 - 0.1 * api.batchDiscount),
      6,
    );
  });

  it("derives Llama 4 Maverick's verbosity from Intelligence Index token counts", () => {
    const { counts, factor } = worked.verbosity.selfHost;
    expect(counts).not.toBeNull();
    expect(counts!.indexVersion).toBe("v4.0");
    expect(factor).toBeCloseTo(8.15 / 58.37, 12);
    expect(counts!.modelTokensM / counts!.referenceTokensM).toBeCloseTo(
      factor,
      12,
    );
  });

  it("works the memory of 8 × H100 holding Maverick at fp8", () => {
    const { memory } = worked.serving;
    expect(memory.usableGB).toBeCloseTo(8 * (80 * 0.9 - 3), 9);
    expect(memory.weightsGB).toBeCloseTo(400, 9);
    expect(memory.kvBudgetGB).toBeCloseTo(152, 9);
    // GQA: 2 × 8 KV heads × 128 dims × 1 byte (fp8).
    expect(memory.bytesPerTokenPerLayer).toBe(2048);
    const context = 1500 + 500 * (8.15 / 58.37);
    // 12 global layers and 36 chunked ones, all below the 8,192-token window.
    expect(memory.kvGBPerRequest).toBeCloseTo((2048 * 48 * context) / 1e9, 9);
    expect(memory.maxConcurrency).toBe(
      Math.floor(152 / ((2048 * 48 * context) / 1e9)),
    );
  });

  it("splits the mixture of experts into shared and routed parameters", () => {
    const moe = worked.serving.moe!;
    const routed = (400 - 17) / (1 - 1 / 128);
    expect(moe.routedB).toBeCloseTo(routed, 9);
    expect(moe.sharedB + moe.routedB).toBeCloseTo(400, 9);
    expect(moe.sharedB + moe.routedB / 128).toBeCloseTo(17, 9);
    const batch = worked.serving.decode.batch;
    expect(worked.serving.decode.expertsTouched).toBeCloseTo(
      1 - (127 / 128) ** batch,
      12,
    );
  });

  it("adds the decode step's and the prefill's parts up to the engine's totals", () => {
    const { decode, prefill } = worked.serving;
    expect(
      decode.rooflineMs +
        decode.routingMs +
        decode.collectiveMs +
        decode.stepOverheadMs,
    ).toBeCloseTo(decode.stepMs, 9);
    expect(decode.rooflineMs).toBe(Math.max(decode.memoryMs, decode.computeMs));
    expect(prefill.rooflineMs + prefill.overheadMs).toBeCloseTo(
      prefill.prefillMs,
      9,
    );
    expect(prefill.tokens).toBe(1200);
  });

  it("works throughput and per-user speed at the chosen batch", () => {
    const { throughput, batchChoice } = worked.serving;
    const b = batchChoice.batch;
    const t = throughput.outputTokens;
    const step = throughput.stepSeconds;
    const pre = throughput.prefillSeconds;
    expect(throughput.outputTokensPerSecond).toBeCloseTo(
      (b * t) / (t * step + b * pre),
      9,
    );
    expect(throughput.perUserOutputTokensPerSecond).toBeCloseTo(
      t / (t * step + (b - 1) * pre),
      9,
    );
    expect(throughput.perUserOutputTokensPerSecond).toBeGreaterThanOrEqual(20);
    expect(batchChoice.next!.perUserOutputTokensPerSecond).toBeLessThan(20);
  });

  it("sizes the fleet from the interactive peak at the headroom target", () => {
    const { fleet, serving } = worked;
    const interactive = (13_140_000 * 0.9) / (730 * 3600);
    const batch = (13_140_000 * 0.1) / (730 * 3600);
    const rates = serving.batchChoice;
    expect(fleet.interactiveRps).toBeCloseTo(4.5, 12);
    expect(fleet.forPeak).toBeCloseTo(
      (interactive * 2) / rates.interactiveRequestsPerSecond,
      12,
    );
    expect(fleet.forWork).toBeCloseTo(
      interactive / rates.interactiveRequestsPerSecond +
        batch / rates.offlineRequestsPerSecond,
      12,
    );
    expect(fleet.replicas).toBe(Math.max(1, Math.ceil(fleet.needed)));
    expect(fleet.utilization).toBeCloseTo(fleet.forWork / fleet.replicas, 12);
  });

  it("works the rented month and the owned alternative", () => {
    const { rented, owned, fleet } = worked;
    expect(rented!.gpuRentalUsd).toBeCloseTo(
      fleet.gpus * rented!.usdPerGpuHour * 730,
      9,
    );
    expect(rented!.totalUsd).toBeCloseTo(
      rented!.gpuRentalUsd +
        rented!.engineersUsd +
        rented!.setupMonthlyUsd +
        rented!.otherUsd,
      9,
    );

    const o = owned!;
    const r = o.costOfCapital;
    expect(o.capitalRecoveryFactor).toBeCloseTo(
      r / (1 - (1 + r) ** -o.years),
      12,
    );
    // The catalog's 8% over 5 years: 0.08 / (1 − 1.08^−5).
    expect([r, o.years]).toEqual([0.08, 5]);
    expect(o.capitalRecoveryFactor).toBeCloseTo(0.2504565, 7);
    expect(o.hardwareUsd).toBeCloseTo(
      (fleet.gpus * o.usdPerGpu * o.capitalRecoveryFactor) / 12,
      9,
    );
    const kw = (fleet.gpus * o.tdpW * o.nodePowerOverhead) / 1000;
    const drawn =
      kw *
      (o.idlePowerFraction + (1 - o.idlePowerFraction) * fleet.utilization);
    expect(o.powerUsd).toBeCloseTo(drawn * o.pue * 730 * o.usdPerKwh, 9);
    expect(o.colocationUsd).toBeCloseTo(kw * o.colocationUsdPerKwMonth, 9);
    expect(o.totalUsd).toBeCloseTo(
      o.hardwareUsd + o.powerUsd + o.colocationUsd + o.staffUsd,
      9,
    );
  });

  it("agrees with the engine's unit costs, savings and break-even", () => {
    const result = evaluatedDefault();
    const [api, self] = result.options;
    const { unitCosts, savings, breakEven } = worked;
    expect(unitCosts.tokensPerMonth).toBe(13_140_000 * 2000);
    expect(unitCosts.api.perMillionTokensUsd).toBeCloseTo(
      api!.costPerMillionTokensUsd!,
      12,
    );
    expect(unitCosts.selfHost.perRequestUsd).toBeCloseTo(
      self!.costPerRequestUsd!,
      12,
    );
    expect(worked.api.monthlyUsd).toBeCloseTo(api!.monthlyCostUsd!, 6);
    expect(worked.rented!.totalUsd).toBeCloseTo(self!.monthlyCostUsd!, 6);
    expect(savings.monthlyUsd).toBeCloseTo(
      savings.baselineUsd - savings.optionUsd,
      6,
    );
    expect(breakEven.crossings.length).toBeGreaterThan(0);
    for (const crossing of breakEven.crossings)
      expect(crossing.optionUsd / crossing.baselineUsd).toBeCloseTo(1, 6);
  });
});
