import { describe, expect, it } from "vitest";
import { findGpu, findOpenModel } from "../../../src/lib/catalog";
import {
  replicaCounts,
  smallestFittingCount,
} from "../../../src/lib/engine/gpu-count";
import { stackEfficiency } from "../../../src/lib/engine/stacks";
import { toySetup } from "./toy";

describe("smallestFittingCount", () => {
  it("counts 1, 2, 4, then whole servers of 8", () => {
    expect(replicaCounts().slice(0, 6)).toEqual([1, 2, 4, 8, 16, 24]);
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
    expect(smallestFittingCount({ ...setup, gpu: findGpu("h100-sxm")! })).toBe(
      16,
    );
    expect(smallestFittingCount({ ...setup, gpu: findGpu("h200")! })).toBe(8);
  });

  it("asks for room for the requests wanted, and gives up past 512 GPUs", () => {
    // The toy: 8 GB of cache on one GPU holds 1,951 requests of 1,001 tokens.
    expect(smallestFittingCount(toySetup(), 1951)).toBe(1);
    expect(smallestFittingCount(toySetup(), 1952)).toBe(2);
    const huge = { ...toySetup().model, totalParamsB: 1e6 };
    expect(smallestFittingCount(toySetup({ model: huge }))).toBeNull();
  });
});
