import { apiOffers } from "./api-offers";
import { gpus } from "./gpus";
import { openModels } from "./models";
import { qualityRecords } from "./quality";
import type {
  ApiOffer,
  Gpu,
  OpenModel,
  PricePoint,
  QualityRecord,
} from "./types";

export type * from "./types";
export { apiOffers } from "./api-offers";
export { openModels } from "./models";
export { gpus } from "./gpus";
export { qualityRecords, referenceQualityId } from "./quality";
export * from "./assumptions";
export { catalogVersion, catalogDate } from "./version";
export { articleSaving } from "./article";

export function findApiOffer(id: string): ApiOffer | undefined {
  return apiOffers.find((offer) => offer.id === id);
}

export function findOpenModel(id: string): OpenModel | undefined {
  return openModels.find((model) => model.id === id);
}

export function findGpu(id: string): Gpu | undefined {
  return gpus.find((gpu) => gpu.id === id);
}

export function findQuality(id: string): QualityRecord | undefined {
  return qualityRecords.find((record) => record.id === id);
}

export function currentPrice(offer: ApiOffer): PricePoint {
  const latest = offer.prices.at(-1);
  if (!latest) throw new Error(`API offer '${offer.id}' has no price`);
  return latest;
}
