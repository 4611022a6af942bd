/**
 * Token accounting in words: whose answers the workload's output tokens count (beside the
 * workload), and how many each option is billed for, with the index figures behind its factor.
 */
import { effortNames } from "../catalog/effort-labels";
import { formatNumber } from "../format";
import type { TokenAccount } from "../scenario/tokens";

const millions = (m: number) => `${formatNumber(m, 2)}M`;
/** Three significant figures: 0.0506×, 1.17×. */
const factor = (n: number) => `${formatNumber(Number(n.toPrecision(3)), 6)}×`;

/**
 * An option's billed output tokens per request and the factor behind them:
 * "500 × 0.0506 = 25 output tokens billed per request: writes 0.0506× as many tokens as
 * Muse Spark 1.1 (4.74M vs 93.64M, Intelligence Index v4.1); scores 14 vs 53".
 */
export function tokenLine(account: TokenAccount, outputTokens: number): string {
  const billed = `${formatNumber(outputTokens)} × ${factor(account.factor)} = ${formatNumber(outputTokens * account.factor)} output tokens billed per request`;
  const { model, reference, effort } = account;
  const measured =
    model && reference && model.indexVersion === reference.indexVersion;
  const scores = measured
    ? `; scores ${formatNumber(model.score)} vs ${formatNumber(reference.score)}`
    : model && effort
      ? `; scores ${formatNumber(model.score)}`
      : "";
  if (account.typed) {
    const index = effort
      ? effort.baseFactor * effort.ratio
      : measured && model.outputTokensM / reference.outputTokensM;
    return `${billed}, at the factor typed${index ? ` (the index gives ${factor(index)})` : ""}${scores}.`;
  }
  if (effort && model) {
    const { name, label, baseLabel } = effortNames(effort.family, effort.level);
    return `${billed}: ${name} at ${label} effort writes ${factor(account.factor)} as many tokens as ${reference?.model ?? `at ${baseLabel}`} (${factor(effort.ratio)} its ${baseLabel} count, ${millions(model.outputTokensM)} vs ${millions(effort.base.outputTokensM)} on Intelligence Index ${model.indexVersion}${reference ? `, × ${factor(effort.baseFactor)}` : ""})${scores}.`;
  }
  if (!measured)
    return `${billed}: ${model ? `${model.model} has` : "this model has"} no index token count beside ${reference?.model ?? "the reference's"}, so 1×.`;
  if (model.id === reference.id)
    return `${billed}: the reference model itself.`;
  return `${billed}: writes ${factor(account.factor)} as many tokens as ${reference.model} (${millions(model.outputTokensM)} vs ${millions(reference.outputTokensM)}, Intelligence Index ${model.indexVersion})${scores}.`;
}
