/**
 * The article's 88% beside the user's own figure: what the user's first self-hosted option saves
 * against the baseline API today, and the volume at which it would save 88% — or the most it can.
 */
import { articleSaving } from "../catalog";
import type { ScenarioResult } from "../engine/evaluate";
import { volumeForSavings, type SavingsTarget } from "../engine/targets";
import type { Scenario } from "../engine/types";

export interface ArticleComparison {
  selfHostLabel: string;
  apiLabel: string;
  /** The user's saving today; null when the self-hosted option cannot run. */
  share: number | null;
  target: SavingsTarget;
  tokensPerRequest: number;
}

export function articleComparison(
  scenario: Scenario,
  result: ScenarioResult,
): ArticleComparison | null {
  const baseline = scenario.options.find((o) => o.id === scenario.baselineId);
  const selfHost = scenario.options.find((o) => o.kind === "self-host");
  if (!baseline || baseline.kind !== "api" || !selfHost) return null;
  const label = (id: string) =>
    result.options.find((o) => o.id === id)?.label ?? id;
  return {
    selfHostLabel: label(selfHost.id),
    apiLabel: label(baseline.id),
    share:
      result.savingsVsBaseline.find((s) => s.optionId === selfHost.id)?.share ??
      null,
    target: volumeForSavings(scenario, selfHost.id, articleSaving.share),
    tokensPerRequest: result.tokensPerMonth / result.requestsPerMonth,
  };
}
