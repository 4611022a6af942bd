import { findApiOffer, findGpu, findOpenModel, offerLabel } from "../catalog";
import type { OptionForm } from "../scenario/form";

export const BREAKDOWN_LABELS: Readonly<Record<string, string>> = {
  input: "Input tokens",
  "cached-input": "Cached input",
  output: "Output tokens",
  "gpu-rental": "GPU rental",
  hardware: "Hardware (annualised)",
  power: "Power",
  colocation: "Colocation",
  engineers: "Engineers",
  setup: "Setup (spread)",
  other: "Other",
};

export const PERIOD_LABELS = {
  second: "per second",
  minute: "per minute",
  hour: "per hour",
  day: "per day",
  month: "per month",
} as const;

/** An option's name from its form, shown on its card even while its values are invalid. */
export function optionTitle(form: OptionForm): string {
  if (form.kind === "api") {
    const offer = findApiOffer(form.offerId);
    return offer ? offerLabel(offer) : form.offerId;
  }
  const model = findOpenModel(form.modelId)?.name ?? form.modelId;
  const gpu = findGpu(form.gpuId)?.name ?? form.gpuId;
  const gpus = Number(form.gpusPerReplica);
  return `${model} on ${Number.isInteger(gpus) && gpus > 0 ? gpus : "?"} × ${gpu}`;
}
