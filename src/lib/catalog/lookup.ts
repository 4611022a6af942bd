import type { assumptions } from "./assumptions";
import type { ApiOffer, Gpu, OpenModel, QualityRecord } from "./types";

export interface CatalogTables {
  apiOffers: readonly ApiOffer[];
  openModels: readonly OpenModel[];
  gpus: readonly Gpu[];
  qualityRecords: readonly QualityRecord[];
  assumptions: typeof assumptions;
}

export interface Catalog extends CatalogTables {
  findApiOffer(id: string): ApiOffer | undefined;
  findOpenModel(id: string): OpenModel | undefined;
  findGpu(id: string): Gpu | undefined;
  findQuality(id: string): QualityRecord | undefined;
}

/** Lookups by id over a set of catalog tables. */
export function lookup(tables: CatalogTables): Catalog {
  return {
    ...tables,
    findApiOffer: (id) => tables.apiOffers.find((offer) => offer.id === id),
    findOpenModel: (id) => tables.openModels.find((model) => model.id === id),
    findGpu: (id) => tables.gpus.find((gpu) => gpu.id === id),
    findQuality: (id) =>
      tables.qualityRecords.find((record) => record.id === id),
  };
}
