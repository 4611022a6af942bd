import { apiOffers } from "./api-offers";
import { assumptions } from "./assumptions";
import { gpus } from "./gpus";
import { lookup } from "./lookup";
import { openModels } from "./models";
import { qualityRecords } from "./quality";
import { figureAt, superseded, type AssumptionKey } from "./history";
import type { ApiOffer, Gpu, PricePoint, Range } from "./types";

export type * from "./types";
export type { Catalog } from "./lookup";
export { apiOffers } from "./api-offers";
export { openModels } from "./models";
export { gpus } from "./gpus";
export {
  qualityRecords,
  qualityFamily,
  anyRecordOf,
  referenceFamily,
  tokenFactor,
  type TokenFactor,
} from "./quality";
export { effortTokenFactor, offersEffort, type EffortFactor } from "./effort";
export * from "./assumptions";
export { catalogVersion, catalogDate, parseCatalogVersion } from "./version";
export { articleSaving } from "./article";

/**
 * The catalog the app computes with. In the page's build its records carry no `source` or
 * `notes` (see scripts/vite-catalog-provenance.ts); `provenance.ts` has them.
 */
export const catalog = lookup({
  apiOffers,
  openModels,
  gpus,
  qualityRecords,
  assumptions,
});

export const { findApiOffer, findOpenModel, findGpu, findQuality } = catalog;

/** How an offer is named in results and lists: "Muse Spark (Meta)". */
export const offerLabel = (offer: ApiOffer) =>
  `${offer.model} (${offer.vendor})`;

/**
 * A self-hosted option's name everywhere it is shown: "Llama 3.3 70B on 2 × H100 SXM5 80GB", or
 * without the count while it is not known.
 */
export const selfHostLabel = (
  model: string,
  gpu: string,
  gpus?: number | string,
) =>
  gpus === undefined ? `${model} on ${gpu}` : `${model} on ${gpus} × ${gpu}`;

/**
 * The Intelligence Index record of the model a price point sells: its own when the offer's model
 * changed version under the same name (Muse Spark's list price is Muse Spark 1.1's).
 */
export const qualityIdOf = (offer: ApiOffer, point: PricePoint | undefined) =>
  point?.qualityId ?? offer.qualityId;

/** The offer's newest price point: the one in effect at this catalog's date. */
export function currentPrice(offer: ApiOffer): PricePoint {
  const latest = offer.prices.at(-1);
  if (!latest) throw new Error(`API offer '${offer.id}' has no price`);
  return latest;
}

/** The price point has an end date, and `date` is after it. */
export const priceEnded = (point: PricePoint, date: string) =>
  point.until !== undefined && point.until < date;

/**
 * The offer's price point in effect on `date` (ISO, `2026-07-01`): the latest one dated on or
 * before it that has not ended. An offer that came later than `date` has none then, and gets
 * its earliest; one whose every point has ended keeps its latest.
 */
export function priceAt(offer: ApiOffer, date: string): PricePoint {
  const point =
    offer.prices.findLast((p) => p.asOf <= date && !priceEnded(p, date)) ??
    offer.prices.findLast((p) => p.asOf <= date) ??
    offer.prices[0];
  if (!point) throw new Error(`API offer '${offer.id}' has no price`);
  return point;
}

/** A GPU's typical rental and its purchase range as the catalog of `date` had them. */
export function gpuPricesAt(
  gpu: Gpu,
  date: string,
): { rentalTypical: number; purchase: Range } {
  return {
    rentalTypical: figureAt(
      date,
      gpu.rental.typical,
      (change) => change.gpus?.[gpu.id]?.rentalTypical,
      superseded,
    ),
    purchase: figureAt(
      date,
      { low: gpu.purchase.low, high: gpu.purchase.high },
      (change) => change.gpus?.[gpu.id]?.purchase,
      superseded,
    ),
  };
}

/** A cost assumption's value as the catalog of `date` had it. */
export function assumptionAt(key: AssumptionKey, date: string): number {
  return figureAt(
    date,
    assumptions[key].value,
    (change) => change.assumptions?.[key],
    superseded,
  );
}
