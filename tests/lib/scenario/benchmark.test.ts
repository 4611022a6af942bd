import { describe, expect, it } from "vitest";
import {
  MAX_BENCHMARK_BYTES,
  readBenchmark,
} from "../../../src/lib/scenario/benchmark";

const vllm = JSON.stringify({
  backend: "vllm",
  completed: 1000,
  output_throughput: 12100.5,
  mean_ttft_ms: 250,
  mean_tpot_ms: 40,
});

// The shape of GenAI-Perf's profile_export_genai_perf.csv: latency rows, then throughput rows.
const genAiPerf = [
  "Metric,avg,min,max,p99,p95,p90,p75,p50,p25",
  "Time To First Token (ms),120.50,80.1,300.2,290.0,250.0,200.0,150.0,110.0,90.0",
  "Inter Token Latency (ms),20.00,15.0,30.0,29.0,28.0,25.0,22.0,20.0,18.0",
  "Request Latency (ms),5000.0,4000.0,6000.0,5900.0,5800.0,5500.0,5200.0,5000.0,4800.0",
  "",
  "Metric,Value",
  "Output Token Throughput (per sec),3456.78",
  "Request Throughput (per sec),6.9",
].join("\n");

describe("readBenchmark", () => {
  it("reads vLLM bench serve's JSON: output tokens/s, mean TTFT and TPOT", () => {
    const read = readBenchmark(vllm);
    expect(read).toEqual({
      ok: true,
      value: {
        tool: "vLLM bench serve",
        outputTokensPerSecond: 12100.5,
        timeToFirstTokenSeconds: 0.25,
        perUserOutputTokensPerSecond: 25,
      },
    });
  });

  it("reads GenAI-Perf's CSV: the throughput row and the average latencies", () => {
    const read = readBenchmark(genAiPerf);
    expect(read.ok && read.value).toEqual({
      tool: "GenAI-Perf",
      outputTokensPerSecond: 3456.78,
      timeToFirstTokenSeconds: 0.1205,
      perUserOutputTokensPerSecond: 50,
    });
  });

  it.each([
    [
      "plain text",
      "hello",
      /neither a vLLM bench serve JSON result nor a GenAI-Perf CSV/,
    ],
    ["broken JSON", "{ not json", /is not valid JSON/],
    ["a JSON list", "[1, 2]", /neither/],
    [
      "JSON without output_throughput",
      '{"completed": 3}',
      /no output_throughput/,
    ],
    [
      "a negative throughput",
      '{"output_throughput": -5}',
      /output_throughput must be a positive number, got -5/,
    ],
    [
      "a negative TTFT",
      '{"output_throughput": 5, "mean_ttft_ms": -1}',
      /mean_ttft_ms must be a positive number/,
    ],
    [
      "a CSV without the throughput row",
      "Metric,avg\nTime To First Token (ms),120",
      /no "Output Token Throughput \(per sec\)" row/,
    ],
    [
      "a CSV with a negative throughput",
      "Metric,Value\nOutput Token Throughput (per sec),-3",
      /must be a positive number, got -3/,
    ],
    [
      "a file over 10 MiB",
      " ".repeat(MAX_BENCHMARK_BYTES + 1),
      /larger than 10 MiB: not a benchmark result/,
    ],
  ])("refuses %s with a plain message", (_, text, message) => {
    const read = readBenchmark(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(message);
  });
});
