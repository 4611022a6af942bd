/**
 * A scenario as the user writes it — the calculator's form, and what a link or a saved workspace
 * holds: what the user typed, kept as text so a bad value can be shown and explained, and its
 * translation into the engine's Scenario. Every numeric field has a rule; a
 * value outside it becomes a message keyed by the field's path, and the scenario is withheld.
 */
import {
  assumptionAt,
  assumptions,
  catalogDate,
  currentPrice,
  findApiOffer,
  findGpu,
  findOpenModel,
  gpuPricesAt,
  offerLabel,
  priceAt,
  type ApiOffer,
  type PricePoint,
  type TokenPrices,
} from "../catalog";
import type { AssumptionKey } from "../catalog/history";
import type { KvPrecision, WeightPrecision } from "../catalog/types";
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
} from "../engine/defaults";
import { defaultKvPrecision } from "../engine/architecture";
import { calibratedEfficiency } from "../engine/efficiency";
import { verbosityFactor } from "../engine/scenario-spec";
import type {
  ApiOption,
  CostOption,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";
import { PERIODS_PER_MONTH, type RatePeriod } from "../engine/units";

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

interface Rule {
  min: number;
  max: number;
  /** Whether the minimum itself is allowed. */
  minInclusive?: boolean;
  whole?: boolean;
  /** Empty text is allowed and means "use the default". */
  optional?: boolean;
}

const fmt = (n: number) =>
  n.toLocaleString("en-US", { maximumSignificantDigits: 7 });

function ruleText(rule: Rule): string {
  const kind = rule.whole ? "a whole number" : "a number";
  if (rule.minInclusive === false)
    return `Enter ${kind} above ${fmt(rule.min)}, at most ${fmt(rule.max)}.`;
  return `Enter ${kind} from ${fmt(rule.min)} to ${fmt(rule.max)}.`;
}

/**
 * A plain decimal: digits with an optional point and exponent, commas only as thousands
 * separators ("1,500"). "0,5" is refused rather than read as 5, and "0x10" rather than as 16.
 */
function parseDecimal(text: string): number | null {
  const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)
    ? text.replace(/,/g, "")
    : text;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)
    ? Number(plain)
    : null;
}

/** Reads one field: its number, undefined when optional and empty, or a message. */
export function readNumber(
  text: string,
  rule: Rule,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") {
    return rule.optional
      ? { ok: true, value: undefined }
      : { ok: false, message: `Required. ${ruleText(rule)}` };
  }
  const value = parseDecimal(trimmed);
  if (value === null) {
    const hint = trimmed.includes(",") ? " Use a point for decimals." : "";
    return { ok: false, message: `${ruleText(rule)}${hint}` };
  }
  const belowMin =
    rule.minInclusive === false ? value <= rule.min : value < rule.min;
  if (
    !Number.isFinite(value) ||
    belowMin ||
    value > rule.max ||
    (rule.whole && !Number.isInteger(value))
  ) {
    return { ok: false, message: ruleText(rule) };
  }
  return { ok: true, value };
}

/** Collects numbers and messages while a scenario is assembled. */
class Reader {
  errors: FieldErrors = {};

  number(path: string, text: string, rule: Rule): number {
    const read = readNumber(text, rule);
    if (read.ok) return read.value ?? Number.NaN;
    this.errors[path] = read.message;
    return Number.NaN;
  }

  optional(path: string, text: string, rule: Rule): number | undefined {
    const read = readNumber(text, { ...rule, optional: true });
    if (read.ok) return read.value;
    this.errors[path] = read.message;
    return undefined;
  }
}

const PERCENT: Rule = { min: 0, max: 100 };
const PRICE: Rule = { min: 0, max: 10_000 };
const USD: Rule = { min: 0, max: 1e12 };

export const workloadPath = (field: keyof WorkloadForm) => `workload.${field}`;
export const optionPath = (key: string, field: string) =>
  `options.${key}.${field}`;

function readWorkload(r: Reader, w: WorkloadForm): Workload {
  const p = (field: keyof WorkloadForm) => workloadPath(field);
  // The engine takes 1 to 10^13 requests a month; the field holds them per the chosen period.
  const perMonth = PERIODS_PER_MONTH[w.period];
  const rate = r.number(p("rate"), w.rate, {
    min: Number((1 / perMonth).toPrecision(2)),
    max: 1e13 / perMonth,
  });
  return {
    requestsPerMonth: rate * PERIODS_PER_MONTH[w.period],
    inputTokens: r.number(p("inputTokens"), w.inputTokens, {
      min: 0,
      max: 10_000_000,
    }),
    outputTokens: r.number(p("outputTokens"), w.outputTokens, {
      min: 1,
      max: 10_000_000,
    }),
    cachedShare: r.number(p("cachedPercent"), w.cachedPercent, PERCENT) / 100,
    batchShare: r.number(p("batchPercent"), w.batchPercent, PERCENT) / 100,
    peakToAverage: r.number(p("peakToAverage"), w.peakToAverage, {
      min: 1,
      max: 1000,
    }),
    latency: {
      minTokensPerSecond: r.number(
        p("minTokensPerSecond"),
        w.minTokensPerSecond,
        { min: 0.01, max: 100_000 },
      ),
      maxTimeToFirstTokenSeconds: r.number(
        p("maxTimeToFirstTokenSeconds"),
        w.maxTimeToFirstTokenSeconds,
        {
          min: 0.001,
          max: 3600,
        },
      ),
    },
  };
}

function readPrices(r: Reader, path: string, fields: PriceFields): TokenPrices {
  return {
    inputPerM: r.number(`${path}.input`, fields.input, PRICE),
    cachedInputPerM: r.number(`${path}.cached`, fields.cached, PRICE),
    outputPerM: r.number(`${path}.output`, fields.output, PRICE),
  };
}

export function pricePointOf(form: ApiForm): PricePoint | undefined {
  const offer = findApiOffer(form.offerId);
  return (
    offer?.prices.find((p) => p.label === form.pricePoint) ??
    (offer && currentPrice(offer))
  );
}

/** An API option's name in results: "Muse Spark (Meta)". */

function readApi(r: Reader, form: ApiForm, referenceModel: string): ApiOption {
  const path = (field: string) => optionPath(form.key, field);
  const offer = findApiOffer(form.offerId);
  const point = pricePointOf(form);
  const ranged = point?.quote.status === "unannounced";
  const pricing: ApiOption["pricing"] = ranged
    ? {
        kind: "range",
        low: readPrices(r, path("low"), form.low),
        high: readPrices(r, path("high"), form.high),
      }
    : { kind: "known", prices: readPrices(r, path("prices"), form.prices) };
  if (pricing.kind === "range") {
    for (const [field, key] of [
      ["input", "inputPerM"],
      ["cached", "cachedInputPerM"],
      ["output", "outputPerM"],
    ] as const) {
      if (pricing.low[key] > pricing.high[key])
        r.errors[path(`high.${field}`)] =
          "The high price must not be below the low one.";
    }
  }
  return {
    kind: "api",
    id: form.key,
    label: offer ? offerLabel(offer) : form.offerId,
    pricing,
    batchDiscount:
      r.number(
        path("batchDiscountPercent"),
        form.batchDiscountPercent,
        PERCENT,
      ) / 100,
    longContext: point?.longContext,
    verbosity:
      r.optional(path("verbosity"), form.verbosity, { min: 0.001, max: 100 }) ??
      verbosityFactor(offer?.qualityId, referenceModel),
    contextWindow: offer?.contextWindow,
  };
}

function readSelfHost(
  r: Reader,
  form: SelfHostForm,
  referenceModel: string,
): SelfHostOption | null {
  const path = (field: string) => optionPath(form.key, field);
  const model = findOpenModel(form.modelId);
  const gpu = findGpu(form.gpuId);
  if (!model) r.errors[path("modelId")] = "Pick a model from the catalog.";
  if (!gpu) r.errors[path("gpuId")] = "Pick a GPU from the catalog.";
  const n = (field: keyof SelfHostForm, rule: Rule) =>
    r.number(path(field), String(form[field]), rule);
  const share = (field: keyof SelfHostForm) => {
    const value = r.optional(path(field), String(form[field]), {
      min: 1,
      max: 100,
    });
    return value === undefined ? undefined : value / 100;
  };
  const hosting: SelfHostOption["hosting"] =
    form.hosting === "rented"
      ? {
          mode: "rented",
          usdPerGpuHour: n("usdPerGpuHour", { min: 0, max: 10_000 }),
        }
      : {
          mode: "owned",
          usdPerGpu: n("usdPerGpu", { min: 0, max: 1e8 }),
          years: n("years", { min: 0.25, max: 50 }),
          costOfCapital: n("costOfCapitalPercent", PERCENT) / 100,
          pue: n("pue", { min: 1, max: 5 }),
          usdPerKwh: n("usdPerKwh", { min: 0, max: 100 }),
          nodePowerOverhead: assumptions.nodePowerOverhead.value,
          idlePowerFraction: assumptions.gpuIdlePowerFraction.value,
          colocationUsdPerKwMonth: n("colocationUsdPerKwMonth", {
            min: 0,
            max: 1e6,
          }),
        };
  const efficiency = Object.fromEntries(
    (
      [
        ["bandwidth", share("bandwidthPercent")],
        ["compute", share("computePercent")],
        ["prefill", share("prefillPercent")],
      ] as const
    ).filter(([, value]) => value !== undefined),
  );
  const option = {
    kind: "self-host" as const,
    id: form.key,
    label:
      model && gpu
        ? `${model.name} on ${form.gpusPerReplica} × ${gpu.name}`
        : "Self-hosted",
    gpusPerReplica: n("gpusPerReplica", { min: 1, max: 4096, whole: true }),
    weights: form.weights,
    kv: form.kv,
    verbosity:
      r.optional(path("verbosity"), form.verbosity, { min: 0.001, max: 100 }) ??
      verbosityFactor(model?.qualityId, referenceModel),
    hosting,
    minReplicas: n("minReplicas", { min: 1, max: 1_000_000, whole: true }),
    headroom: n("headroomPercent", { min: 5, max: 100 }) / 100,
    engineerFte: n("engineerFte", { min: 0, max: 10_000 }),
    engineerUsdPerYear: n("engineerUsdPerYear", { min: 0, max: 1e8 }),
    setupUsd: n("setupUsd", USD),
    setupMonths: DEFAULT_SETUP_MONTHS,
    otherUsdPerMonth: n("otherUsdPerMonth", USD),
    efficiency,
    measuredOutputTokensPerSecond: r.optional(
      path("measuredOutputTokensPerSecond"),
      form.measuredOutputTokensPerSecond,
      { min: 0.001, max: 1e9 },
    ),
  };
  return model && gpu ? { ...option, model, gpu } : null;
}

export interface ReadScenario {
  scenario: Scenario | null;
  errors: FieldErrors;
}

/** The form as the engine's scenario, or the messages that stand in its way. */
export function readScenario(
  workload: WorkloadForm,
  options: OptionForm[],
  baselineKey: string,
): ReadScenario {
  const r = new Reader();
  const w = readWorkload(r, workload);
  const costOptions: (CostOption | null)[] = options.map((o) =>
    o.kind === "api"
      ? readApi(r, o, workload.referenceModel)
      : readSelfHost(r, o, workload.referenceModel),
  );
  const complete = costOptions.filter((o): o is CostOption => o !== null);
  if (Object.keys(r.errors).length > 0 || complete.length !== options.length) {
    return { scenario: null, errors: r.errors };
  }
  return {
    scenario: { workload: w, options: complete, baselineId: baselineKey },
    errors: {},
  };
}

// ---- Filling forms from the catalog ------------------------------------------------------------

const text = (n: number) => String(Number(n.toPrecision(6)));

/** What an empty efficiency field stands for: the calibrated factor, in percent. */
export const efficiencyPlaceholders = {
  bandwidthPercent: text(calibratedEfficiency.bandwidth * 100),
  computePercent: text(calibratedEfficiency.compute * 100),
  prefillPercent: text(calibratedEfficiency.prefill * 100),
} as const;

function priceFields(prices: TokenPrices): PriceFields {
  return {
    input: text(prices.inputPerM),
    cached: text(prices.cachedInputPerM),
    output: text(prices.outputPerM),
  };
}

/** The form's price fields for one of the offer's price points. */
export function withPricePoint(
  form: ApiForm,
  offer: ApiOffer,
  point: PricePoint,
): ApiForm {
  const quote = point.quote;
  const list = quote.status === "list" ? quote.prices : quote.low;
  return {
    ...form,
    offerId: offer.id,
    pricePoint: point.label,
    prices: priceFields(list),
    low: priceFields(quote.status === "list" ? quote.prices : quote.low),
    high: priceFields(quote.status === "list" ? quote.prices : quote.high),
    batchDiscountPercent: text(point.batchDiscount * 100),
  };
}

/**
 * A fresh API option: the named price point, or else the one in effect on `asOf` — a link made
 * with an older catalog passes its own date, so its defaults are the prices it was made with.
 */
export function apiForm(
  key: string,
  offerId: string,
  pricePoint?: string,
  asOf = catalogDate,
): ApiForm {
  const offer = findApiOffer(offerId);
  if (!offer) throw new Error(`unknown offer ${offerId}`);
  const point =
    offer.prices.find((p) => p.label === pricePoint) ?? priceAt(offer, asOf);
  const empty = { input: "", cached: "", output: "" };
  return withPricePoint(
    {
      kind: "api",
      key,
      offerId,
      pricePoint: point.label,
      prices: empty,
      low: empty,
      high: empty,
      batchDiscountPercent: "0",
      verbosity: "",
    },
    offer,
    point,
  );
}

/** The self-hosting fields whose defaults come from the catalog: GPU prices and cost assumptions. */
export const CATALOG_COST_FIELDS = [
  "usdPerGpuHour",
  "usdPerGpu",
  "years",
  "costOfCapitalPercent",
  "pue",
  "usdPerKwh",
  "colocationUsdPerKwMonth",
  "engineerUsdPerYear",
] as const satisfies readonly (keyof SelfHostForm)[];
export type CatalogCostField = (typeof CATALOG_COST_FIELDS)[number];

/**
 * What the catalog of `asOf` fills in on a self-hosted option on `gpuId`, as the form writes it;
 * the GPU's two prices are left out when the catalog has no such GPU.
 */
export function catalogCosts(
  gpuId: string,
  asOf = catalogDate,
): Partial<Record<CatalogCostField, string>> {
  const gpu = findGpu(gpuId);
  const prices = gpu && gpuPricesAt(gpu, asOf);
  const at = (key: AssumptionKey) => assumptionAt(key, asOf);
  return {
    ...(prices && {
      usdPerGpuHour: text(prices.rentalTypical),
      usdPerGpu: text(
        (prices.purchase.low + prices.purchase.high) / 2 +
          at("serverCostPerGpuUsd"),
      ),
    }),
    years: text(at("hardwareYears")),
    costOfCapitalPercent: text(at("costOfCapital") * 100),
    pue: text(at("pue")),
    usdPerKwh: text(at("electricityUsdPerKwh")),
    colocationUsdPerKwMonth: text(at("colocationUsdPerKwMonth")),
    engineerUsdPerYear: text(at("engineerLoadedYearlyUsd")),
  };
}

/** The option on another GPU, at that GPU's catalog prices. */
export function withGpu(form: SelfHostForm, gpuId: string): SelfHostForm {
  const { usdPerGpuHour, usdPerGpu } = catalogCosts(gpuId);
  if (usdPerGpuHour === undefined || usdPerGpu === undefined)
    return { ...form, gpuId };
  return { ...form, gpuId, usdPerGpuHour, usdPerGpu };
}

export function selfHostForm(
  key: string,
  modelId: string,
  gpuId: string,
  gpus: number,
  weights: WeightPrecision,
  asOf = catalogDate,
): SelfHostForm {
  return {
    kind: "self-host",
    key,
    modelId,
    gpuId,
    gpusPerReplica: String(gpus),
    weights,
    kv: defaultKvPrecision(weights),
    hosting: "rented",
    usdPerGpuHour: "",
    usdPerGpu: "",
    years: "",
    costOfCapitalPercent: "",
    pue: "",
    usdPerKwh: "",
    colocationUsdPerKwMonth: "",
    engineerFte: text(DEFAULT_ENGINEER_FTE),
    engineerUsdPerYear: "",
    setupUsd: "0",
    otherUsdPerMonth: "0",
    headroomPercent: text(DEFAULT_HEADROOM * 100),
    minReplicas: String(DEFAULT_MIN_REPLICAS),
    verbosity: "",
    bandwidthPercent: "",
    computePercent: "",
    prefillPercent: "",
    measuredOutputTokensPerSecond: "",
    ...catalogCosts(gpuId, asOf),
  };
}

/** The default scenario: the article's question at a busy team's volume. */
export function defaultWorkload(): WorkloadForm {
  return {
    rate: "5",
    period: "second",
    inputTokens: "1500",
    outputTokens: "500",
    referenceModel: "muse-spark",
    cachedPercent: "20",
    batchPercent: "10",
    peakToAverage: "2",
    minTokensPerSecond: "20",
    maxTimeToFirstTokenSeconds: "2",
  };
}

/** The default scenario's options, priced as the catalog stood on `asOf`. */
export function defaultOptions(asOf = catalogDate): OptionForm[] {
  return [
    apiForm("muse-spark", "muse-spark", undefined, asOf),
    selfHostForm("self-hosted", "llama-4-maverick", "h100-sxm", 8, "fp8", asOf),
  ];
}

export const DEFAULT_BASELINE = "muse-spark";

/** Engine fields whose form field has another name; the rest keep theirs. */
const WORKLOAD_FIELD: Record<string, keyof WorkloadForm> = {
  requestsPerMonth: "rate",
  cachedShare: "cachedPercent",
  batchShare: "batchPercent",
  "latency.minTokensPerSecond": "minTokensPerSecond",
  "latency.maxTimeToFirstTokenSeconds": "maxTimeToFirstTokenSeconds",
};
const OPTION_FIELD: Record<string, string> = {
  headroom: "headroomPercent",
  batchDiscount: "batchDiscountPercent",
  "hosting.costOfCapital": "costOfCapitalPercent",
  "efficiency.bandwidth": "bandwidthPercent",
  "efficiency.compute": "computePercent",
  "efficiency.prefill": "prefillPercent",
  "pricing.prices.inputPerM": "prices.input",
  "pricing.prices.cachedInputPerM": "prices.cached",
  "pricing.prices.outputPerM": "prices.output",
  "pricing.low.inputPerM": "low.input",
  "pricing.low.cachedInputPerM": "low.cached",
  "pricing.low.outputPerM": "low.output",
  "pricing.high.inputPerM": "high.input",
  "pricing.high.cachedInputPerM": "high.cached",
  "pricing.high.outputPerM": "high.output",
};

/**
 * The form field behind an engine error (`options.1.headroom` → `options.<key>.headroomPercent`),
 * so the message shows beside what the user typed; null when no single field is to blame.
 */
export function formPathOf(
  engineField: string,
  options: OptionForm[],
): string | null {
  const workload = /^workload\.(.+)$/.exec(engineField);
  if (workload)
    return workloadPath(
      WORKLOAD_FIELD[workload[1]!] ?? (workload[1] as keyof WorkloadForm),
    );
  const option = /^options\.(\d+)\.(.+)$/.exec(engineField);
  const form = option && options[Number(option[1])];
  if (!option || !form) return null;
  const field =
    OPTION_FIELD[option[2]!] ?? option[2]!.replace(/^hosting\./, "");
  return optionPath(form.key, field);
}
