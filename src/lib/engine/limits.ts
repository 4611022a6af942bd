/**
 * The range of every number a person types, in the engine's units. The engine's schema checks
 * against these, and the form's rules are these scaled to what the form shows (a share typed as
 * a percent), so the two cannot disagree. The bounds are planning sanity, not physics: wide
 * enough for any real deployment, narrow enough that no sum of them overflows a double.
 */
import { HOURS_PER_MONTH } from "./units";

export interface Limit {
  readonly min: number;
  readonly max: number;
  /** Only whole numbers. */
  readonly whole?: true;
}

const range = (min: number, max: number): Limit => ({ min, max });
const wholeRange = (min: number, max: number): Limit => ({
  min,
  max,
  whole: true,
});

export const LIMITS = {
  requestsPerMonth: range(1, 1e13),
  inputTokens: range(0, 10_000_000),
  outputTokens: range(1, 10_000_000),
  share: range(0, 1),
  peakToAverage: range(1, 1_000),
  minTokensPerSecond: range(0.01, 100_000),
  maxTimeToFirstTokenSeconds: range(0.001, 3_600),
  /** Dollars per million tokens: ten thousand times today's dearest list price is still in range. */
  pricePerM: range(0, 10_000),
  /** Dollars per million tokens kept in a provider's cache for an hour. */
  cacheStoragePerMHour: range(0, 10_000),
  /** Tokens kept in a provider's cache: ten thousand prompts of a million tokens each. */
  cacheStorageTokens: range(0, 1e10),
  /** Hours a month the cache is kept: at most the month's. */
  cacheStorageHours: range(0, HOURS_PER_MONTH),
  /** Output tokens an option writes per token of the reference model. */
  verbosity: range(0.001, 100),
  /** Share of attempts that succeed: 0 would retry for ever. */
  successRate: range(0.01, 1),
  usdPerGpuHour: range(0, 10_000),
  /** A reserved term's discount on the on-demand rate; 100% off would be a free GPU. */
  reservedDiscount: range(0, 0.95),
  usdPerGpu: range(0, 100_000_000),
  years: range(0.25, 50),
  pue: range(1, 5),
  usdPerKwh: range(0, 100),
  colocationUsdPerKwMonth: range(0, 1_000_000),
  gpusPerReplica: wholeRange(1, 4_096),
  minReplicas: wholeRange(1, 1_000_000),
  /** Busiest-hour utilisation to plan for; below 5% a fleet is all headroom. */
  headroom: range(0.05, 1),
  engineerFte: range(0, 10_000),
  engineerUsdPerYear: range(0, 100_000_000),
  /** One-off or monthly dollars. */
  usd: range(0, 1e12),
  setupMonths: range(1, 1_200),
  /** A share of the GPU's peak bandwidth or FLOPS reached. */
  efficiency: range(0.01, 1),
  measuredOutputTokensPerSecond: range(0.001, 1e9),
} as const satisfies Record<string, Limit>;

/** Options one scenario may compare: far more than a page shows, few enough to cost at once. */
export const MAX_SCENARIO_OPTIONS = 50;
