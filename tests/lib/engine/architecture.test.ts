import { describe, expect, it } from "vitest";
import { findOpenModel } from "../../../src/lib/catalog";
import {
  decodeAttentionFlops,
  expertsTouched,
  kvBytesForContext,
  kvBytesPerTokenPerLayer,
  parameterSplit,
  prefillAttentionFlops,
  weightBytes,
} from "../../../src/lib/engine/architecture";
import { toyModel } from "./toy";

const model = (id: string) => {
  const m = findOpenModel(id);
  if (!m) throw new Error(id);
  return m;
};

describe("weightBytes", () => {
  it.each([
    ["bf16", 2e9],
    ["fp8", 1e9],
    ["int8", 1e9],
    // 4 bits plus one 8-bit scale per 16 values.
    ["fp4", 0.5625e9],
    ["int4", 0.5625e9],
  ] as const)("%s stores 1B parameters in %d bytes", (precision, bytes) => {
    expect(weightBytes(toyModel, precision)).toBe(bytes);
  });
});

describe("KV cache bytes", () => {
  it("GQA: 2 · kvHeads · headDim · bytes per layer (Llama 3.1 8B: 2·8·128·2 = 4096 B)", () => {
    expect(kvBytesPerTokenPerLayer(model("llama-3.1-8b"), "bf16")).toBe(4096);
    // 32 layers × 4096 B = 131,072 B per token, the published figure.
    expect(kvBytesForContext(model("llama-3.1-8b"), "bf16", 1)).toBe(131_072);
  });

  it("MLA: (kvLoraRank + ropeHeadDim) · bytes per layer (DeepSeek V3: 576 values)", () => {
    expect(kvBytesPerTokenPerLayer(model("deepseek-v3"), "bf16")).toBe(1152);
    expect(kvBytesForContext(model("deepseek-v3"), "bf16", 1)).toBe(70_272);
    expect(kvBytesForContext(model("deepseek-v3"), "fp8", 1)).toBe(35_136);
  });

  it("sliding-window layers hold at most the window", () => {
    // gpt-oss-120b: 36 layers, 18 with a 128-token window; 2·8·64·2 = 2048 B per layer per token.
    const gptOss = model("gpt-oss-120b");
    expect(kvBytesForContext(gptOss, "bf16", 100)).toBe(2048 * 36 * 100);
    expect(kvBytesForContext(gptOss, "bf16", 1000)).toBe(
      2048 * (18 * 1000 + 18 * 128),
    );
  });
});

describe("parameterSplit", () => {
  it("a dense model reads everything for every token", () => {
    expect(parameterSplit(toyModel)).toEqual({ sharedB: 1, routedB: 0 });
  });

  it("solves total = shared + routed and active = shared + routed·k/E", () => {
    // Llama 4 Maverick: 400B total, 17B active, top-1 of 128 experts.
    const { sharedB, routedB } = parameterSplit(model("llama-4-maverick"));
    expect(routedB).toBeCloseTo((383 * 128) / 127, 9); // 386.0157…
    expect(sharedB).toBeCloseTo(400 - (383 * 128) / 127, 9); // 13.984…
    expect(sharedB + routedB / 128).toBeCloseTo(17, 9);
  });
});

describe("expertsTouched", () => {
  const mixtral = {
    ...toyModel,
    moe: { experts: 8, activeExperts: 2, sharedExperts: 0 },
  };

  it("one token touches k of E experts", () => {
    expect(expertsTouched(mixtral, 1)).toBeCloseTo(0.25, 12);
  });

  it("B tokens touch 1 − (1 − k/E)^B of them", () => {
    expect(expertsTouched(mixtral, 2)).toBeCloseTo(1 - 0.75 ** 2, 12); // 0.4375
    expect(expertsTouched(mixtral, 1000)).toBeCloseTo(1, 12);
  });

  it("a dense model touches all of its weights", () => {
    expect(expertsTouched(toyModel, 1)).toBe(1);
  });
});

describe("attention FLOPs", () => {
  it("decode: 2 · heads · 2·headDim · attended tokens per layer", () => {
    // Llama 3.1 8B at 1,000 tokens: 2 · 32 · 256 · (32 · 1000) = 524,288,000.
    expect(decodeAttentionFlops(model("llama-3.1-8b"), 1000)).toBe(524_288_000);
  });

  it("decode with MLA attends over the latent: 2 · heads · (2·rank + rope) per token per layer", () => {
    const ds = model("deepseek-v3");
    expect(decodeAttentionFlops(ds, 10)).toBe(
      2 * 128 * (2 * 512 + 64) * 61 * 10,
    );
  });

  it("prefill is causal: position p attends to p earlier tokens", () => {
    // 4 tokens: 0 + 1 + 2 + 3 = 6 pairs; 2 · 8 heads · 2·128 = 4096 FLOPs a pair.
    expect(prefillAttentionFlops(toyModel, 4, 0)).toBe(4096 * 6);
    // After a cached prefix of 2: positions 2..5 attend to 2 + 3 + 4 + 5 = 14.
    expect(prefillAttentionFlops(toyModel, 4, 2)).toBe(4096 * 14);
  });

  it("prefill in a windowed layer attends to at most the window", () => {
    const windowed = { ...toyModel, slidingWindow: { layers: 1, window: 2 } };
    // min(p, 2) for p = 0..3: 0 + 1 + 2 + 2 = 5.
    expect(prefillAttentionFlops(windowed, 4, 0)).toBe(4096 * 5);
    // A prefix beyond the window: every new token attends to 2.
    expect(prefillAttentionFlops(windowed, 3, 10)).toBe(4096 * 6);
  });
});
