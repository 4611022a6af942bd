import type {
  GpuSpec,
  KvPrecision,
  LongContextTier,
  ModelArchitecture,
  TokenPrices,
  WeightPrecision,
} from "../catalog/types";
import type { Efficiency } from "./efficiency";
import type { Stack } from "./stacks";

/** What the team runs, in the units the engine computes with. */
export interface Workload {
  requestsPerMonth: number;
  /** Prompt tokens per request. */
  inputTokens: number;
  /**
   * Output tokens per request (reasoning included) as the workload's reference model writes them;
   * each option scales this by its verbosity factor.
   */
  outputTokens: number;
  /** Share of input tokens served from a prompt cache, 0–1. */
  cachedShare: number;
  /** Share of requests that can wait (batch APIs, off-peak self-hosted capacity), 0–1. */
  batchShare: number;
  /**
   * Share of requests that write their cached part of the prompt to the provider's cache (billed
   * at the cache-write price instead of the cached price), 0–1; absent: 0.
   */
  cacheWriteShare?: number;
  /**
   * Share of requests whose prompt is over an API's long-context threshold, 0–1; absent: all of
   * them when the average prompt is over it, none otherwise.
   */
  longContextShare?: number;
  /** Busiest hour's interactive traffic over the monthly average, ≥ 1. */
  peakToAverage: number;
  /** Interactive latency target. */
  latency: {
    /** Output tokens per second each user must see while an answer streams. */
    minTokensPerSecond: number;
    /** Longest acceptable wait for the first token, seconds. */
    maxTimeToFirstTokenSeconds: number;
  };
}

/** Per-token prices, or a low–high span when the price is not known. */
export type ApiPricing =
  | { kind: "known"; prices: TokenPrices }
  | { kind: "range"; low: TokenPrices; high: TokenPrices };

export interface ApiOption {
  kind: "api";
  id: string;
  label: string;
  pricing: ApiPricing;
  /** Fraction off batch requests, 0–1. */
  batchDiscount: number;
  longContext?: LongContextTier;
  /** $ per 1M tokens written to the prompt cache; absent: billed as plain input. */
  cacheWritePerM?: number;
  /** $ per 1M tokens kept in the provider's cache per hour; absent: no storage billed. */
  cacheStoragePerMHour?: number;
  /** Tokens kept in the cache; absent: the cached part of an average prompt, Tin × c. */
  cacheStorageTokens?: number;
  /** Hours a month they are kept; absent: the whole month (730). */
  cacheStorageHours?: number;
  /** Output tokens this model writes for the reference model's one; 1 = same. */
  verbosity: number;
  /** Share of attempts that do the task, (0, 1]; absent: 1. A failure is retried. */
  successRate?: number;
  contextWindow?: number;
}

export type Hosting =
  | {
      mode: "rented";
      /** On-demand price of one GPU-hour. */
      usdPerGpuHour: number;
      /** Taken off the on-demand rate for a reserved (committed) term, 0–1; absent: 0. */
      reservedDiscount?: number;
    }
  | {
      mode: "owned";
      /** Price of one GPU plus its share of the server, $. */
      usdPerGpu: number;
      years: number;
      /** What the hardware sells for after `years`, as a share of its price, 0–1; absent: 0. */
      residualShare?: number;
      /** Yearly cost of capital, 0–1. */
      costOfCapital: number;
      pue: number;
      usdPerKwh: number;
      /** Whole-node power over GPU power (CPUs, memory, network, fans), ≥ 1. */
      nodePowerOverhead: number;
      /** A GPU's draw at idle as a share of its TDP, 0–1. */
      idlePowerFraction: number;
      /** Colocation (space, cooling, power delivery), $ per kW of provisioned IT power a month. */
      colocationUsdPerKwMonth: number;
    };

export interface SelfHostOption {
  kind: "self-host";
  id: string;
  label: string;
  model: ModelArchitecture;
  gpu: GpuSpec & { interconnectGBs?: number };
  /** GPUs holding one copy of the model (one replica). */
  gpusPerReplica: number;
  weights: WeightPrecision;
  kv: KvPrecision;
  verbosity: number;
  /** Share of attempts that do the task, (0, 1]; absent: 1. A failure is retried. */
  successRate?: number;
  hosting: Hosting;
  /** Keep at least this many replicas running. */
  minReplicas: number;
  /** Highest planned utilisation of a replica at the peak, 0–1. */
  headroom: number;
  /** Engineers' time on the deployment, full-time equivalents. */
  engineerFte: number;
  engineerUsdPerYear: number;
  setupUsd: number;
  /** Months the setup cost is spread over. */
  setupMonths: number;
  otherUsdPerMonth: number;
  /** The serving stack; absent means DEFAULT_STACK. */
  stack?: Stack;
  /** Overrides of the calibrated efficiency factors (after the stack's scaling). */
  efficiency?: Partial<Efficiency>;
  /** A measured replica throughput (output tokens/s at the latency target) replacing the estimate. */
  measuredOutputTokensPerSecond?: number;
}

export type CostOption = ApiOption | SelfHostOption;

export interface Scenario {
  workload: Workload;
  options: CostOption[];
  /** Id of the option savings are measured against. */
  baselineId: string;
}
