/**
 * Every number a person types, once: what the field is called, its unit, its range (the engine's,
 * scaled to what the form shows), where its value goes in the engine's input, how the comparison
 * prints it, its help, its starting value, and whether it can hold a range. The form's rules, the
 * inputs, the comparison table and its CSV, the link's payload and the re-pricing notice all read
 * this table, so adding a field is one entry here plus its use in the engine.
 */
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
} from "../engine/defaults";
import { DEFAULT_STACK, stackEfficiency } from "../engine/stacks";
import { assumptions } from "../catalog/assumptions";
import { LIMITS, type Limit } from "../engine/limits";
import type { Distribution } from "../engine/random";
import { SECONDS_PER_MONTH } from "../engine/units";
import {
  formatNumber,
  formatPercentValue,
  formatTimes,
  formatUsd,
  formatWithUnit,
} from "../format";

export interface FieldSpec {
  readonly label: string;
  /** The unit beside the input; the comparison and its CSV spell `$` as USD. */
  readonly unit?: string;
  /** The unit in full, where there is room for it (the comparison, its CSV). */
  readonly unitInFull?: string;
  /** Where the value goes in the engine's workload or option, e.g. `hosting.costOfCapital`. */
  readonly engine: string;
  /** The engine's range for the value. */
  readonly limit: Limit;
  /** What the form shows per engine unit: 100 for a share typed as a percent. */
  readonly scale?: number;
  /** Empty text is allowed and means "the default" (its placeholder says which). */
  readonly optional?: true;
  /** What an empty optional field stands for, in a word: "calibrated". */
  readonly emptyMeans?: string;
  /** How the comparison prints a typed value. */
  readonly show: (n: number) => string;
  readonly hint?: string;
  readonly placeholder?: string;
  /** The value a new form starts with, in engine units; none: empty, or from the catalog. */
  readonly initial?: number;
  /** Whether the value can be given as a range (low, most likely, high). */
  readonly range: boolean;
  /** How a new range spreads; triangular unless said. */
  readonly distribution?: Distribution;
  /** Only for self-hosting on GPUs of this kind. */
  readonly hosting?: "rented" | "owned";
}

const plain = (n: number) => formatNumber(n, 3);
const percent = 100;

/** The workload's typed numbers, in the order the page shows them. */
export const WORKLOAD_NUMBERS = {
  // Typed per the chosen period: its form range is the engine's divided by the period's length.
  rate: {
    label: "Requests per period",
    engine: "requestsPerMonth",
    limit: LIMITS.requestsPerMonth,
    show: plain,
    // Typed per month by default (a volume typed per second by mistake is a million times too
    // big); five requests a second, a busy team's volume.
    initial: 5 * SECONDS_PER_MONTH,
    range: true,
    // A volume is known to within a factor more often than to within an amount.
    distribution: "log-uniform",
  },
  inputTokens: {
    label: "Input per request",
    unit: "tokens",
    engine: "inputTokens",
    limit: LIMITS.inputTokens,
    show: formatWithUnit("tokens"),
    initial: 1500,
    range: true,
  },
  outputTokens: {
    label: "Output per request",
    unit: "tokens",
    engine: "outputTokens",
    limit: LIMITS.outputTokens,
    show: formatWithUnit("tokens"),
    initial: 500,
    range: true,
  },
  cachedPercent: {
    label: "Input from prompt cache",
    unit: "%",
    engine: "cachedShare",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    initial: 0.2,
    range: true,
  },
  cacheWritePercent: {
    label: "Requests writing the cache",
    unit: "%",
    engine: "cacheWriteShare",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    hint: "Their cached part is billed at the cache-write price",
    initial: 0,
    range: true,
  },
  longContextPercent: {
    label: "Requests over the long-context threshold",
    unit: "%",
    engine: "longContextShare",
    limit: LIMITS.share,
    scale: percent,
    optional: true,
    emptyMeans: "by the average prompt",
    show: formatPercentValue,
    placeholder: "by the average",
    hint: "At long-context prices; empty: by the average prompt",
    range: true,
  },
  batchPercent: {
    label: "Traffic that can wait",
    unit: "%",
    engine: "batchShare",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    initial: 0.1,
    range: true,
  },
  peakToAverage: {
    label: "Peak-to-average",
    unit: "times",
    engine: "peakToAverage",
    limit: LIMITS.peakToAverage,
    show: formatTimes,
    hint: "Busiest hour over the month's average",
    initial: 2,
    range: true,
  },
  minTokensPerSecond: {
    label: "Speed per user",
    unit: "tokens/s",
    engine: "latency.minTokensPerSecond",
    limit: LIMITS.minTokensPerSecond,
    show: formatWithUnit("tokens/s"),
    initial: 20,
    range: false,
  },
  maxTimeToFirstTokenSeconds: {
    label: "First token within",
    unit: "s",
    engine: "latency.maxTimeToFirstTokenSeconds",
    limit: LIMITS.maxTimeToFirstTokenSeconds,
    show: formatWithUnit("s"),
    initial: 2,
    range: false,
  },
} as const satisfies Record<string, FieldSpec>;

/** The three prices of an API offer, typed per million tokens. */
export const PRICE_NUMBERS = {
  input: {
    label: "Input price",
    unit: "$/1M",
    unitInFull: "$/1M tokens",
    engine: "inputPerM",
    limit: LIMITS.pricePerM,
    show: formatUsd,
    range: true,
  },
  cached: {
    label: "Cached input price",
    unit: "$/1M",
    unitInFull: "$/1M tokens",
    engine: "cachedInputPerM",
    limit: LIMITS.pricePerM,
    show: formatUsd,
    range: true,
  },
  output: {
    label: "Output price",
    unit: "$/1M",
    unitInFull: "$/1M tokens",
    engine: "outputPerM",
    limit: LIMITS.pricePerM,
    show: formatUsd,
    range: true,
  },
} as const satisfies Record<string, FieldSpec>;

const verbosity = {
  label: "Verbosity",
  unit: "times",
  engine: "verbosity",
  limit: LIMITS.verbosity,
  optional: true,
  emptyMeans: "from the index",
  show: formatTimes,
  placeholder: "from index tokens",
  hint: "Output tokens per reference token; empty: from the Intelligence Index",
  range: true,
} as const satisfies FieldSpec;

const successPercent = {
  label: "Success rate",
  unit: "%",
  engine: "successRate",
  limit: LIMITS.successRate,
  scale: percent,
  optional: true,
  emptyMeans: "100%",
  show: formatPercentValue,
  placeholder: "100",
  hint: "Failures are retried: a task takes 1 / success attempts",
  range: true,
} as const satisfies FieldSpec;

export const API_NUMBERS = {
  cacheWritePerM: {
    label: "Cache-write price",
    unit: "$/1M",
    unitInFull: "$/1M tokens",
    engine: "cacheWritePerM",
    limit: LIMITS.pricePerM,
    optional: true,
    emptyMeans: "the input price",
    show: formatUsd,
    placeholder: "input price",
    range: true,
  },
  // No catalog offer lists a storage price: the user types the provider's.
  cacheStoragePerMHour: {
    label: "Cache storage",
    unit: "$/1M/hour",
    unitInFull: "$ per 1M tokens per hour",
    engine: "cacheStoragePerMHour",
    limit: LIMITS.cacheStoragePerMHour,
    optional: true,
    emptyMeans: "none",
    show: formatUsd,
    placeholder: "none",
    hint: "No catalog offer lists one; type your provider's. Empty: none billed",
    range: false,
  },
  cacheStorageTokens: {
    label: "Tokens kept in the cache",
    unit: "tokens",
    engine: "cacheStorageTokens",
    limit: LIMITS.cacheStorageTokens,
    optional: true,
    emptyMeans: "the cached part of a prompt",
    show: formatWithUnit("tokens"),
    placeholder: "cached part of a prompt",
    hint: "Billed only with a storage price; empty: input × cached share",
    range: false,
  },
  cacheStorageHours: {
    label: "Hours kept a month",
    unit: "hours",
    engine: "cacheStorageHours",
    limit: LIMITS.cacheStorageHours,
    optional: true,
    emptyMeans: "the whole month",
    show: formatWithUnit("hours"),
    placeholder: "730",
    hint: "Empty: the whole month, 730 hours",
    range: false,
  },
  batchDiscountPercent: {
    label: "Batch discount",
    unit: "%",
    engine: "batchDiscount",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    initial: 0,
    range: false,
  },
  verbosity,
  successPercent,
} as const satisfies Record<string, FieldSpec>;

const DEFAULT_EFFICIENCY = stackEfficiency(DEFAULT_STACK);

/** An efficiency override: empty uses the default stack's calibrated factor, shown as the placeholder. */
const efficiency = (
  label: string,
  engine: "bandwidth" | "compute" | "prefill",
) =>
  ({
    label,
    unit: "%",
    engine: `efficiency.${engine}`,
    limit: LIMITS.efficiency,
    scale: percent,
    optional: true,
    emptyMeans: "calibrated",
    show: formatPercentValue,
    placeholder: String(
      Number((DEFAULT_EFFICIENCY[engine] * percent).toPrecision(3)),
    ),
    range: false,
  }) as const satisfies FieldSpec;

export const SELF_HOST_NUMBERS = {
  gpusPerReplica: {
    label: "GPUs per replica",
    unitInFull: "GPUs",
    engine: "gpusPerReplica",
    limit: LIMITS.gpusPerReplica,
    optional: true,
    emptyMeans: "automatic",
    placeholder: "auto",
    hint: "Empty: the fewest that hold 8 requests and meet the latency target",
    show: plain,
    range: false,
  },
  usdPerGpuHour: {
    label: "Rent",
    unit: "$/GPU-hour",
    engine: "hosting.usdPerGpuHour",
    limit: LIMITS.usdPerGpuHour,
    show: formatUsd,
    range: true,
    hosting: "rented",
  },
  reservedDiscountPercent: {
    label: "Reserved-term discount",
    unit: "%",
    engine: "hosting.reservedDiscount",
    limit: LIMITS.reservedDiscount,
    scale: percent,
    show: formatPercentValue,
    // Written when shown, not as the module loads: the first number format starts the browser's
    // ICU, which the page does in a task of its own (format.ts, prepareFormats).
    get hint() {
      return `Off the on-demand rate for a committed term; the catalog's typical is ${formatPercentValue(assumptions.reservedDiscount.value * percent)}`;
    },
    initial: 0,
    range: true,
    hosting: "rented",
  },
  usdPerGpu: {
    label: "GPU and server share",
    unit: "$/GPU",
    engine: "hosting.usdPerGpu",
    limit: LIMITS.usdPerGpu,
    show: formatUsd,
    range: true,
    hosting: "owned",
  },
  years: {
    label: "Years of use",
    unit: "years",
    engine: "hosting.years",
    limit: LIMITS.years,
    show: plain,
    range: true,
    hosting: "owned",
  },
  residualPercent: {
    label: "Resale value at the end",
    unit: "% of price",
    engine: "hosting.residualShare",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    initial: 0,
    range: true,
    hosting: "owned",
  },
  costOfCapitalPercent: {
    label: "Cost of capital",
    unit: "%/year",
    engine: "hosting.costOfCapital",
    limit: LIMITS.share,
    scale: percent,
    show: formatPercentValue,
    range: true,
    hosting: "owned",
  },
  pue: {
    label: "PUE",
    unit: "times",
    engine: "hosting.pue",
    limit: LIMITS.pue,
    show: formatTimes,
    range: true,
    hosting: "owned",
  },
  usdPerKwh: {
    label: "Electricity",
    unit: "$/kWh",
    engine: "hosting.usdPerKwh",
    limit: LIMITS.usdPerKwh,
    show: formatUsd,
    range: true,
    hosting: "owned",
  },
  colocationUsdPerKwMonth: {
    label: "Colocation",
    unit: "$/kW-month",
    engine: "hosting.colocationUsdPerKwMonth",
    limit: LIMITS.colocationUsdPerKwMonth,
    show: formatUsd,
    range: true,
    hosting: "owned",
  },
  engineerFte: {
    label: "Engineers",
    unit: "FTE",
    engine: "engineerFte",
    limit: LIMITS.engineerFte,
    show: plain,
    initial: DEFAULT_ENGINEER_FTE,
    range: true,
  },
  engineerUsdPerYear: {
    label: "Cost per engineer",
    unit: "$/year",
    engine: "engineerUsdPerYear",
    limit: LIMITS.engineerUsdPerYear,
    show: formatUsd,
    range: true,
  },
  setupUsd: {
    label: `Setup (spread over ${DEFAULT_SETUP_MONTHS} months)`,
    unit: "$",
    engine: "setupUsd",
    limit: LIMITS.usd,
    show: formatUsd,
    initial: 0,
    range: true,
  },
  otherUsdPerMonth: {
    label: "Other",
    unit: "$/month",
    engine: "otherUsdPerMonth",
    limit: LIMITS.usd,
    show: formatUsd,
    initial: 0,
    range: true,
  },
  headroomPercent: {
    label: "Peak utilisation target",
    unit: "%",
    engine: "headroom",
    limit: LIMITS.headroom,
    scale: percent,
    show: formatPercentValue,
    initial: DEFAULT_HEADROOM,
    range: true,
  },
  minReplicas: {
    label: "Minimum replicas",
    unitInFull: "replicas",
    engine: "minReplicas",
    limit: LIMITS.minReplicas,
    show: plain,
    initial: DEFAULT_MIN_REPLICAS,
    range: false,
  },
  verbosity,
  successPercent,
  bandwidthPercent: efficiency("Memory bandwidth reached", "bandwidth"),
  computePercent: efficiency("Matrix compute reached", "compute"),
  prefillPercent: efficiency("Attention compute reached", "prefill"),
  measuredOutputTokensPerSecond: {
    label: "Measured throughput per replica",
    unit: "output tokens/s",
    engine: "measuredOutputTokensPerSecond",
    limit: LIMITS.measuredOutputTokensPerSecond,
    optional: true,
    emptyMeans: "estimated",
    show: formatWithUnit("tokens/s"),
    hint: "Your own measurement at the latency target, used instead of the estimate",
    range: true,
  },
} as const satisfies Record<string, FieldSpec>;

export type WorkloadNumberKey = keyof typeof WORKLOAD_NUMBERS;
export type PriceKey = keyof typeof PRICE_NUMBERS;
export type ApiNumberKey = keyof typeof API_NUMBERS;
export type SelfHostNumberKey = keyof typeof SELF_HOST_NUMBERS;

/** The keys of a table, in its order. */
export const keysOf = <K extends string>(table: Record<K, FieldSpec>) =>
  Object.keys(table) as K[];

/** Each field's label, by its key. */
export const labelsOf = (table: Record<string, FieldSpec>) =>
  Object.fromEntries(
    Object.entries(table).map(([key, field]) => [key, field.label]),
  );

/** Whether an option shows the field: hosting costs only for their kind of hosting. */
export const shownFor = (field: FieldSpec, form: { hosting: string }) =>
  field.hosting === undefined || field.hosting === form.hosting;

/** The range the form accepts: the engine's, in the form's units. */
export function formLimit(field: FieldSpec): Limit {
  const scale = field.scale ?? 1;
  // Rounded so 0.05 × 100 reads as 5, not 5.000000000000001.
  const scaled = (n: number) => Number((n * scale).toPrecision(12));
  return {
    ...field.limit,
    min: scaled(field.limit.min),
    max: scaled(field.limit.max),
  };
}

/** An engine value as the form writes it: 0.2 → "20" for a percent. */
export const formText = (field: FieldSpec, value: number) =>
  String(Number((value * (field.scale ?? 1)).toPrecision(6)));

/** The unit as a spreadsheet header says it: "$/GPU-hour" → "USD/GPU-hour". */
export const headerUnit = (field: FieldSpec) =>
  (field.unitInFull ?? field.unit)?.replaceAll("$", "USD") ?? null;

/** Sets `value` at a dotted path, making the objects on the way. */
export function setPath(
  target: Record<string, unknown>,
  path: string,
  value: unknown,
) {
  const parts = path.split(".");
  let at = target;
  for (const part of parts.slice(0, -1)) {
    const next = (at[part] ??= {});
    at = next as Record<string, unknown>;
  }
  at[parts.at(-1)!] = value;
}

/** A table's starting values at their places in the engine's input (`latency.…` nests). */
export function initialValues(
  table: Record<string, FieldSpec>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(table))
    if (field.initial !== undefined) setPath(out, field.engine, field.initial);
  return out;
}

/** The distribution a new range of the field starts with. */
export const rangeDistribution = (field: FieldSpec): Distribution =>
  field.distribution ?? "triangular";
