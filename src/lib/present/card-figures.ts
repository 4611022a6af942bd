/**
 * Each option's own break-even against the baseline and the volume at which it would save the
 * article's share, for its card: in requests per the period the volume is typed in, and in tokens
 * a month. The headline names one option; the cards keep every option's.
 */
import { articleSaving } from "../catalog";
import { tokensPerRequest, type ScenarioResult } from "../engine/evaluate";
import { volumeForSavings } from "../engine/targets";
import type { Scenario, Workload } from "../engine/types";
import { PERIODS_PER_MONTH, type RatePeriod } from "../engine/units";
import { formatCompact, formatPercent } from "../format";
import { nearestCrossing } from "./headline";
import { PERIOD_LABELS } from "./labels";

export interface CardFigure {
  label: string;
  text: string;
}

/** A volume in the user's words: "2.38M requests per month (5.71B tokens a month)". */
export function volumeText(
  requestsPerMonth: number,
  workload: Workload,
  period: RatePeriod,
): string {
  const perPeriod = requestsPerMonth / PERIODS_PER_MONTH[period];
  const requests = perPeriod === 1 ? "request" : "requests";
  return `${formatCompact(perPeriod)} ${requests} ${PERIOD_LABELS[period]} (${formatCompact(requestsPerMonth * tokensPerRequest(workload))} tokens a month)`;
}

function breakEvenText(
  scenario: Scenario,
  result: ScenarioResult,
  optionId: string,
  period: RatePeriod,
): string {
  const volume = (requestsPerMonth: number) =>
    volumeText(requestsPerMonth, scenario.workload, period);
  const crossings = result.breakEven.filter(
    (b) => b.optionId === optionId && b.priceCase === "mid",
  );
  const nearest = nearestCrossing(crossings, result);
  // A search that stopped short of the range's top says nothing of the volumes above it.
  const cut = result.breakEvenCut.find(
    (c) => c.optionId === optionId && c.priceCase === "mid",
  );
  const stops = cut && `; the search stops at ${volume(cut.requestsPerMonth)}`;
  if (!nearest) {
    const saving = result.savingsVsBaseline.find(
      (s) => s.optionId === optionId,
    );
    const side = saving && saving.monthlyUsd >= 0 ? "cheaper" : "dearer";
    const per = PERIODS_PER_MONTH[period];
    if (cut)
      return `none below ${volume(cut.requestsPerMonth)}, where the search stops: ${side} up to there`;
    return `none from ${formatCompact(result.sweep.low / per)} to ${formatCompact(result.sweep.high / per)} requests ${PERIOD_LABELS[period]}: ${side} throughout`;
  }
  const side = nearest.optionCheaperAbove ? "above" : "below";
  const more =
    (crossings.length > 1 ? `; one of ${crossings.length} crossings` : "") +
    (stops ?? "");
  return `${volume(nearest.requestsPerMonth)}: cheaper ${side} it${more}`;
}

function articleText(
  scenario: Scenario,
  optionId: string,
  period: RatePeriod,
): string | null {
  const target = volumeForSavings(scenario, optionId, articleSaving.share);
  if (target.reached)
    return `from ${volumeText(target.requestsPerMonth, scenario.workload, period)}`;
  if (target.bestShare === null) return null;
  return target.bestShare > 0
    ? `never: at most ${formatPercent(target.bestShare)}, at any volume`
    : "never: not cheaper than the baseline at any volume";
}

/** The break-even and the article's saving for each costed option but the baseline, by id. */
export function cardFigures(
  scenario: Scenario,
  result: ScenarioResult,
  period: RatePeriod,
): Map<string, CardFigure[]> {
  const figures = new Map<string, CardFigure[]>();
  const baseline = result.options.find((o) => o.id === result.baselineId);
  if (baseline?.monthlyCostUsd == null) return figures;
  for (const option of result.options) {
    if (option.id === result.baselineId || option.monthlyCostUsd === null)
      continue;
    const article = articleText(scenario, option.id, period);
    figures.set(option.id, [
      {
        label: "Break-even",
        text: breakEvenText(scenario, result, option.id, period),
      },
      ...(article
        ? [
            {
              label: `Saves ${formatPercent(articleSaving.share)}`,
              text: article,
            },
          ]
        : []),
    ]);
  }
  return figures;
}
