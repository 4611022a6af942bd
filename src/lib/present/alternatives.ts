/**
 * Other ways to self-host the same models, for the cost-against-quality chart: each self-hosted
 * option's model on the catalog's other GPUs, at the GPU count the option would take there (the
 * engine's automatic count), paid for as the option is (rented at that GPU's catalog rate, or
 * bought at its catalog price) with everything else the option's, and costed by the engine at
 * the scenario's volume. The same model is the same quality: only the cost moves. Computed when
 * the chart is drawn, never while the answer is.
 */
import { gpus, selfHostLabel, type Gpu } from "../catalog";
import { optionAutomaticCount } from "../engine/gpu-count";
import { prepareOption } from "../engine/option-cost";
import type {
  Hosting,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";
import { catalogDefaults } from "../scenario/defaults";

/** Points the chart adds at most: the cheapest per successful task. */
export const MAX_ALTERNATIVES = 12;

export interface Alternative {
  /** The option whose model this runs. */
  optionId: string;
  /** The model's name, for the chart's series: "Llama 4 Maverick 17B-128E". */
  model: string;
  label: string;
  costPerRequestUsd: number;
  costPerSuccessfulTaskUsd: number;
}

/** The option's hosting on another GPU, at its catalog price; null when the catalog has none. */
function hostingOn(hosting: Hosting, gpu: Gpu): Hosting | null {
  const prices = catalogDefaults(gpu.id);
  if (hosting.mode === "rented")
    return prices.usdPerGpuHour === undefined
      ? null
      : { ...hosting, usdPerGpuHour: prices.usdPerGpuHour };
  return prices.usdPerGpu === undefined
    ? null
    : { ...hosting, usdPerGpu: prices.usdPerGpu };
}

/** The option moved to another GPU, or null when that GPU has no price or cannot hold it. */
function movedTo(
  option: SelfHostOption,
  gpu: Gpu,
  workload: Workload,
): SelfHostOption | null {
  const hosting = hostingOn(option.hosting, gpu);
  if (!hosting) return null;
  // A measured throughput is the option's own GPU's.
  const { measuredOutputTokensPerSecond: _, ...rest } = option;
  const moved = { ...rest, gpu, hosting };
  const gpusPerReplica = optionAutomaticCount(moved, workload);
  return {
    ...moved,
    gpusPerReplica,
    label: selfHostLabel(option.model.name, gpu.name, gpusPerReplica),
  };
}

/** Every self-hosted option's model on each other catalog GPU, the cheapest per task first. */
export function selfHostAlternatives(scenario: Scenario): Alternative[] {
  const { workload } = scenario;
  const volume = workload.requestsPerMonth;
  const selfHosted = scenario.options.filter(
    (o): o is SelfHostOption => o.kind === "self-host",
  );
  // A model on a GPU the scenario already has is an option, not an alternative.
  const taken = new Set(selfHosted.map((o) => `${o.model.name}|${o.gpu.name}`));
  const found: Alternative[] = [];
  for (const option of selfHosted) {
    for (const gpu of gpus) {
      if (taken.has(`${option.model.name}|${gpu.name}`)) continue;
      const moved = movedTo(option, gpu, workload);
      const monthly =
        moved && prepareOption(moved, workload).models.mid?.at(volume).totalUsd;
      if (monthly === null || monthly === undefined) continue;
      const perRequest = monthly / volume;
      found.push({
        optionId: option.id,
        model: option.model.name,
        label: moved!.label,
        costPerRequestUsd: perRequest,
        costPerSuccessfulTaskUsd: perRequest / (option.successRate ?? 1),
      });
    }
  }
  return found
    .sort((a, b) => a.costPerSuccessfulTaskUsd - b.costPerSuccessfulTaskUsd)
    .slice(0, MAX_ALTERNATIVES);
}
