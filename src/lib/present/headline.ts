/**
 * The answer in one sentence: who is cheaper, by what share, at this volume, and where the
 * break-even lies.
 */
import type {
  BreakEven,
  OptionResult,
  Savings,
  ScenarioResult,
} from "../engine/evaluate";
import { formatCompact, formatPercent, formatUsd } from "../format";

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

function breakEvenClause(
  crossings: BreakEven[],
  result: ScenarioResult,
): string {
  const mid = crossings.filter((c) => c.priceCase === "mid");
  if (mid.length === 0) {
    return `no break-even between ${formatCompact(result.sweep.low * (result.tokensPerMonth / result.requestsPerMonth))} and ${tokens(result.sweep.high * (result.tokensPerMonth / result.requestsPerMonth))}`;
  }
  const nearest = nearestCrossing(mid, result)!;
  const more = mid.length > 1 ? ` (one of ${mid.length} crossings)` : "";
  return `break-even at ${tokens(nearest.tokensPerMonth)}${more}`;
}

function rangeNote(options: OptionResult[]): string {
  const ranged = options.filter((o) => o.monthlyCostRange);
  return ranged.length
    ? `, taking the middle of ${ranged.map((o) => o.label).join(" and ")}'s unannounced price range`
    : "";
}

export function headline(result: ScenarioResult): string {
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
  const crossingsWith = (id: string) =>
    result.breakEven.filter((b) => b.optionId === id);
  if (cheapest.id !== baseline.id) {
    const saving = result.savingsVsBaseline.find(
      (s) => s.optionId === cheapest.id,
    )!;
    return `${cheapest.label} saves ${formatPercent(saving.share)} vs ${baseline.label} at ${volume}; ${breakEvenClause(crossingsWith(cheapest.id), result)}${rangeNote([cheapest, baseline])}.`;
  }
  const runnerUp = byCost[1]!;
  const more =
    baseline.monthlyCostUsd > 0
      ? formatPercent(runnerUp.monthlyCostUsd! / baseline.monthlyCostUsd - 1)
      : formatUsd(runnerUp.monthlyCostUsd! - baseline.monthlyCostUsd);
  return `${baseline.label} is the cheapest at ${volume}: ${runnerUp.label} costs ${more} more; ${breakEvenClause(crossingsWith(runnerUp.id), result)}${rangeNote([runnerUp, baseline])}.`;
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
    const share = 1 - cost(option, end) / cost(baseline, end);
    return share >= 0
      ? `saves ${formatPercent(share)}`
      : `costs ${formatPercent(-share)} more`;
  };
  const crossing = (end: "low" | "high") => {
    const at = nearestCrossing(
      result.breakEven.filter(
        (b) => b.optionId === optionId && b.priceCase === end,
      ),
      result,
    );
    return at ? tokens(at.tokensPerMonth) : "none in range";
  };
  return `At the low price: ${saving("low")}, break-even ${crossing("low")}. At the high price: ${saving("high")}, break-even ${crossing("high")}.`;
}

/** An option's card line against the baseline: "Saves $25,412 (53%) vs baseline". */
export function savingsLine(savings: Savings): string {
  const amount = formatUsd(Math.abs(savings.monthlyUsd));
  const share =
    savings.share === null
      ? ""
      : ` (${formatPercent(Math.abs(savings.share))})`;
  return savings.monthlyUsd >= 0
    ? `Saves ${amount}${share} vs baseline`
    : `Costs ${amount}${share} more than baseline`;
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
  const share = result.savingsVsBaseline.find(
    (s) => s.optionId === cheapest.id,
  )?.share;
  const less =
    share == null ? "" : `, ${formatPercent(share)} less than the baseline`;
  return `${cheapest.label} is cheapest: ${cost}${less}`;
}
