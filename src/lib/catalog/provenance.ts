/**
 * The catalog with every record's `source` and `notes`, for the assumptions table. The page loads
 * it after first paint: in a build, the records it imports first leave the prose out (see
 * scripts/vite-catalog-provenance.ts), and the imports below resolve to the full modules.
 */
import { apiOffers } from "./api-offers";
import { assumptions } from "./assumptions";
import { gpus } from "./gpus";
import { lookup } from "./lookup";
import { openModels } from "./models";
import { qualityRecords } from "./quality";

export const catalogWithProvenance = lookup({
  apiOffers,
  openModels,
  gpus,
  qualityRecords,
  assumptions,
});
