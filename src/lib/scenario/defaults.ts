/**
 * Filling forms from the catalog: fresh options, the default scenario, and the figures a link made
 * with an older catalog had as its defaults.
 */
import { DEFAULT_STACK } from "../engine/stacks";
import {
  apiOffers,
  assumptionAt,
  assumptions,
  catalogDate,
  findApiOffer,
  findGpu,
  gpuPricesAt,
  priceAt,
  type ApiOffer,
  type PricePoint,
  type TokenPrices,
} from "../catalog";
import type { AssumptionKey } from "../catalog/history";
import type { WeightPrecision } from "../catalog/types";
import { defaultKvPrecision } from "../engine/architecture";
import {
  API_NUMBERS,
  formText,
  initialValues,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
  type SelfHostNumberKey,
} from "./fields";
import type {
  ApiForm,
  OptionForm,
  PriceFields,
  SelfHostForm,
  WorkloadForm,
} from "./form";

/** Every field of a table at its starting value; empty where it has none. */
function initialText<K extends string>(
  table: Record<K, FieldSpec>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keysOf(table)) {
    const { initial } = table[key];
    out[key] = initial === undefined ? "" : formText(table[key], initial);
  }
  return out;
}

function priceFields(prices: TokenPrices): PriceFields {
  return {
    input: formText(PRICE_NUMBERS.input, prices.inputPerM),
    cached: formText(PRICE_NUMBERS.cached, prices.cachedInputPerM),
    output: formText(PRICE_NUMBERS.output, prices.outputPerM),
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
    batchDiscountPercent: formText(
      API_NUMBERS.batchDiscountPercent,
      point.batchDiscount,
    ),
    cacheWritePerM:
      point.cacheWritePerM === undefined
        ? ""
        : formText(API_NUMBERS.cacheWritePerM, point.cacheWritePerM),
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
      effort: "",
      prices: empty,
      low: empty,
      high: empty,
      ...initialText(API_NUMBERS),
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
] as const satisfies readonly SelfHostNumberKey[];
export type CatalogCostField = (typeof CATALOG_COST_FIELDS)[number];

/** What the catalog gives a self-hosted option, in the engine's units and names. */
export interface CatalogDefaults {
  usdPerGpuHour?: number;
  usdPerGpu?: number;
  years: number;
  costOfCapital: number;
  pue: number;
  usdPerKwh: number;
  colocationUsdPerKwMonth: number;
  engineerUsdPerYear: number;
}

/**
 * What the catalog of `asOf` gives a self-hosted option on `gpuId`: the page's form and the
 * command line's scenario file both start from these. The GPU's two prices are left out when the
 * catalog has no such GPU.
 */
export function catalogDefaults(
  gpuId: string | undefined,
  asOf = catalogDate,
): CatalogDefaults {
  const gpu = gpuId === undefined ? undefined : findGpu(gpuId);
  const prices = gpu && gpuPricesAt(gpu, asOf);
  const at = (key: AssumptionKey) => assumptionAt(key, asOf);
  return {
    ...(prices && {
      usdPerGpuHour: prices.rentalTypical,
      // A GPU's price is a low–high quote; a server holds it, so each GPU carries its share.
      usdPerGpu:
        (prices.purchase.low + prices.purchase.high) / 2 +
        at("serverCostPerGpuUsd"),
    }),
    years: at("hardwareYears"),
    costOfCapital: at("costOfCapital"),
    pue: at("pue"),
    usdPerKwh: at("electricityUsdPerKwh"),
    colocationUsdPerKwMonth: at("colocationUsdPerKwMonth"),
    engineerUsdPerYear: at("engineerLoadedYearlyUsd"),
  };
}

/** Each catalog cost field's name in the engine (and in `CatalogDefaults`). */
const ENGINE_NAME: Record<CatalogCostField, keyof CatalogDefaults> = {
  usdPerGpuHour: "usdPerGpuHour",
  usdPerGpu: "usdPerGpu",
  years: "years",
  costOfCapitalPercent: "costOfCapital",
  pue: "pue",
  usdPerKwh: "usdPerKwh",
  colocationUsdPerKwMonth: "colocationUsdPerKwMonth",
  engineerUsdPerYear: "engineerUsdPerYear",
};

/** Owned GPUs' power figures that no form field holds: the catalog's, always today's. */
export const powerAssumptions = () => ({
  nodePowerOverhead: assumptions.nodePowerOverhead.value,
  idlePowerFraction: assumptions.gpuIdlePowerFraction.value,
});

/** `catalogDefaults` as the form writes them. */
export function catalogCosts(
  gpuId: string,
  asOf = catalogDate,
): Partial<Record<CatalogCostField, string>> {
  const defaults = catalogDefaults(gpuId, asOf);
  const costs: Partial<Record<CatalogCostField, string>> = {};
  for (const key of CATALOG_COST_FIELDS) {
    const value = defaults[ENGINE_NAME[key]];
    if (value !== undefined)
      costs[key] = formText(SELF_HOST_NUMBERS[key], value);
  }
  return costs;
}

/**
 * The option on another GPU, at that GPU's catalog prices, except a price the user typed: a value
 * still at the old GPU's catalog figure follows the GPU, one typed over it stays.
 */
export function withGpu(form: SelfHostForm, gpuId: string): SelfHostForm {
  const next = catalogCosts(gpuId);
  const old = catalogCosts(form.gpuId);
  const follow = (key: "usdPerGpuHour" | "usdPerGpu") =>
    next[key] !== undefined && Number(form[key]) === Number(old[key])
      ? next[key]
      : form[key];
  return {
    ...form,
    gpuId,
    usdPerGpuHour: follow("usdPerGpuHour"),
    usdPerGpu: follow("usdPerGpu"),
  };
}

/** A self-hosted option's form; without `gpus`, its GPU count is left automatic. */
export function selfHostForm(
  key: string,
  modelId: string,
  gpuId: string,
  gpus: number | undefined,
  weights: WeightPrecision,
  asOf = catalogDate,
): SelfHostForm {
  return {
    ...initialText(SELF_HOST_NUMBERS),
    kind: "self-host",
    key,
    modelId,
    gpuId,
    gpusPerReplica: gpus === undefined ? "" : String(gpus),
    effort: "",
    weights,
    kv: defaultKvPrecision(weights),
    stack: DEFAULT_STACK,
    hosting: "rented",
    ...catalogCosts(gpuId, asOf),
  };
}

/** The default scenario: the article's question at a busy team's volume. */
export function defaultWorkload(): WorkloadForm {
  return {
    ...initialText(WORKLOAD_NUMBERS),
    period: "month",
    // Empty: the baseline's model, following the baseline.
    referenceModel: "",
  };
}

/** The default scenario's options, priced as the catalog stood on `asOf`. */
export function defaultOptions(asOf = catalogDate): OptionForm[] {
  return [
    apiForm("muse-spark", "muse-spark", undefined, asOf),
    selfHostForm(
      "self-hosted",
      "llama-4-maverick",
      "h100-sxm",
      undefined,
      "fp8",
      asOf,
    ),
  ];
}

export const DEFAULT_BASELINE = "muse-spark";

/** The API "Add an API" offers first: the article's comparison, a leading proprietary model. */
const FIRST_API_TO_ADD = "gpt-5.4";

/**
 * The API "Add an API" adds: GPT-5.4 unless the scenario has it, then the catalog's offers in
 * order, so an added option is never a copy of one already there. With every offer present, the
 * first comes again.
 */
export function nextApiOffer(options: readonly OptionForm[]): string {
  const used = new Set(
    options.flatMap((o) => (o.kind === "api" ? [o.offerId] : [])),
  );
  const order = [FIRST_API_TO_ADD, ...apiOffers.map((o) => o.id)];
  return order.find((id) => !used.has(id)) ?? FIRST_API_TO_ADD;
}

/**
 * The workload a scenario file leaves out, in the engine's units: the page's starting values. The
 * volume is not among them (the page's is typed per a period, and a file states its own).
 */
export function workloadDefaults(): Record<string, unknown> {
  const { rate, ...rest } = WORKLOAD_NUMBERS;
  return initialValues(rest);
}

/** `given` laid over `defaults`, object inside object: `latency` may name one of its fields. */
export function withDefaults(
  defaults: Record<string, unknown>,
  given: object,
): Record<string, unknown> {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    const under = out[key];
    out[key] =
      isObject(under) && isObject(value) ? withDefaults(under, value) : value;
  }
  return out;
}

/** A plain object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
