import { describe, expect, it } from "vitest";
import { findGpu, findOpenModel } from "../../../src/lib/catalog";
import {
  automaticCount,
  MAX_GPUS,
  replicaCounts,
  smallestCount,
} from "../../../src/lib/engine/gpu-count";
import { stackEfficiency } from "../../../src/lib/engine/stacks";
import { toySetup } from "./toy";

/** A target any replica meets but for its speed per user. */
const perUser = (minTokensPerSecond: number) => ({
  minTokensPerSecond,
  maxTimeToFirstTokenSeconds: 100,
});

describe("smallestCount", () => {
  it("counts 1, 2, 4, then whole servers of 8, to 64 servers", () => {
    expect(replicaCounts().slice(0, 6)).toEqual([1, 2, 4, 8, 16, 24]);
    expect(replicaCounts().at(-1)).toBe(512);
    expect(MAX_GPUS).toBe(512);
  });

  it("DeepSeek V3 at FP8 (671 GB) needs two servers of H100s, one of H200s", () => {
    const setup = {
      ...toySetup(),
      model: findOpenModel("deepseek-v3")!,
      weights: "fp8" as const,
      kv: "fp8" as const,
      inputTokens: 1000,
      outputTokens: 1000,
      efficiency: stackEfficiency("vllm"),
    };
    const need = { requests: 1 };
    expect(smallestCount({ ...setup, gpu: findGpu("h100-sxm")! }, need)).toBe(
      16,
    );
    expect(smallestCount({ ...setup, gpu: findGpu("h200")! }, need)).toBe(8);
  });

  it("asks for room for the requests wanted, and gives up past 512 GPUs", () => {
    // The toy: 8 GB of cache on one GPU holds 1,951 requests of 1,001 tokens.
    expect(smallestCount(toySetup(), { requests: 1951 })).toBe(1);
    expect(smallestCount(toySetup(), { requests: 1952 })).toBe(2);
    const huge = { ...toySetup().model, totalParamsB: 1e6 };
    expect(
      smallestCount(toySetup({ model: huge }), { requests: 1 }),
    ).toBeNull();
  });

  it("takes more GPUs when one fits but is too slow for each user", () => {
    // One toy GPU reads its 2 GB of weights at 2 TB/s for every token: just over 1 ms with the
    // cache, so under 1,000 tokens/s for a user. Two share the read: about 2,000 tokens/s.
    expect(
      smallestCount(toySetup(), { requests: 1, latency: perUser(900) }),
    ).toBe(1);
    expect(
      smallestCount(toySetup(), { requests: 1, latency: perUser(1000) }),
    ).toBe(2);
    expect(
      smallestCount(toySetup(), { requests: 1, latency: perUser(1e6) }),
    ).toBeNull();
  });
});

describe("automaticCount", () => {
  it("is the fewest GPUs holding eight requests and meeting the target", () => {
    expect(automaticCount(toySetup(), perUser(900))).toBe(1);
    expect(automaticCount(toySetup(), perUser(1000))).toBe(2);
  });

  it("falls back to the fewest holding eight requests when no count meets the target", () => {
    expect(automaticCount(toySetup(), perUser(1e6))).toBe(1);
    // 8 GB of cache on one GPU at 4 kB a token holds 1.95M tokens: not eight requests of 300k,
    // which two GPUs (18 GB of cache) hold.
    expect(
      automaticCount(toySetup({ inputTokens: 299_998 }), perUser(1e6)),
    ).toBe(2);
  });

  it("is the largest count searched when the model fits on none", () => {
    const huge = { ...toySetup().model, totalParamsB: 1e6 };
    expect(automaticCount(toySetup({ model: huge }), perUser(1))).toBe(512);
  });
});
