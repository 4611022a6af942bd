import { describe, expect, it } from "vitest";
import { findGpu, findOpenModel } from "../../../src/lib/catalog";
import { calibratedEfficiency } from "../../../src/lib/engine/efficiency";
import {
  decodeStep,
  largestBatchMeeting,
  memoryFit,
  peakTflops,
  prefillSeconds,
  servingPoint,
} from "../../../src/lib/engine/serving";
import { idealEfficiency, toyGpu, toySetup } from "./toy";

describe("peakTflops", () => {
  it("computes at the weights precision, falling back to a wider one when a rate is missing", () => {
    expect(peakTflops(toyGpu, "bf16")).toBe(1000);
    expect(peakTflops(toyGpu, "fp8")).toBe(2000);
    expect(peakTflops(toyGpu, "int8")).toBe(2000);
    expect(peakTflops(toyGpu, "fp4")).toBe(2000); // no FP4 units: FP8 rate
    expect(peakTflops(toyGpu, "int4")).toBe(1000); // weight-only int4 multiplies in 16 bits
    expect(
      peakTflops(
        { ...toyGpu, tflops: { bf16: 312, fp8: null, fp4: null } },
        "fp4",
      ),
    ).toBe(312);
  });
});

describe("memoryFit", () => {
  it("usable memory minus weights, divided by one full request of KV cache", () => {
    // 10 GB, no reserve: 10 − 2 GB of weights = 8 GB; a request holds (999 + 2) · 4096 B.
    const fit = memoryFit(toySetup());
    expect(fit.weightsGB).toBe(2);
    expect(fit.usableGB).toBe(10);
    expect(fit.kvBudgetGB).toBe(8);
    expect(fit.kvGBPerRequest).toBeCloseTo((1001 * 4096) / 1e9, 15);
    expect(fit.maxConcurrency).toBe(Math.floor(8e9 / (1001 * 4096))); // 1951
    expect(fit.fits).toBe(true);
  });

  it("Llama 3.1 8B on one H100 at FP8: 80·0.9 − 3 = 69 GB, 60.97 GB of cache, 465 requests of 2,000 tokens", () => {
    const fit = memoryFit({
      ...toySetup(),
      model: findOpenModel("llama-3.1-8b")!,
      gpu: findGpu("h100-sxm")!,
      weights: "fp8",
      kv: "fp8",
      inputTokens: 1000,
      outputTokens: 1000,
      efficiency: calibratedEfficiency,
    });
    expect(fit.usableGB).toBeCloseTo(69, 9);
    expect(fit.kvBudgetGB).toBeCloseTo(60.97, 9);
    expect(fit.kvGBPerRequest).toBeCloseTo(0.131072, 9);
    expect(fit.maxConcurrency).toBe(465);
  });

  it("does not fit when the weights leave no room for one request", () => {
    const fit = memoryFit(toySetup({ gpu: { ...toyGpu, memoryGB: 2 } }));
    expect(fit.fits).toBe(false);
    expect(fit.maxConcurrency).toBe(0);
    expect(fit.kvBudgetGB).toBe(0);
  });

  it("caps the batch at the scheduler limit", () => {
    const fit = memoryFit(
      toySetup({ efficiency: { ...idealEfficiency, maxBatch: 100 } }),
    );
    expect(fit.maxConcurrency).toBe(100);
  });

  it("tensor parallelism beyond the KV heads stores copies of each head", () => {
    const model = { ...toySetup().model, kvHeads: 4 };
    const four = memoryFit(toySetup({ gpus: 4, model }));
    const eight = memoryFit(toySetup({ gpus: 8, model }));
    expect(eight.kvGBPerRequest).toBeCloseTo(four.kvGBPerRequest * 2, 15);
    // Across servers the extra GPUs form pipeline stages, which hold no copies.
    expect(memoryFit(toySetup({ gpus: 16, model })).kvGBPerRequest).toBeCloseTo(
      eight.kvGBPerRequest,
      15,
    );
  });
});

describe("decodeStep", () => {
  it("batch 1 is bound by reading the weights and the cache", () => {
    // (2e9 B of weights + 1000 tokens · 4096 B) / 2e12 B/s = 1.002048 ms; FLOPs take 2 µs.
    const step = decodeStep(toySetup(), 1);
    expect(step.seconds).toBeCloseTo(1.002048e-3, 12);
    expect(step.bound).toBe("memory");
  });

  it("a large batch becomes compute-bound", () => {
    // B = 2000: bytes 2e9 + 2000·4.096e6 = 1.0192e10 → 5.096 ms;
    // FLOPs 2e9·2000 + 2000 · 2·8·256·1000 = 4.008192e12 → 4.008 ms. Memory still wins.
    expect(decodeStep(toySetup(), 2000).seconds).toBeCloseTo(5.096e-3, 12);
    // A short context makes the cache small: B = 2000 at ~1 token of context is compute-bound.
    const short = decodeStep(
      toySetup({ inputTokens: 0, outputTokens: 2 }),
      2000,
    );
    expect(short.bound).toBe("compute");
    // 4e12 linear FLOPs + 2000 · 2·8·256·1 attention FLOPs, at 1e15 FLOP/s.
    expect(short.seconds).toBeCloseTo((4e12 + 2000 * 4096) / 1e15, 12);
  });

  it("adds the fixed step overhead and, with several GPUs, two collectives per layer", () => {
    const efficiency = {
      ...idealEfficiency,
      stepOverheadSeconds: 1e-3,
      collectiveLatencySeconds: 10e-6,
    };
    const single = decodeStep(toySetup({ efficiency }), 1).seconds;
    expect(single).toBeCloseTo(1.002048e-3 + 1e-3, 12);
    // 2 GPUs halve the memory time; 2 collectives of 10 µs plus 2 · (2·1/2 · 1024 · 2 B) / 100 GB/s.
    const pair = decodeStep(toySetup({ efficiency, gpus: 2 }), 1).seconds;
    expect(pair).toBeCloseTo(
      1.002048e-3 / 2 + 1e-3 + 2 * (10e-6 + 2048 / 100e9),
      12,
    );
  });

  it("beyond one server, runs pipeline stages: half the layers' all-reduces and one hand-off", () => {
    const efficiency = {
      ...idealEfficiency,
      collectiveLatencySeconds: 10e-6,
      interNodeCollectiveLatencySeconds: 30e-6,
    };
    const model = { ...toySetup().model, layers: 4 };
    const step = (gpus: number) =>
      decodeStep(toySetup({ efficiency, model, gpus }), 1).seconds;
    const memory = (gpus: number) => (2e9 + 1000 * 4096 * 4) / (gpus * 2e12);
    const allReduce = (layers: number) =>
      2 * layers * (10e-6 + (((2 * 7) / 8) * 2048) / 100e9);
    expect(step(8)).toBeCloseTo(memory(8) + allReduce(4), 12);
    // 16 GPUs: two stages of 8, each with 2 of the 4 layers, and a hand-off over a 50 GB/s NIC.
    expect(step(16)).toBeCloseTo(
      memory(16) + allReduce(2) + 30e-6 + 2048 / 50e9,
      12,
    );
    expect(step(16)).toBeLessThan(step(8));
  });

  it("routes each token to k experts in every mixture-of-experts layer", () => {
    const moe = {
      ...toySetup().model,
      totalParamsB: 2,
      moe: { experts: 4, activeExperts: 2, sharedExperts: 0 },
    };
    const efficiency = { ...idealEfficiency, moeRoutingSeconds: 1e-6 };
    const without = decodeStep(toySetup({ model: moe }), 10).seconds;
    const withRouting = decodeStep(
      toySetup({ model: moe, efficiency }),
      10,
    ).seconds;
    // 10 tokens · 2 experts · 1 layer · 1 µs.
    expect(withRouting - without).toBeCloseTo(20e-6, 12);
  });
});

describe("prefillSeconds", () => {
  it("is compute-bound: 2 · params · tokens plus causal attention, at the prefill efficiency", () => {
    // 2e9·999 = 1.998e12 linear + 4096 · (999·998/2) attention FLOPs, at 1e15 · 0.5.
    const flops = 1.998e12 + 4096 * ((999 * 998) / 2);
    expect(prefillSeconds(toySetup())).toBeCloseTo(flops / 0.5e15, 12);
  });

  it("skips the cached share of the prompt", () => {
    // 1000 tokens, half cached: 500 new tokens after a 500-token prefix.
    const setup = toySetup({ inputTokens: 1000, cachedShare: 0.5 });
    const pairs = (1000 * 999) / 2 - (500 * 499) / 2;
    expect(prefillSeconds(setup)).toBeCloseTo(
      (2e9 * 500 + 4096 * pairs) / 0.5e15,
      12,
    );
  });

  it("a fully cached prompt still computes its last token", () => {
    const setup = toySetup({ inputTokens: 1000, cachedShare: 1 });
    // One token reads the weights (1 ms) rather than computing for long.
    expect(prefillSeconds(setup)).toBeCloseTo(1e-3, 9);
  });
});

describe("servingPoint", () => {
  /** The toy setup's serving point at a batch, with the decode step and prefill it is built from. */
  function atBatch(batch: number) {
    const setup = toySetup();
    return {
      step: decodeStep(setup, batch).seconds,
      prefill: prefillSeconds(setup),
      point: servingPoint(setup, batch),
    };
  }

  it("shares each request between its decode steps and its prefill", () => {
    const { step, prefill, point } = atBatch(1);
    expect(point.outputTokensPerSecond).toBeCloseTo(
      2 / (2 * step + prefill),
      9,
    );
    expect(point.perUserOutputTokensPerSecond).toBeCloseTo(1 / step, 9);
    expect(point.timeToFirstTokenSeconds).toBeCloseTo(prefill, 12);
  });

  it("with B requests in flight, the others’ prefills interrupt each user", () => {
    const { step, prefill, point } = atBatch(4);
    expect(point.outputTokensPerSecond).toBeCloseTo(
      (4 * 2) / (2 * step + 4 * prefill),
      9,
    );
    expect(point.perUserOutputTokensPerSecond).toBeCloseTo(
      2 / (2 * step + 3 * prefill),
      9,
    );
    expect(point.timeToFirstTokenSeconds).toBeCloseTo(prefill + step, 12);
  });
});

describe("largestBatchMeeting", () => {
  const setup = toySetup({ inputTokens: 100, outputTokens: 400 });
  const max = memoryFit(setup).maxConcurrency;

  it("finds the edge where the per-user speed falls below the target", () => {
    const target = { minTokensPerSecond: 500, maxTimeToFirstTokenSeconds: 10 };
    const point = largestBatchMeeting(setup, max, target);
    expect(point).not.toBeNull();
    expect(point!.perUserOutputTokensPerSecond).toBeGreaterThanOrEqual(500);
    expect(
      servingPoint(setup, point!.concurrency + 1).perUserOutputTokensPerSecond,
    ).toBeLessThan(500);
  });

  it("returns the KV limit when the target is easy", () => {
    const target = {
      minTokensPerSecond: 1e-6,
      maxTimeToFirstTokenSeconds: 1e6,
    };
    expect(largestBatchMeeting(setup, max, target)!.concurrency).toBe(max);
  });

  it("returns null when one request alone misses the target", () => {
    expect(
      largestBatchMeeting(setup, max, {
        minTokensPerSecond: 1e6,
        maxTimeToFirstTokenSeconds: 10,
      }),
    ).toBeNull();
    expect(
      largestBatchMeeting(setup, max, {
        minTokensPerSecond: 1,
        maxTimeToFirstTokenSeconds: 1e-9,
      }),
    ).toBeNull();
  });
});
