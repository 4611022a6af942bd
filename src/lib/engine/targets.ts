/**
 * Solving for the conditions behind a figure: the volume at which an option saves a given share
 * of the baseline's cost (the article's 88%), or why it never does. Set out at
 * /methodology#article-figure.
 */
import { findCrossings } from "./break-even";
import { prepareOption, type CostModel } from "./option-cost";
import type { Scenario } from "./types";

export type SavingsTarget =
  | { reached: true; requestsPerMonth: number }
  | {
      reached: false;
      /** The best share the option saves at any volume; null if it never runs. */
      bestShare: number | null;
    };

/** Volumes searched: from one request a month to the engine's ceiling. */
export const SAVINGS_SEARCH_RANGE = { low: 1, high: 1e13 } as const;
const PROBES = 200;

function scaled(model: CostModel, factor: number): CostModel {
  return {
    requestsPerReplica: model.requestsPerReplica,
    at: (v) => {
      const cost = model.at(v);
      return { ...cost, totalUsd: cost.totalUsd * factor };
    },
  };
}

/** The lowest volume from which `optionId` costs at most (1 − share) of the baseline. */
export function volumeForSavings(
  scenario: Scenario,
  optionId: string,
  share: number,
): SavingsTarget {
  const find = (id: string) => scenario.options.find((o) => o.id === id);
  const option = find(optionId);
  const baseline = find(scenario.baselineId);
  const optionModel =
    option && prepareOption(option, scenario.workload).models.mid;
  const baseModel =
    baseline && prepareOption(baseline, scenario.workload).models.mid;
  if (!optionModel || !baseModel) return { reached: false, bestShare: null };

  const target = scaled(baseModel, 1 - share);
  const meets = (v: number) =>
    optionModel.at(v).totalUsd <= target.at(v).totalUsd;
  if (meets(SAVINGS_SEARCH_RANGE.low))
    return { reached: true, requestsPerMonth: SAVINGS_SEARCH_RANGE.low };
  const first = findCrossings(optionModel, target, SAVINGS_SEARCH_RANGE).find(
    (c) => c.optionCheaperAbove,
  );
  if (first) return { reached: true, requestsPerMonth: first.requestsPerMonth };

  let best = -Infinity;
  for (let i = 0; i <= PROBES; i++) {
    const v =
      SAVINGS_SEARCH_RANGE.low *
      (SAVINGS_SEARCH_RANGE.high / SAVINGS_SEARCH_RANGE.low) ** (i / PROBES);
    const base = baseModel.at(v).totalUsd;
    if (base <= 0) continue;
    const saved = 1 - optionModel.at(v).totalUsd / base;
    best = Math.max(best, saved);
  }
  return { reached: false, bestShare: Number.isFinite(best) ? best : null };
}
