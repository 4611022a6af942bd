import { describe, expect, it } from "vitest";
import type { ServingSummary } from "../../../src/lib/engine/evaluate";
import {
  costBandNote,
  servingFacts,
} from "../../../src/lib/present/serving-facts";

const summary: ServingSummary = {
  gpus: 16,
  gpusPerReplica: 8,
  replicas: 2,
  batch: 154,
  maxConcurrency: 1213,
  perUserOutputTokensPerSecond: 20.04,
  timeToFirstTokenSeconds: 0.037,
  replicaOutputTokensPerSecond: 3077,
  utilization: 0.5,
  bound: "memory",
  weightsGB: 400,
  kvBudgetGB: 187,
  layout: "TP8",
  stack: "vllm",
  outputTokensPerSecondPerGpu: 384.6,
  outputTokensPerSecondPerGpuRange: [261.5, 442.3],
  errorShare: 0.32,
  estimatedOutputTokensPerSecond: 3077,
};

const text = (facts: ReturnType<typeof servingFacts>, label: string) =>
  facts.find((f) => f.label === label)?.text;

describe("servingFacts", () => {
  it("states the layout and the default stack, and throughput with its band", () => {
    const facts = servingFacts(summary);
    expect(text(facts, "Layout")).toBe("TP8 on vLLM (the default stack)");
    expect(text(facts, "Tokens/s per replica")).toBe(
      "3,077 (385 per GPU, ±32%)",
    );
    expect(text(facts, "Batch per replica")).toBe("154 of 1,213");
    expect(text(facts, "Speed per user")).toBe("20 tokens/s");
    expect(text(facts, "First token")).toBe("0.04 s");
  });

  it("names another stack plainly, and a measured throughput as measured", () => {
    const facts = servingFacts({
      ...summary,
      stack: "sglang",
      errorShare: 0,
    });
    expect(text(facts, "Layout")).toBe("TP8 on SGLang");
    // 3,077 estimated against 2,500 measured: 23% higher.
    expect(
      text(
        servingFacts({
          ...summary,
          errorShare: 0,
          replicaOutputTokensPerSecond: 2500,
          outputTokensPerSecondPerGpu: 312.5,
        }),
        "Tokens/s per replica",
      ),
    ).toBe("2,500 (313 per GPU, measured; estimated 3,077, 23% higher)");
  });
});

describe("costBandNote", () => {
  it("gives the cost at both ends of the band where they differ, else nothing", () => {
    expect(costBandNote([57_267.33, 91_723.33])).toBe(
      "Estimate band $57,267 – $91,723",
    );
    expect(costBandNote([22_811, 22_811])).toBeNull();
    expect(costBandNote(null)).toBeNull();
  });
});
