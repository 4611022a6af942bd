/**
 * The article's 88% beside the user's own figure: what the user's first self-hosted option saves
 * against the baseline API today, and the volume at which it would save 88% — or the most it can.
 */
import { articleSaving } from "../catalog";
import { tokensPerRequest, type ScenarioResult } from "../engine/evaluate";
import { volumeForSavings, type SavingsTarget } from "../engine/targets";
import type { Scenario, Workload } from "../engine/types";

export interface ArticleComparison {
  selfHostLabel: string;
  apiLabel: string;
  /** Which of the two has an unannounced price, whose middle the figures take; null if neither. */
  midRangeOf?: string | null;
  /** What the self-hosted option does today, in a sentence's words. */
  today:
    | { kind: "cannot-run" }
    | { kind: "free-api" }
    | { kind: "saves" | "costs-more"; share: number };
  /** Where it would save the article's share, or the most it can. */
  target:
    | { kind: "reached"; tokensPerMonth: number }
    | { kind: "best"; share: number; fleetShareOfApi: number }
    | { kind: "never-cheaper"; fleetShareOfApi: number }
    | { kind: "none" };
}

export function articleComparison(
  scenario: Scenario,
  result: ScenarioResult,
): ArticleComparison | null {
  const baseline = scenario.options.find((o) => o.id === scenario.baselineId);
  const selfHost = scenario.options.find((o) => o.kind === "self-host");
  if (!baseline || baseline.kind !== "api" || !selfHost) return null;
  const find = (id: string) => result.options.find((o) => o.id === id);
  const share =
    result.savingsVsBaseline.find((s) => s.optionId === selfHost.id)?.share ??
    null;
  const today: ArticleComparison["today"] =
    find(selfHost.id)?.monthlyCostUsd == null
      ? { kind: "cannot-run" }
      : share === null
        ? { kind: "free-api" }
        : { kind: share >= 0 ? "saves" : "costs-more", share: Math.abs(share) };
  const ranged = [find(baseline.id), find(selfHost.id)].find(
    (o) => o?.monthlyCostRange,
  );
  return {
    selfHostLabel: find(selfHost.id)?.label ?? selfHost.id,
    apiLabel: find(baseline.id)?.label ?? baseline.id,
    midRangeOf: ranged?.label ?? null,
    today,
    target: targetOf(
      volumeForSavings(scenario, selfHost.id, articleSaving.share),
      scenario.workload,
    ),
  };
}

function targetOf(
  target: SavingsTarget,
  workload: Workload,
): ArticleComparison["target"] {
  if (target.reached) {
    return {
      kind: "reached",
      tokensPerMonth: target.requestsPerMonth * tokensPerRequest(workload),
    };
  }
  if (target.bestShare === null) return { kind: "none" };
  return target.bestShare > 0
    ? {
        kind: "best",
        share: target.bestShare,
        fleetShareOfApi: 1 - target.bestShare,
      }
    : { kind: "never-cheaper", fleetShareOfApi: 1 - target.bestShare };
}
