/**
 * A scenario as the user writes it — the calculator's form, and what a link or a saved workspace
 * holds: what the user typed, kept as text so a bad value can be shown and explained.
 * `read.ts` turns it into the engine's Scenario; `defaults.ts` fills it from the catalog.
 */
import { currentPrice, findApiOffer, type PricePoint } from "../catalog";
import type { KvPrecision, WeightPrecision } from "../catalog/types";
import type { RatePeriod } from "../engine/units";

export interface WorkloadForm {
  rate: string;
  period: RatePeriod;
  inputTokens: string;
  outputTokens: string;
  /** Quality family whose output the output tokens count (`muse-spark`, `gpt-5.4`, …). */
  referenceModel: string;
  cachedPercent: string;
  batchPercent: string;
  peakToAverage: string;
  minTokensPerSecond: string;
  maxTimeToFirstTokenSeconds: string;
}

export interface PriceFields {
  input: string;
  cached: string;
  output: string;
}

export interface ApiForm {
  kind: "api";
  /** Stable identity for keyed lists and field paths. */
  key: string;
  offerId: string;
  pricePoint: string;
  prices: PriceFields;
  low: PriceFields;
  high: PriceFields;
  batchDiscountPercent: string;
  /** Empty: derived from the Intelligence Index token counts. */
  verbosity: string;
}

export interface SelfHostForm {
  kind: "self-host";
  key: string;
  modelId: string;
  gpuId: string;
  gpusPerReplica: string;
  weights: WeightPrecision;
  kv: KvPrecision;
  hosting: "rented" | "owned";
  usdPerGpuHour: string;
  usdPerGpu: string;
  years: string;
  costOfCapitalPercent: string;
  pue: string;
  usdPerKwh: string;
  colocationUsdPerKwMonth: string;
  engineerFte: string;
  engineerUsdPerYear: string;
  setupUsd: string;
  otherUsdPerMonth: string;
  headroomPercent: string;
  minReplicas: string;
  verbosity: string;
  /** Advanced: efficiency overrides (empty: calibrated) and a measured throughput. */
  bandwidthPercent: string;
  computePercent: string;
  prefillPercent: string;
  measuredOutputTokensPerSecond: string;
}

export type OptionForm = ApiForm | SelfHostForm;

/** Field path → plain message, e.g. `workload.rate` → "Enter a number from 0.001 to …". */
export type FieldErrors = Record<string, string>;

export const workloadPath = (field: keyof WorkloadForm) => `workload.${field}`;
export const optionPath = (key: string, field: string) =>
  `options.${key}.${field}`;

export function pricePointOf(form: ApiForm): PricePoint | undefined {
  const offer = findApiOffer(form.offerId);
  return (
    offer?.prices.find((p) => p.label === form.pricePoint) ??
    (offer && currentPrice(offer))
  );
}
