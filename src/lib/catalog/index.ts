import { apiOffers } from "./api-offers";
import { assumptions } from "./assumptions";
import { gpus } from "./gpus";
import { lookup } from "./lookup";
import { openModels } from "./models";
import { qualityRecords } from "./quality";
import type { ApiOffer, PricePoint } from "./types";

export type * from "./types";
export type { Catalog } from "./lookup";
export { apiOffers } from "./api-offers";
export { openModels } from "./models";
export { gpus } from "./gpus";
export { qualityRecords, referenceQualityId } from "./quality";
export * from "./assumptions";
export { catalogVersion, catalogDate } from "./version";
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

/** The offer's newest price point. */
export function currentPrice(offer: ApiOffer): PricePoint {
  const latest = offer.prices.at(-1);
  if (!latest) throw new Error(`API offer '${offer.id}' has no price`);
  return latest;
}
