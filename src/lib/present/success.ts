/**
 * Cost per successful task: a request's cost times the attempts a task takes when failures are
 * retried (1 / success rate). The headline stays about the month's cost; this is the second view.
 */
import type { OptionResult } from "../engine/evaluate";
import { formatNumber, formatPercent, formatUsd } from "../format";

/** "$0.0041 per successful task: 1.11 attempts at 90% success". */
export function successLine(option: OptionResult): string | null {
  if (option.costPerSuccessfulTaskUsd === null) return null;
  return `${formatUsd(option.costPerSuccessfulTaskUsd)} per successful task: ${formatNumber(1 / option.successRate, 2)} attempts at ${formatPercent(option.successRate)} success.`;
}
