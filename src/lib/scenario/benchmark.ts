/**
 * A team's own benchmark of a self-hosted deployment, read from the files serving tools write:
 * vLLM's `vllm bench serve --save-result` JSON, or GenAI-Perf's `profile_export_genai_perf.csv`.
 * The measured output tokens a second replace the estimate; first-token time and per-user speed
 * come along when the file has them. Anything else is refused with a plain message.
 */
import type { Result } from "../engine/result";
import { fail, ok } from "../engine/result";
import { formatBytes } from "../format";

export interface MeasuredBenchmark {
  tool: "vLLM bench serve" | "GenAI-Perf";
  outputTokensPerSecond: number;
  timeToFirstTokenSeconds?: number;
  perUserOutputTokensPerSecond?: number;
}

/** Larger than any benchmark result file; a bigger one is not one. */
export const MAX_BENCHMARK_BYTES = 10 * 1024 * 1024;

const FIELD = "benchmark";

const positive = (n: unknown): n is number =>
  typeof n === "number" && Number.isFinite(n) && n > 0;

/** An optional figure: absent is fine, present must be a positive number. */
function optionalFigure(
  value: unknown,
  name: string,
): Result<number | undefined> {
  if (value === undefined || value === null || value === "")
    return ok(undefined);
  const n = typeof value === "string" ? Number(value) : value;
  return positive(n)
    ? ok(n)
    : fail(FIELD, `${name} must be a positive number, got ${String(value)}`);
}

function fromVllm(data: Record<string, unknown>): Result<MeasuredBenchmark> {
  const throughput = data.output_throughput;
  if (throughput === undefined)
    return fail(FIELD, "the vLLM result has no output_throughput");
  if (!positive(throughput))
    return fail(
      FIELD,
      `output_throughput must be a positive number, got ${String(throughput)}`,
    );
  const ttft = optionalFigure(data.mean_ttft_ms, "mean_ttft_ms");
  if (!ttft.ok) return ttft;
  const tpot = optionalFigure(data.mean_tpot_ms, "mean_tpot_ms");
  if (!tpot.ok) return tpot;
  return ok({
    tool: "vLLM bench serve",
    outputTokensPerSecond: throughput,
    ...(ttft.value && { timeToFirstTokenSeconds: ttft.value / 1000 }),
    ...(tpot.value && { perUserOutputTokensPerSecond: 1000 / tpot.value }),
  });
}

/** GenAI-Perf's CSV: one table of latency rows (name, avg, …), then one of throughputs (name, value). */
function fromGenAiPerf(text: string): Result<MeasuredBenchmark> {
  const rows = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
    if (cells[0]) rows.set(cells[0], cells.slice(1));
  }
  const throughputRow = rows.get("Output Token Throughput (per sec)");
  if (!throughputRow)
    return fail(
      FIELD,
      'the GenAI-Perf CSV has no "Output Token Throughput (per sec)" row',
    );
  const throughput = optionalFigure(
    throughputRow[0],
    "Output Token Throughput (per sec)",
  );
  if (!throughput.ok) return throughput;
  if (throughput.value === undefined)
    return fail(FIELD, "Output Token Throughput (per sec) has no value");
  const ttft = optionalFigure(
    rows.get("Time To First Token (ms)")?.[0],
    "Time To First Token (ms)",
  );
  if (!ttft.ok) return ttft;
  const itl = optionalFigure(
    rows.get("Inter Token Latency (ms)")?.[0],
    "Inter Token Latency (ms)",
  );
  if (!itl.ok) return itl;
  return ok({
    tool: "GenAI-Perf",
    outputTokensPerSecond: throughput.value,
    ...(ttft.value && { timeToFirstTokenSeconds: ttft.value / 1000 }),
    ...(itl.value && { perUserOutputTokensPerSecond: 1000 / itl.value }),
  });
}

/** The measurement in a benchmark file's text, or what is wrong with it. */
export function readBenchmark(text: string): Result<MeasuredBenchmark> {
  if (text.length > MAX_BENCHMARK_BYTES)
    return fail(
      FIELD,
      `is larger than ${formatBytes(MAX_BENCHMARK_BYTES)}: not a benchmark result (a vLLM bench serve JSON or a GenAI-Perf CSV is a few KB)`,
    );
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return fail(FIELD, "is not valid JSON");
    }
    if (typeof data !== "object" || data === null || Array.isArray(data))
      return fail(FIELD, "is not a vLLM bench serve result object");
    return fromVllm(data as Record<string, unknown>);
  }
  if (
    /^"?Metric"?,/m.test(trimmed) ||
    trimmed.includes("Output Token Throughput")
  )
    return fromGenAiPerf(trimmed);
  return fail(
    FIELD,
    "is neither a vLLM bench serve JSON result nor a GenAI-Perf CSV export",
  );
}
