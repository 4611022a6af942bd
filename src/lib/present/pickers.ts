/** Catalog entries as picker items, grouped for the option cards' lists. */
import {
  apiOffers,
  gpus,
  offerLabel,
  openModels,
  qualityRecords,
} from "../catalog";
import { PERIODS_PER_MONTH, type RatePeriod } from "../engine/units";
import { PERIOD_LABELS } from "./labels";

export interface PickerItem {
  id: string;
  label: string;
  group: string;
}

export const apiItems: readonly PickerItem[] = apiOffers.map((offer) => ({
  id: offer.id,
  label:
    offer.kind === "proprietary"
      ? offerLabel(offer)
      : `${offer.model} — ${offer.vendor}`,
  group:
    offer.kind === "proprietary"
      ? `Proprietary: ${offer.vendor}`
      : "Hosted open-weight",
}));

export const modelItems: readonly PickerItem[] = openModels.map((model) => ({
  id: model.id,
  label: `${model.name} (${model.totalParamsB}B${model.moe ? `, ${model.activeParamsB}B active` : ""})`,
  group: model.family,
}));

export const gpuItems: readonly PickerItem[] = gpus.map((gpu) => ({
  id: gpu.id,
  label: `${gpu.name} (${gpu.memoryGB} GB)`,
  group: gpu.vendor,
}));

/**
 * Models whose output tokens the workload can be counted in: the baseline's, following it (the
 * default, empty), or one pinned among those with measured token use.
 */
export const referenceChoices: readonly { value: string; label: string }[] = [
  { value: "", label: "The baseline's model (follows the baseline)" },
  ...[
    ...new Map(
      qualityRecords.map((q) => [q.id.split("@")[0]!, q.model]),
    ).entries(),
  ].map(([value, label]) => ({ value, label })),
];

/** The periods a request rate can be given per, for the workload's select. */
export const periodChoices: readonly { value: RatePeriod; label: string }[] = (
  Object.keys(PERIODS_PER_MONTH) as RatePeriod[]
).map((value) => ({ value, label: PERIOD_LABELS[value] }));
