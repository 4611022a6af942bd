/**
 * The answer in one sentence: who is cheaper, by what share, at this volume, and where the
 * break-even lies.
 */
import {
  shareOf,
  type BreakEven,
  type BreakEvenCut,
  type OptionResult,
  type Savings,
  type ScenarioResult,
  tokensPerRequest,
} from "../engine/evaluate";
import type { PriceCase } from "../engine/option-cost";
import type { Workload } from "../engine/types";
import { formatCompact, formatUsd } from "../format";
import { savingPhrase } from "./saving";

const tokens = (n: number) => `${formatCompact(n)} tokens/month`;

/** The crossing nearest today's volume: a staircase can cross a price line many times. */
export function nearestCrossing(
  crossings: BreakEven[],
  result: ScenarioResult,
): BreakEven | undefined {
  return [...crossings].sort(
    (a, b) =>
      Math.abs(Math.log(a.tokensPerMonth / result.tokensPerMonth)) -
      Math.abs(Math.log(b.tokensPerMonth / result.tokensPerMonth)),
  )[0];
}

/** The search for an option's break-even at a price, if it stopped short of the range's top. */
function cutFor(
  result: ScenarioResult,
  optionId: string,
  priceCase: PriceCase,
): BreakEvenCut | undefined {
  return result.breakEvenCut.find(
    (c) => c.optionId === optionId && c.priceCase === priceCase,
  );
}

/**
 * Where an option has no break-even at a price: none at any volume the engine costs, or none
 * below the volume where the search stopped, which is not to say none above it.
 */
export function noCrossing(
  result: ScenarioResult,
  optionId: string,
  priceCase: PriceCase,
): string {
  const cut = cutFor(result, optionId, priceCase);
  return cut ? `none below ${tokens(cut.tokensPerMonth)}` : "none in range";
}

function breakEvenClause(
  result: ScenarioResult,
  workload: Workload,
  optionId: string,
): string {
  const mid = result.breakEven.filter(
    (c) => c.optionId === optionId && c.priceCase === "mid",
  );
  const cut = cutFor(result, optionId, "mid");
  const stops = cut && `${tokens(cut.tokensPerMonth)}, where the search stops`;
  if (mid.length === 0) {
    if (stops) return `no break-even below ${stops}`;
    const perRequest = tokensPerRequest(workload);
    return `no break-even between ${formatCompact(result.sweep.low * perRequest)} and ${tokens(result.sweep.high * perRequest)}`;
  }
  const nearest = nearestCrossing(mid, result)!;
  const more = stops
    ? ` (one of ${mid.length} crossings below ${stops})`
    : mid.length > 1
      ? ` (one of ${mid.length} crossings)`
      : "";
  return `break-even at ${tokens(nearest.tokensPerMonth)}${more}`;
}

function rangeNote(options: OptionResult[]): string {
  const ranged = options.filter((o) => o.monthlyCostRange);
  return ranged.length
    ? `, taking the middle of ${ranged.map((o) => o.label).join(" and ")}'s unannounced price range`
    : "";
}

export function headline(result: ScenarioResult, workload: Workload): string {
  const baseline = result.options.find((o) => o.id === result.baselineId)!;
  if (baseline.monthlyCostUsd === null) {
    return `${baseline.label}, the baseline, cannot run as configured: see its card.`;
  }
  const costed = result.options.filter((o) => o.monthlyCostUsd !== null);
  if (costed.length < 2) {
    const stuck = result.options
      .filter((o) => o.monthlyCostUsd === null)
      .map((o) => o.label);
    return `Only ${baseline.label} can be costed: ${stuck.join(" and ")} cannot run as configured.`;
  }
  const byCost = [...costed].sort(
    (a, b) => a.monthlyCostUsd! - b.monthlyCostUsd!,
  );
  const cheapest = byCost[0]!;
  const volume = tokens(result.tokensPerMonth);
  const savingOf = (id: string) =>
    result.savingsVsBaseline.find((s) => s.optionId === id)!;
  if (cheapest.id !== baseline.id) {
    const saves = savingPhrase(savingOf(cheapest.id), "share", baseline.label);
    return `${cheapest.label} ${saves} at ${volume}; ${breakEvenClause(result, workload, cheapest.id)}${rangeNote([cheapest, baseline])}.`;
  }
  const runnerUp = byCost[1]!;
  const more = savingPhrase(savingOf(runnerUp.id), "share");
  return `${baseline.label} is the cheapest at ${volume}: ${runnerUp.label} ${more}; ${breakEvenClause(result, workload, runnerUp.id)}${rangeNote([runnerUp, baseline])}.`;
}

/**
 * For an option or baseline whose price is an unannounced range: what the option saves and where
 * it breaks even at the low and the high end of that range.
 */
export function priceRangeNote(
  result: ScenarioResult,
  optionId: string,
): string | null {
  const option = result.options.find((o) => o.id === optionId);
  const baseline = result.options.find((o) => o.id === result.baselineId);
  if (!option || !baseline || option === baseline) return null;
  const ranged = option.monthlyCostRange ?? baseline.monthlyCostRange;
  if (
    !ranged ||
    option.monthlyCostUsd === null ||
    baseline.monthlyCostUsd === null
  )
    return null;
  const cost = (o: OptionResult, end: "low" | "high") =>
    o.monthlyCostRange?.[end] ?? o.monthlyCostUsd!;
  const saving = (end: "low" | "high") => {
    const base = cost(baseline, end);
    const monthlyUsd = base - cost(option, end);
    return savingPhrase(
      { monthlyUsd, share: shareOf(monthlyUsd, base) },
      "share",
    );
  };
  const crossing = (end: "low" | "high") => {
    const at = nearestCrossing(
      result.breakEven.filter(
        (b) => b.optionId === optionId && b.priceCase === end,
      ),
      result,
    );
    return at ? tokens(at.tokensPerMonth) : noCrossing(result, optionId, end);
  };
  return `At the low price: ${saving("low")}, break-even ${crossing("low")}. At the high price: ${saving("high")}, break-even ${crossing("high")}.`;
}

/** An option's card line against the baseline: "Saves $25,412 (53%) vs baseline". */
export function savingsLine(savings: Savings): string {
  const phrase = savingPhrase(savings, "usd-and-share", "baseline");
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * The answer in a few words, for a bar that stays in view while the inputs are edited on a
 * phone: the cheapest option, its monthly cost, and how it stands against the baseline. Null
 * when fewer than two options can be costed (the headline then says why).
 */
export function compactAnswer(result: ScenarioResult): string | null {
  const baseline = result.options.find((o) => o.id === result.baselineId);
  const costed = result.options.filter((o) => o.monthlyCostUsd !== null);
  if (baseline?.monthlyCostUsd == null || costed.length < 2) return null;
  const cheapest = costed.reduce((a, b) =>
    b.monthlyCostUsd! < a.monthlyCostUsd! ? b : a,
  );
  const cost = `${formatUsd(cheapest.monthlyCostUsd)} a month`;
  if (cheapest.id === baseline.id)
    return `${baseline.label}, the baseline, is cheapest: ${cost}`;
  const saving = result.savingsVsBaseline.find(
    (s) => s.optionId === cheapest.id,
  );
  const saves = saving
    ? `; ${savingPhrase(saving, "share", "the baseline")}`
    : "";
  return `${cheapest.label} is cheapest: ${cost}${saves}`;
}
