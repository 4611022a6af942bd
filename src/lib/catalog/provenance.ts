/**
 * The catalog with every record's `source` and `notes`, for the assumptions table. The build writes
 * it to a static `provenance.json` (src/routes/provenance.json) that the page fetches after first
 * paint: in a build, the records the page's JavaScript imports leave the prose out (see
 * scripts/vite-catalog-provenance.ts), and the imports below resolve to the full modules.
 */
import { apiOffers } from "./api-offers";
import { assumptions } from "./assumptions";
import { gpus } from "./gpus";
import type { CatalogTables } from "./lookup";
import { openModels } from "./models";
import { qualityRecords } from "./quality";

export const tablesWithProvenance: CatalogTables = {
  apiOffers,
  openModels,
  gpus,
  qualityRecords,
  assumptions,
};
