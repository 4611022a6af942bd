/**
 * How sure the answer is, in words: one sentence for the headline (the chance the cheaper option
 * stays cheaper, and what would flip it), a sentence per solver, and the tornado's rows with the
 * inputs named as the form names them.
 */
import { THROUGHPUT_RATIO } from "../engine/cost-band";
import type { ScenarioResult } from "../engine/evaluate";
import type { Solution } from "../engine/solve";
import type { TornadoBar, Uncertainty } from "../engine/uncertainty";
import {
  API_NUMBERS,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "../scenario/fields";
import {
  formatCompact,
  formatPercent,
  formatSignificant,
  formatTimes,
  formatUsd,
} from "../format";
import { optionLabel } from "./labels";

const byEngine = (table: Record<string, FieldSpec>) =>
  new Map(Object.values(table).map((f) => [f.engine, f.label]));
const WORKLOAD_LABELS = byEngine(WORKLOAD_NUMBERS);
const OPTION_LABELS = new Map([
  ...byEngine(API_NUMBERS),
  ...byEngine(SELF_HOST_NUMBERS),
  ...Object.values(PRICE_NUMBERS).map(
    (f) => [`pricing.prices.${f.engine}`, f.label] as const,
  ),
]);

/** The estimate's band as one "±N%" figure, its wider side: "±30% band". */
const bandName = ([low, high]: readonly [number, number]) =>
  `±${formatPercent(Math.max(1 - low, high - 1))} band`;

/**
 * A ranged input's name as the form shows it: "Llama on 8 × H100: Rent". An estimated
 * throughput, named by its band's ends when given: "Llama on 8 × H100: throughput estimate (±30%
 * band)".
 */
export function inputLabel(
  field: string,
  result: ScenarioResult,
  ends?: readonly [number, number],
): string {
  if (field === "workload.requestsPerMonth") return "Requests per month";
  const workload = /^workload\.(.+)$/.exec(field);
  if (workload) return WORKLOAD_LABELS.get(workload[1]!) ?? workload[1]!;
  const option = result.options
    .filter((o) => field.startsWith(`options.${o.id}.`))
    .sort((a, b) => b.id.length - a.id.length)[0];
  if (!option) return field;
  const rest = field.slice(`options.${option.id}.`.length);
  const name =
    rest === "pricing"
      ? "unannounced price"
      : rest === THROUGHPUT_RATIO
        ? `throughput estimate${ends ? ` (${bandName(ends)})` : ""}`
        : (OPTION_LABELS.get(rest) ?? rest);
  return `${option.label}: ${name}`;
}

const found = (flips: Solution[], target: Solution["for"]) => {
  const s = flips.find((f) => f.for === target);
  return s && s.value !== null ? s : undefined;
};

/** "it stops being cheaper if volume falls below 3.2M requests/month or …", or "". */
function flipClause(
  flips: Solution[],
  result: ScenarioResult,
  cheaperNow: boolean,
): string {
  const clauses: string[] = [];
  const volume = found(flips, "volume");
  if (volume)
    clauses.push(
      `volume ${volume.value < volume.current ? "falls below" : "rises above"} ${formatCompact(volume.value)} requests/month`,
    );
  const price = found(flips, "apiPriceScale");
  if (price) {
    const api = result.options.find(
      (o) =>
        o.kind === "api" && (o.id === price.baseline || o.id === price.option),
    );
    const change = price.value - 1;
    clauses.push(
      `${api?.label ?? "the API"} ${change < 0 ? "cuts" : "raises"} its prices by ${formatPercent(Math.abs(change))}`,
    );
  }
  if (clauses.length === 0) return "";
  return `; ${cheaperNow ? "it stops being cheaper" : "that changes"} if ${clauses.join(" or ")}`;
}

/**
 * The headline's second sentence: "Llama on 8 × H100 is cheaper than Muse Spark with 80%
 * probability; it stops being cheaper if volume falls below 3.2M requests/month or Muse Spark
 * cuts its prices by 40%." Null when no option can be set against the baseline.
 */
export function howSureSentence(
  u: Uncertainty,
  result: ScenarioResult,
  flips: Solution[],
): string | null {
  if (u.savingOptionId === null || u.probabilityCheaper === null) return null;
  const option = optionLabel(result, u.savingOptionId);
  const baseline = optionLabel(result, result.baselineId);
  const saving = result.savingsVsBaseline.find(
    (s) => s.optionId === u.savingOptionId,
  );
  const cheaperNow = (saving?.monthlyUsd ?? 0) > 0;
  const [winner, loser, chance] = cheaperNow
    ? [option, baseline, u.probabilityCheaper]
    : [baseline, option, 1 - u.probabilityCheaper];
  return `${winner} is cheaper than ${loser} with ${formatPercent(chance)} probability${flipClause(flips, result, cheaperNow)}.`;
}

/** One sentence per solver that found a value; the others say why not. */
export function flipSentences(
  flips: Solution[],
  result: ScenarioResult,
): string[] {
  return flips.map((s) => {
    const pair = `${optionLabel(result, s.option)} and ${optionLabel(result, s.baseline)}`;
    if (s.value === null) return `${pair}, varying ${s.for}: ${s.reason}.`;
    const meet = s.equal ? "cost the same" : "swap places";
    return `${pair} ${meet} at ${s.for} ${formatSignificant(s.value)} ${s.unit} (today ${formatSignificant(s.current)}).`;
  });
}

/** A saving in words, never a minus sign before a dollar: "$2,170 saved", "$2,170 more". */
export const savingText = (usd: number) =>
  usd >= 0 ? `${formatUsd(usd)} saved` : `${formatUsd(-usd)} more`;

export interface TornadoRow {
  label: string;
  /** The input's two ends, as the tornado set them. */
  range: string;
  /** The saving at each end, a month, in words. */
  low: string;
  high: string;
}

/** The tornado as a data table, largest swing first, skipping inputs that move nothing. */
export function tornadoRows(
  bars: TornadoBar[],
  result: ScenarioResult,
): TornadoRow[] {
  return bars
    .filter((b) => b.low !== b.high)
    .map((b) => ({
      label: inputLabel(b.field, result, [b.lowValue, b.highValue]),
      // An estimated throughput's ends are measured / estimated: "0.7× – 1.25×".
      range: b.field.endsWith(`.${THROUGHPUT_RATIO}`)
        ? `${formatTimes(b.lowValue)} – ${formatTimes(b.highValue)}`
        : `${formatSignificant(b.lowValue)} – ${formatSignificant(b.highValue)}`,
      low: savingText(b.low),
      high: savingText(b.high),
    }));
}
