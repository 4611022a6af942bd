import { describe, expect, it } from "vitest";
import { findGpu, findOpenModel } from "../../../src/lib/catalog";
import {
  fittingPlans,
  iteration,
  largestBatchMeeting,
  layoutsFor,
  linearPrecision,
  memoryFit,
  memoryPlan,
  planOf,
  pointIn,
  servingPoint,
  type Layout,
} from "../../../src/lib/engine/serving";
import { stackEfficiency } from "../../../src/lib/engine/stacks";
import { idealEfficiency, toyGpu, toyModel, toySetup } from "./toy";

const tp = (gpus: number): Layout => layoutsFor(toyModel, gpus)[0]!;
const toyMoe = {
  ...toyModel,
  totalParamsB: 2,
  moe: { experts: 4, activeExperts: 2, sharedExperts: 0 },
};

describe("linearPrecision", () => {
  it("multiplies at the weights' precision where the GPU has the units, else dequantises", () => {
    expect(linearPrecision(toyGpu, "bf16")).toEqual({
      tflops: 1000,
      fp4: false,
      weightOnly: false,
    });
    expect(linearPrecision(toyGpu, "fp8").tflops).toBe(2000);
    // No FP4 units: FP4 weights are dequantised to 16 bits.
    expect(linearPrecision(toyGpu, "fp4")).toEqual({
      tflops: 1000,
      fp4: false,
      weightOnly: true,
    });
    expect(linearPrecision(toyGpu, "int8").weightOnly).toBe(true);
    expect(linearPrecision(toyGpu, "int4").weightOnly).toBe(true);
    const b200 = findGpu("b200")!;
    expect(linearPrecision(b200, "fp4")).toEqual({
      tflops: b200.tflops.fp4,
      fp4: true,
      weightOnly: false,
    });
    // FP8 on an A100 (no FP8 units) runs weight-only at the BF16 rate.
    expect(linearPrecision(findGpu("a100-80gb")!, "fp8")).toEqual({
      tflops: 312,
      fp4: false,
      weightOnly: true,
    });
  });
});

describe("layoutsFor", () => {
  it("tensor parallel inside a server, pipeline stages across servers; DEP too for MoE", () => {
    expect(layoutsFor(toyModel, 8).map((l) => l.name)).toEqual(["TP8"]);
    expect(layoutsFor(toyModel, 16).map((l) => l.name)).toEqual(["TP8×PP2"]);
    expect(layoutsFor(toyMoe, 1).map((l) => l.name)).toEqual(["TP1"]);
    expect(layoutsFor(toyMoe, 4).map((l) => l.name)).toEqual(["TP4", "DEP4"]);
  });
});

describe("memoryPlan", () => {
  it("memory less reserve and weights, over one full request of KV cache", () => {
    // 10 GB, no reserve: 10 − 2 GB of weights = 8 GB; a request holds (999 + 2) · 4096 B.
    const fit = memoryPlan(toySetup(), tp(1));
    expect(fit.weightsGB).toBe(2);
    expect(fit.usableGB).toBe(10);
    expect(fit.kvBudgetGB).toBe(8);
    expect(fit.kvGBPerRequest).toBeCloseTo((1001 * 4096) / 1e9, 15);
    expect(fit.maxConcurrency).toBe(Math.floor(8e9 / (1001 * 4096))); // 1951
    expect(fit.fits).toBe(true);
  });

  it("Llama 3.1 8B on one H100 at FP8: (80 − 4 − 8.03) · 0.9 = 61.17 GB of cache, 466 requests of 2,000 tokens", () => {
    const fit = memoryFit({
      ...toySetup(),
      model: findOpenModel("llama-3.1-8b")!,
      gpu: findGpu("h100-sxm")!,
      weights: "fp8",
      kv: "fp8",
      inputTokens: 1000,
      outputTokens: 1000,
      efficiency: stackEfficiency("tensorrt-llm"),
    });
    expect(fit.kvBudgetGB).toBeCloseTo((76 - 8.03) * 0.9, 9);
    expect(fit.kvGBPerRequest).toBeCloseTo(0.131072, 9);
    expect(fit.maxConcurrency).toBe(Math.floor(61.173e9 / 0.131072e9));
  });

  it("4-bit weights carry one 8-bit scale per 16 values; a 4-bit MoE keeps its shared part at 8 bits", () => {
    expect(memoryPlan(toySetup({ weights: "int4" }), tp(1)).weightsGB).toBe(
      0.5625,
    );
    const moe = { ...toyMoe, totalParamsB: 3, activeParamsB: 2 };
    // R = (3 − 2)/(1 − 1/2) = 2B at 0.5625 B, S = 1B at 1 B.
    expect(
      memoryPlan(toySetup({ model: moe, weights: "fp4" }), tp(1)).weightsGB,
    ).toBeCloseTo(1 + 2 * 0.5625, 12);
  });

  it("DEP holds the shared weights on every GPU and each sequence on one", () => {
    const moe = { ...toyMoe, totalParamsB: 3, activeParamsB: 2 };
    const setup = toySetup({ model: moe, gpus: 4 });
    const [tp4, dep4] = layoutsFor(moe, 4);
    // TP: 6 GB over 4 GPUs; DEP: 2 GB shared on each GPU plus 4 GB of experts over 4.
    expect(memoryPlan(setup, tp4!).weightsPerGpuGB).toBeCloseTo(1.5, 12);
    expect(memoryPlan(setup, dep4!).weightsPerGpuGB).toBeCloseTo(3, 12);
    // 8 KV heads over 4 GPUs: no copies; DEP keeps the request's whole cache on one GPU.
    const perRequest = (1001 * 4096) / 1e9;
    expect(memoryPlan(setup, tp4!).kvGBPerRequest).toBeCloseTo(perRequest, 15);
    expect(memoryPlan(setup, dep4!).kvGBPerRequest).toBeCloseTo(perRequest, 15);
    expect(memoryPlan(setup, dep4!).maxConcurrency).toBe(
      4 * Math.floor(7e9 / (1001 * 4096)),
    );
  });

  it("tensor parallelism beyond the KV heads copies heads; latent attention is whole on every rank", () => {
    const model = { ...toyModel, kvHeads: 4 };
    const four = memoryPlan(toySetup({ gpus: 4, model }), tp(4));
    const eight = memoryPlan(toySetup({ gpus: 8, model }), tp(8));
    expect(eight.kvGBPerRequest).toBeCloseTo(four.kvGBPerRequest * 2, 15);
    const mla = { ...toyModel, mla: { kvLoraRank: 512, ropeHeadDim: 64 } };
    const one = memoryPlan(toySetup({ model: mla }), tp(1)).kvGBPerRequest;
    expect(
      memoryPlan(toySetup({ model: mla, gpus: 4 }), tp(4)).kvGBPerRequest,
    ).toBeCloseTo(4 * one, 15);
  });

  it("does not fit when the weights leave no room for one request", () => {
    const fit = memoryFit(toySetup({ gpu: { ...toyGpu, memoryGB: 2 } }));
    expect(fit.fits).toBe(false);
    expect(fit.maxConcurrency).toBe(0);
    expect(servingPoint(toySetup({ gpu: { ...toyGpu, memoryGB: 2 } }), 1)).toBe(
      null,
    );
  });

  it("caps each attention rank's batch at the scheduler limit", () => {
    const efficiency = { ...idealEfficiency, maxBatch: 100 };
    expect(memoryFit(toySetup({ efficiency })).maxConcurrency).toBe(100);
  });
});

describe("iteration", () => {
  it("batch 1 reads the weights and the cache: (2e9 + 1000 · 4096) B / 2 TB/s", () => {
    const step = iteration(toySetup(), tp(1), 1, 0);
    expect(step.dense).toBeCloseTo(1e-3, 15);
    expect(step.attention).toBeCloseTo(2.048e-6, 15);
    expect(step.seconds).toBeCloseTo(1.002048e-3, 12);
    expect(step.bound).toBe("memory");
  });

  it("operator groups add: a large batch pays its weight math and its cache reads one after the other", () => {
    // B = 2000: dense max(1 ms, 2e9 · 2000 / 1e15 = 4 ms); cache 2000 · 4.096e6 B / 2e12 = 4.096 ms.
    const step = iteration(toySetup(), tp(1), 2000, 0);
    expect(step.dense).toBeCloseTo(4e-3, 12);
    expect(step.attention).toBeCloseTo(4.096e-3, 12);
    expect(step.seconds).toBeCloseTo(8.096e-3, 12);
  });

  it("prompt tokens riding the iteration add their linear and attention math", () => {
    // 999 prompt tokens: dense 2e9 · 1000 / 1e15 = 2 ms; attention 4096 · 999·998/2 / 0.5e15.
    const step = iteration(toySetup(), tp(1), 1, 999);
    expect(step.dense).toBeCloseTo(2e-3, 12);
    expect(step.attention).toBeCloseTo(
      2.048e-6 + (4096 * ((999 * 998) / 2)) / 0.5e15,
      12,
    );
  });

  it("pays a fixed time per iteration and per layer, twice per routed-MoE or latent-attention layer", () => {
    const efficiency = {
      ...idealEfficiency,
      stepOverheadSeconds: 1e-3,
      layerSeconds: 10e-6,
    };
    const fixed = (model: typeof toyModel) =>
      iteration(toySetup({ model, efficiency }), tp(1), 1, 0).fixed;
    expect(fixed({ ...toyModel, layers: 4 })).toBeCloseTo(1.04e-3, 15);
    expect(fixed({ ...toyMoe, layers: 4 })).toBeCloseTo(1.08e-3, 15);
    expect(
      fixed({
        ...toyModel,
        layers: 4,
        mla: { kvLoraRank: 512, ropeHeadDim: 64 },
      }),
    ).toBeCloseTo(1.08e-3, 15);
  });

  it("tensor parallel: work split over the GPUs, two all-reduces per layer over the link", () => {
    const efficiency = {
      ...idealEfficiency,
      collectiveLatencySeconds: 10e-6,
      linkEfficiency: 0.5,
    };
    const step = iteration(toySetup({ efficiency, gpus: 2 }), tp(2), 1, 0);
    expect(step.dense).toBeCloseTo(0.5e-3, 15);
    // 2 · (10 µs + 2·1/2 · 2048 B / (100 GB/s · 0.5)).
    expect(step.communication).toBeCloseTo(2 * (10e-6 + 2048 / 50e9), 15);
  });

  it("beyond one server, pipeline stages: pp passes of a stage over half the layers, one hand-off each", () => {
    const efficiency = {
      ...idealEfficiency,
      collectiveLatencySeconds: 10e-6,
      interNodeCollectiveLatencySeconds: 30e-6,
    };
    const model = { ...toyModel, layers: 4 };
    const setup = toySetup({ efficiency, model, gpus: 16 });
    const step = iteration(setup, layoutsFor(model, 16)[0]!, 2, 0);
    // Each stage pass: 1 sequence, 2 layers of 2 all-reduces, one hand-off.
    const stage =
      2 * 2 * (10e-6 + (((2 * 7) / 8) * 2048) / 100e9) + 30e-6 + 2048 / 50e9;
    expect(step.communication).toBeCloseTo(2 * stage, 15);
    // Weights: 2e9 B over 16 GPUs, read once per stage pass.
    expect(step.dense).toBeCloseTo((2 * 2e9) / 16 / 2e12, 15);
  });

  it("routed experts: only the experts some token is sent to are read, and a tile is the least computed", () => {
    const moe = { ...toyMoe, totalParamsB: 3, activeParamsB: 2 };
    const step = iteration(toySetup({ model: moe }), tp(1), 1, 0);
    // One token touches k/E = 1/2 of the 2B routed parameters: 2 GB in 16 bits at 2 TB/s.
    expect(step.experts).toBeCloseTo(1e-3, 15);
    // Expert math: 2 · 2e9 · 1/2 FLOPs, padded to 16 rows (1 token per touched expert), at 1e15.
    expect(step.expertFlops).toBeCloseTo(2e9, 3);
  });

  it("weight-only formats lose bandwidth and math to dequantisation", () => {
    const efficiency = { ...idealEfficiency, weightOnly: 0.5 };
    const step = iteration(
      toySetup({ efficiency, weights: "int8" }),
      tp(1),
      1,
      0,
    );
    // 1e9 B at 2 TB/s · 0.5.
    expect(step.dense).toBeCloseTo(1e-3, 15);
  });

  it("AMD Instinct GPUs reach a smaller share of bandwidth", () => {
    const efficiency = { ...idealEfficiency, amdBandwidth: 0.5 };
    const gpu = { ...toyGpu, name: "AMD Instinct MI300X" };
    expect(
      iteration(toySetup({ efficiency, gpu }), tp(1), 1, 0).dense,
    ).toBeCloseTo(2e-3, 15);
  });

  it("DEP: expert all-to-all per MoE layer, and the busiest rank's share of the prompts", () => {
    const moe = { ...toyMoe, totalParamsB: 3, activeParamsB: 2 };
    const efficiency = { ...idealEfficiency, collectiveLatencySeconds: 10e-6 };
    const setup = toySetup({ model: moe, gpus: 8, efficiency });
    const dep = layoutsFor(moe, 8)[1]!;
    const step = iteration(setup, dep, 8, 0);
    // 1 layer · (2 · 10 µs + 8/8 tokens · 2 experts · 1024 · 3 B · 7/8 / 100 GB/s).
    expect(step.communication).toBeCloseTo(
      20e-6 + (2 * 1024 * 3 * 7) / 8 / 100e9,
      15,
    );
    // 8 prompt tokens of 999-token prompts over 8 ranks: the busiest gets 999 · Emax(λ = 8/(999·8)).
    const withPrompt = iteration(setup, dep, 8, 8);
    expect(withPrompt.denseFlops).toBeGreaterThan(step.denseFlops);
  });
});

describe("pointIn", () => {
  const setup = toySetup();
  const layout = tp(1);

  it("throughput from the steady iteration; per-user speed without the user's own prefill; first token rides the others", () => {
    const point = pointIn(setup, layout, 4);
    // Each of 4 requests prefills 999 tokens per 2 output tokens.
    const steady = iteration(setup, layout, 4, (4 * 999) / 2).seconds;
    const user = iteration(setup, layout, 4, (3 * 999) / 2).seconds;
    const first = iteration(setup, layout, 3, 999, true).seconds;
    expect(point.outputTokensPerSecond).toBeCloseTo(4 / steady, 9);
    expect(point.perUserOutputTokensPerSecond).toBeCloseTo(1 / user, 9);
    expect(point.timeToFirstTokenSeconds).toBeCloseTo(first, 12);
    expect(point.layout).toBe("TP1");
  });

  it("a prompt longer than the chunk is prefilled over several iterations", () => {
    const efficiency = { ...idealEfficiency, chunkTokens: 400 };
    const long = toySetup({ efficiency });
    // ceil(999 / 400) = 3 chunks of 333 tokens.
    expect(pointIn(long, layout, 1).timeToFirstTokenSeconds).toBeCloseTo(
      3 * iteration(long, layout, 0, 333, true).seconds,
      12,
    );
  });

  it("skips the cached share of the prompt", () => {
    const cached = toySetup({ inputTokens: 1000, cachedShare: 0.5 });
    expect(pointIn(cached, layout, 1).timeToFirstTokenSeconds).toBeLessThan(
      pointIn(toySetup({ inputTokens: 1000 }), layout, 1)
        .timeToFirstTokenSeconds,
    );
  });

  it("per-user speed never rises and the first token never comes sooner as the batch grows, in each layout", () => {
    const model = findOpenModel("deepseek-v3")!;
    const big = {
      ...toySetup(),
      model,
      gpu: findGpu("h200")!,
      gpus: 8,
      weights: "fp8" as const,
      kv: "fp8" as const,
      inputTokens: 2000,
      outputTokens: 500,
      efficiency: stackEfficiency("vllm"),
    };
    for (const l of layoutsFor(model, 8)) {
      let last = pointIn(big, l, 1);
      for (let b = 2; b <= 4096; b = Math.ceil(b * 1.7)) {
        const p = pointIn(big, l, b);
        expect(p.perUserOutputTokensPerSecond).toBeLessThanOrEqual(
          last.perUserOutputTokensPerSecond,
        );
        expect(p.timeToFirstTokenSeconds).toBeGreaterThanOrEqual(
          last.timeToFirstTokenSeconds,
        );
        last = p;
      }
    }
  });
});

describe("servingPoint", () => {
  const deepSeekOn8H200 = {
    ...toySetup(),
    model: findOpenModel("deepseek-v3")!,
    gpu: findGpu("h200")!,
    gpus: 8,
    weights: "fp8" as const,
    kv: "fp8" as const,
    inputTokens: 1000,
    outputTokens: 1000,
    efficiency: stackEfficiency("tensorrt-llm"),
  };

  it("keeps the layout with the higher throughput: DEP for DeepSeek V3 offline on 8 × H200", () => {
    const point = servingPoint(deepSeekOn8H200, Infinity)!;
    expect(point.layout).toBe("DEP8");
  });

  it("chooses among the plans it is handed, and planOf gives back the chosen one", () => {
    const plans = fittingPlans(deepSeekOn8H200);
    expect(plans.map((p) => p.layout.name)).toEqual(["TP8", "DEP8"]);
    expect(servingPoint(deepSeekOn8H200, Infinity, plans)).toEqual(
      servingPoint(deepSeekOn8H200, Infinity),
    );
    const tpOnly = plans.filter((p) => p.layout.kind === "TP");
    const point = servingPoint(deepSeekOn8H200, Infinity, tpOnly)!;
    expect(point.layout).toBe("TP8");
    expect(planOf(plans, point)).toBe(tpOnly[0]);
    expect(point.concurrency).toBe(tpOnly[0]!.maxConcurrency);
    expect(servingPoint(deepSeekOn8H200, 1, [])).toBeNull();
    expect(
      largestBatchMeeting(
        deepSeekOn8H200,
        { minTokensPerSecond: 1, maxTimeToFirstTokenSeconds: 10 },
        tpOnly,
      )!.layout,
    ).toBe("TP8");
  });
});

describe("largestBatchMeeting", () => {
  const setup = toySetup({ inputTokens: 100, outputTokens: 400 });

  it("finds the edge where the per-user speed falls below the target", () => {
    const target = { minTokensPerSecond: 500, maxTimeToFirstTokenSeconds: 10 };
    const point = largestBatchMeeting(setup, target);
    expect(point).not.toBeNull();
    expect(point!.perUserOutputTokensPerSecond).toBeGreaterThanOrEqual(500);
    expect(
      pointIn(setup, tp(1), point!.concurrency + 1)
        .perUserOutputTokensPerSecond,
    ).toBeLessThan(500);
  });

  it("returns the KV limit when the target is easy", () => {
    const target = {
      minTokensPerSecond: 1e-6,
      maxTimeToFirstTokenSeconds: 1e6,
    };
    expect(largestBatchMeeting(setup, target)!.concurrency).toBe(
      memoryFit(setup).maxConcurrency,
    );
  });

  it("returns null when one request alone misses the target", () => {
    expect(
      largestBatchMeeting(setup, {
        minTokensPerSecond: 1e6,
        maxTimeToFirstTokenSeconds: 10,
      }),
    ).toBeNull();
    expect(
      largestBatchMeeting(setup, {
        minTokensPerSecond: 1,
        maxTimeToFirstTokenSeconds: 1e-9,
      }),
    ).toBeNull();
  });
});
