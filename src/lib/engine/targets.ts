/**
 * Solving for the conditions behind a figure: the volume at which an option saves a given share
 * of the baseline's cost (the article's 88%), or why it never does. Set out at
 * /methodology#article-figure.
 */
import { findCrossings, SEARCH_RANGE } from "./break-even";
import { shareOf } from "./evaluate";
import { prepareOption, type CostModel } from "./option-cost";
import type { Scenario } from "./types";

export type SavingsTarget =
  | { reached: true; requestsPerMonth: number }
  | {
      reached: false;
      /** The best share the option saves at any volume; null if it never runs. */
      bestShare: number | null;
    };

const PROBES = 200;

function scaled(model: CostModel, factor: number): CostModel {
  return {
    requestsPerReplica: model.requestsPerReplica,
    replicaUsd:
      model.replicaUsd === undefined ? undefined : model.replicaUsd * factor,
    at: (v) => {
      const cost = model.at(v);
      return { ...cost, totalUsd: cost.totalUsd * factor };
    },
    totalAt: (v) => model.totalAt(v) * factor,
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
  const meets = (v: number) => optionModel.totalAt(v) <= target.totalAt(v);
  if (meets(SEARCH_RANGE.low))
    return { reached: true, requestsPerMonth: SEARCH_RANGE.low };
  const first = findCrossings(optionModel, target, SEARCH_RANGE).crossings.find(
    (c) => c.optionCheaperAbove,
  );
  if (first) return { reached: true, requestsPerMonth: first.requestsPerMonth };

  let best = -Infinity;
  for (let i = 0; i <= PROBES; i++) {
    const v =
      SEARCH_RANGE.low * (SEARCH_RANGE.high / SEARCH_RANGE.low) ** (i / PROBES);
    const base = baseModel.totalAt(v);
    const saved = shareOf(base - optionModel.totalAt(v), base);
    if (saved !== null) best = Math.max(best, saved);
  }
  return { reached: false, bestShare: Number.isFinite(best) ? best : null };
}
