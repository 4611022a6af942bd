/**
 * Filling forms from the catalog: fresh options, the default scenario, and the figures a link made
 * with an older catalog had as its defaults.
 */
import {
  assumptionAt,
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
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
} from "../engine/defaults";
import { defaultKvPrecision } from "../engine/architecture";
import { calibratedEfficiency } from "../engine/efficiency";
import type {
  ApiForm,
  OptionForm,
  PriceFields,
  SelfHostForm,
  WorkloadForm,
} from "./form";

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
