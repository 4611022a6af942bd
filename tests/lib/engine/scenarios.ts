/** Scenarios shared by the engine's tests. */
import { findGpu, findOpenModel } from "../../../src/lib/catalog";
import type { TokenPrices } from "../../../src/lib/catalog/types";
import type { ScenarioResult } from "../../../src/lib/engine/evaluate";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import type { Result } from "../../../src/lib/engine/result";
import type {
  ApiOption,
  Scenario,
  SelfHostOption,
  Workload,
} from "../../../src/lib/engine/types";

export const baseWorkload: Workload = {
  requestsPerMonth: 1_000_000,
  inputTokens: 1500,
  outputTokens: 500,
  cachedShare: 0.2,
  batchShare: 0,
  peakToAverage: 2,
  latency: { minTokensPerSecond: 20, maxTimeToFirstTokenSeconds: 2 },
};

export const museSpark: ApiOption = {
  kind: "api",
  id: "muse",
  label: "Muse Spark",
  pricing: {
    kind: "known",
    prices: { inputPerM: 1.25, cachedInputPerM: 0.15, outputPerM: 4.25 },
  },
  batchDiscount: 0,
  verbosity: 1,
};

/** Muse Spark at other known prices, in dollars per million tokens, renamed if asked. */
export const museAt = (
  prices: TokenPrices,
  name?: { id: string; label: string },
): ApiOption => ({
  ...museSpark,
  ...name,
  pricing: { kind: "known", prices },
});

export const maverickRented: SelfHostOption = {
  kind: "self-host",
  id: "maverick",
  label: "Llama 4 Maverick on 8 × H100",
  model: findOpenModel("llama-4-maverick")!,
  gpu: findGpu("h100-sxm")!,
  gpusPerReplica: 8,
  weights: "fp8",
  kv: "fp8",
  verbosity: 1,
  hosting: { mode: "rented", usdPerGpuHour: 2 },
  minReplicas: 1,
  headroom: 0.8,
  engineerFte: 0,
  engineerUsdPerYear: 0,
  setupUsd: 0,
  setupMonths: 12,
  otherUsdPerMonth: 0,
};

export const articleScenario: Scenario = {
  workload: baseWorkload,
  options: [museSpark, maverickRented],
  baselineId: "muse",
};

/** The article's scenario before Muse Spark's launch: its price only a range, $1–5 in, $0.10–0.50 cached, $4–25 out. */
export const articleUnannounced: Scenario = {
  ...articleScenario,
  options: [
    {
      ...museSpark,
      pricing: {
        kind: "range",
        low: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 4 },
        high: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
      },
    },
    maverickRented,
  ],
};

/** A model given by its architecture rather than a catalog id, as scenario files and the CLI take it. */
export const customModel = {
  name: "Mine 7B",
  totalParamsB: 7,
  activeParamsB: 7,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
};

/** A GPU given by its spec sheet rather than a catalog id. */
export const customGpu = {
  name: "Card",
  memoryGB: 48,
  bandwidthTBs: 1,
  tflops: { bf16: 300, fp8: null, fp4: null },
  tdpW: 300,
};

/** The value of a result that a test expects to succeed; otherwise fails with the field at fault. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`${result.error.field} ${result.error.message}`);
  return result.value;
}

/** A scenario's results, through the engine's validated entry. */
export const evaluated = (scenario: Scenario): ScenarioResult =>
  unwrap(evaluateScenario(scenario));
