/**
 * Costs across volumes and months, for charts: each option's monthly cost at many volumes (an
 * option that cannot run has no curve),
 * and the cumulative cost of each option over months, with owned hardware paid up front so its
 * payback shows.
 */
import { prepareOption, type CostModel, type PriceCase } from "./option-cost";
import type { Scenario } from "./types";

export interface CostCurve {
  optionId: string;
  priceCase: PriceCase;
  /** Monthly cost at each volume. */
  usd: number[];
  /** Replicas at each volume, for self-hosted options. */
  replicas: (number | null)[];
}

/** Each option's monthly cost at each of `volumes` (requests a month). */
export function costCurves(
  scenario: Scenario,
  volumes: readonly number[],
): CostCurve[] {
  return scenario.options.flatMap((option) => {
    const { models } = prepareOption(option, scenario.workload);
    return (Object.entries(models) as [PriceCase, CostModel][]).map(
      ([priceCase, model]) => {
        const points = volumes.map((v) => model.at(v));
        return {
          optionId: option.id,
          priceCase,
          usd: points.map((p) => p.totalUsd),
          replicas: points.map((p) => p.fleet?.replicas ?? null),
        };
      },
    );
  });
}

export interface CumulativeCost {
  optionId: string;
  /** Cost paid by the end of each month; index 0 is what is paid up front. */
  usd: number[];
}

/**
 * Cumulative cost over `months` at the scenario's volume. Owned GPUs are bought up front (and
 * again when they reach the end of their life); setup is paid up front; everything else monthly.
 */
export function cumulativeCosts(
  scenario: Scenario,
  months: number,
): CumulativeCost[] {
  return scenario.options.flatMap((option) => {
    const mid = prepareOption(option, scenario.workload).models.mid;
    if (!mid) return [];
    const cost = mid.at(scenario.workload.requestsPerMonth);
    const line = (key: string) =>
      cost.breakdown.find((l) => l.key === key)?.usd ?? 0;
    const owned =
      option.kind === "self-host" && option.hosting.mode === "owned";
    const gpus =
      (cost.fleet?.replicas ?? 0) *
      (option.kind === "self-host" ? option.gpusPerReplica : 0);
    const purchase =
      owned && option.hosting.mode === "owned"
        ? gpus * option.hosting.usdPerGpu
        : 0;
    const lifeMonths =
      owned && option.hosting.mode === "owned"
        ? option.hosting.years * 12
        : Infinity;
    const setup = option.kind === "self-host" ? option.setupUsd : 0;
    const monthly = cost.totalUsd - line("hardware") - line("setup");
    const usd = Array.from({ length: months + 1 }, (_, m) => {
      const purchases = purchase > 0 ? Math.floor(m / lifeMonths) + 1 : 0;
      return setup + purchases * purchase + m * monthly;
    });
    return [{ optionId: option.id, usd }];
  });
}
