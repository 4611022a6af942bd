/**
 * The answer in one sentence: who is cheaper, by what share, at this volume, and where the
 * break-even lies.
 */
import type {
  BreakEven,
  OptionResult,
  ScenarioResult,
} from "../engine/evaluate";
import { formatCompact, formatPercent } from "../format";

const tokens = (n: number) => `${formatCompact(n)} tokens/month`;

function breakEvenClause(
  crossings: BreakEven[],
  result: ScenarioResult,
): string {
  const mid = crossings.filter((c) => c.priceCase === "mid");
  if (mid.length === 0) {
    return `no break-even between ${formatCompact(result.sweep.low * (result.tokensPerMonth / result.requestsPerMonth))} and ${tokens(result.sweep.high * (result.tokensPerMonth / result.requestsPerMonth))}`;
  }
  // The crossing nearest today's volume matters most; a staircase can cross many times.
  const nearest = [...mid].sort(
    (a, b) =>
      Math.abs(Math.log(a.tokensPerMonth / result.tokensPerMonth)) -
      Math.abs(Math.log(b.tokensPerMonth / result.tokensPerMonth)),
  )[0]!;
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
  const costed = result.options.filter((o) => o.monthlyCostUsd !== null);
  const baseline = result.options.find((o) => o.id === result.baselineId)!;
  if (baseline.monthlyCostUsd === null || costed.length < 2) {
    return `${baseline.label} cannot be costed: fix the options marked below.`;
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
  const extra = runnerUp.monthlyCostUsd! / baseline.monthlyCostUsd! - 1;
  return `${baseline.label} is the cheapest at ${volume}: ${runnerUp.label} costs ${formatPercent(extra)} more; ${breakEvenClause(crossingsWith(runnerUp.id), result)}${rangeNote([runnerUp, baseline])}.`;
}
