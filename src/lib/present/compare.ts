/**
 * The workspace's scenarios side by side: each evaluated through the calculator's own path, then
 * laid out as a table whose columns are scenarios and whose rows are what a reader compares —
 * the workload, each option's inputs (options matched by position), and the results. Every cell
 * keeps its number beside its text so the same model feeds the page, the charts and the CSV.
 */
import type { Range } from "../catalog/types";
import type { OptionResult, ScenarioResult } from "../engine/evaluate";
import { PERIODS_PER_MONTH } from "../engine/units";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../format";
import { evaluateDoc, type DocEvaluation } from "../scenario/evaluate";
import { efficiencyPlaceholders } from "../scenario/defaults";
import {
  optionPath,
  pricePointOf,
  workloadPath,
  type ApiForm,
  type OptionForm,
  type PriceFields,
  type SelfHostForm,
} from "../scenario/form";
import { readNumber } from "../scenario/read";
import type { ScenarioDoc } from "../scenario/workspace";
import { headline, nearestCrossing } from "./headline";
import { optionTitle, PERIOD_LABELS } from "./labels";
import { referenceChoices } from "./pickers";

/** A scenario with its evaluation: what the table and the comparison charts are built from. */
export interface ComparedScenario {
  name: string;
  doc: ScenarioDoc;
  outcome: DocEvaluation;
}

export function compareScenarios(
  docs: readonly ScenarioDoc[],
): ComparedScenario[] {
  return docs.map((doc) => ({
    name: doc.name,
    doc,
    outcome: evaluateDoc(doc),
  }));
}

export interface CompareCell {
  text: string;
  /** The number behind the text, in the row's unit; null for words, blanks and what was not costed. */
  value: number | null;
  /** Both ends when the figure is only known as a range (an unannounced price); `value` is its middle. */
  range: Range | null;
  /** Why the value typed here keeps the scenario from being costed. */
  problem: string | null;
}

export interface CompareRow {
  /** Stable across scenarios and renders, e.g. `workload.rate` or `option.1.monthly`. */
  key: string;
  label: string;
  /** The unit of every cell's value, as a spreadsheet header would say it; null for a row of words. */
  unit: string | null;
  cells: CompareCell[];
  /** Per cell, whether it differs from the first scenario's; the first is never marked. */
  differs: boolean[];
}

export interface CompareSection {
  title: string;
  rows: CompareRow[];
}

export interface CompareColumn {
  name: string;
  /** The scenario's answer in one sentence; null when it cannot be costed. */
  headline: string | null;
  /** What keeps the scenario from being costed; null when it is costed. */
  problem: string | null;
}

export interface CompareTable {
  columns: CompareColumn[];
  sections: CompareSection[];
}

/** What a cell shows when it has nothing to show; the CSV leaves such a field empty. */
export const BLANK = "—";

const cell = (
  text: string,
  value: number | null = null,
  problem: string | null = null,
  range: Range | null = null,
): CompareCell => ({ text, value, range, problem });

/** Where an option's rows live: `option.2.monthly` is the second option's monthly cost. */
export const optionRowKey = (index: number, field: string) =>
  `option.${index + 1}.${field}`;

export function rowByKey(
  table: CompareTable,
  key: string,
): CompareRow | undefined {
  for (const section of table.sections)
    for (const row of section.rows) if (row.key === key) return row;
  return undefined;
}

/** One shared cell, so a row can tell it holds nothing but scenarios that were not costed. */
const NOT_COSTED = cell("Not costed");

/** Any number the field's syntax allows: out-of-range values still show, flagged by their problem. */
const ANY_NUMBER = { min: -Infinity, max: Infinity, optional: true };

function typedNumber(text: string): number | null {
  const read = readNumber(text, ANY_NUMBER);
  return read.ok ? (read.value ?? null) : null;
}

function problemAt(c: ComparedScenario, ...paths: string[]): string | null {
  if (c.outcome.ok) return null;
  for (const path of paths) {
    const message = c.outcome.errors[path];
    if (message) return message;
  }
  return null;
}

/**
 * A field as typed: its number formatted, or the text itself when it is not a number or the
 * scenario cannot use it (so the reader sees what to fix, and 1e308 is not printed in full), or
 * `empty` when blank.
 */
function typed(
  c: ComparedScenario,
  path: string,
  text: string,
  show: (n: number) => string,
  empty = BLANK,
): CompareCell {
  const problem = problemAt(c, path);
  const value = problem ? null : typedNumber(text);
  return cell(
    value === null ? text.trim() || empty : show(value),
    value,
    problem,
  );
}

const percent = (n: number) => `${formatNumber(n, 2)}%`;
const times = (n: number) => `${formatNumber(n, 3)}×`;
const plain = (n: number) => formatNumber(n, 3);
const withUnit = (unit: string) => (n: number) =>
  `${formatNumber(n, 3)} ${unit}`;

/** Numbers are compared, not their rounded text; words and blanks by their text. */
function sameCell(a: CompareCell, b: CompareCell): boolean {
  const close = (x: number, y: number) =>
    Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (a.value !== null && b.value !== null) {
    if (!close(a.value, b.value)) return false;
    if (a.range && b.range)
      return (
        close(a.range.low, b.range.low) && close(a.range.high, b.range.high)
      );
    return !a.range === !b.range;
  }
  return a.value === b.value && a.text === b.text;
}

/** A scenario's cell in a row, or null when the row does not apply to it. */
type CellOf = (c: ComparedScenario) => CompareCell | null;

/** A row, or null when no scenario has anything to show in it. */
function row(
  compared: ComparedScenario[],
  key: string,
  label: string,
  unit: string | null,
  cellOf: CellOf,
): CompareRow | null {
  const found = compared.map(cellOf);
  if (found.every((c) => c === null || c === NOT_COSTED)) return null;
  const cells = found.map((c) => c ?? cell(BLANK));
  return {
    key,
    label,
    unit,
    cells,
    differs: cells.map((c, i) => i > 0 && !sameCell(c, cells[0]!)),
  };
}

function section(
  title: string,
  rows: (CompareRow | null)[],
): CompareSection | null {
  const kept = rows.filter((r): r is CompareRow => r !== null);
  return kept.length ? { title, rows: kept } : null;
}

function workloadSection(compared: ComparedScenario[]) {
  const field = (
    key: keyof ScenarioDoc["workload"],
    label: string,
    unit: string,
    show: (n: number) => string,
  ) =>
    row(compared, workloadPath(key), label, unit, (c) =>
      typed(c, workloadPath(key), c.doc.workload[key], show),
    );
  return section("Workload", [
    // Typed per second, day or month; compared (and exported) per month so equal volumes match.
    row(compared, workloadPath("rate"), "Requests", "requests/month", (c) => {
      const { rate, period } = c.doc.workload;
      const problem = problemAt(c, workloadPath("rate"));
      const perPeriod = problem ? null : typedNumber(rate);
      if (perPeriod === null) return cell(rate.trim() || BLANK, null, problem);
      const perMonth = perPeriod * PERIODS_PER_MONTH[period];
      const monthly =
        period === "month" ? "" : ` (${formatCompact(perMonth)} a month)`;
      return cell(
        `${plain(perPeriod)} ${PERIOD_LABELS[period]}${monthly}`,
        perMonth,
        problem,
      );
    }),
    field("inputTokens", "Input per request", "tokens", withUnit("tokens")),
    field("outputTokens", "Output per request", "tokens", withUnit("tokens")),
    row(
      compared,
      workloadPath("referenceModel"),
      "Output tokens as written by",
      null,
      (c) => {
        const id = c.doc.workload.referenceModel;
        return cell(referenceChoices.find((r) => r.value === id)?.label ?? id);
      },
    ),
    field("cachedPercent", "Input from prompt cache", "%", percent),
    field("batchPercent", "Traffic that can wait", "%", percent),
    field("peakToAverage", "Peak-to-average", "×", times),
    field(
      "minTokensPerSecond",
      "Speed per user",
      "tokens/s",
      withUnit("tokens/s"),
    ),
    field(
      "maxTimeToFirstTokenSeconds",
      "First token within",
      "s",
      withUnit("s"),
    ),
  ]);
}

const KIND_WORDS: Record<OptionForm["kind"], string> = {
  api: "API",
  "self-host": "self-hosted",
};

function priceCell(
  c: ComparedScenario,
  form: ApiForm,
  field: keyof PriceFields,
): CompareCell {
  const path = (part: string) => optionPath(form.key, `${part}.${field}`);
  if (pricePointOf(form)?.quote.status !== "unannounced")
    return typed(c, path("prices"), form.prices[field], formatUsd);
  const low = typedNumber(form.low[field]);
  const high = typedNumber(form.high[field]);
  const problem = problemAt(c, path("low"), path("high"));
  if (low === null || high === null || problem)
    return cell(`${form.low[field]}–${form.high[field]}`, null, problem);
  // The middle of the range is the price the headline costs.
  const text = `${formatUsd(low)}–${formatUsd(high)}`;
  return cell(text, (low + high) / 2, problem, { low, high });
}

function optionSection(compared: ComparedScenario[], index: number) {
  const formOf = (c: ComparedScenario) => c.doc.options[index];
  const present = compared.flatMap((c) => formOf(c) ?? []);
  const kinds = new Set(present.map((f) => f.kind));
  const uniform = kinds.size === 1 ? `: ${KIND_WORDS[present[0]!.kind]}` : "";
  const key = (field: string) => optionRowKey(index, field);
  const api = (
    field: string,
    label: string,
    unit: string | null,
    of: (form: ApiForm, c: ComparedScenario) => CompareCell,
  ) =>
    row(compared, key(field), label, unit, (c) => {
      const form = formOf(c);
      return form?.kind === "api" ? of(form, c) : null;
    });
  const selfHost = (
    field: string,
    label: string,
    unit: string | null,
    of: (form: SelfHostForm, c: ComparedScenario) => CompareCell | null,
  ) =>
    row(compared, key(field), label, unit, (c) => {
      const form = formOf(c);
      return form?.kind === "self-host" ? of(form, c) : null;
    });
  const number = (
    field: keyof SelfHostForm,
    label: string,
    unit: string,
    show: (n: number) => string,
    when: (form: SelfHostForm) => boolean = () => true,
  ) =>
    selfHost(field, label, unit, (form, c) =>
      when(form)
        ? typed(c, optionPath(form.key, field), String(form[field]), show)
        : null,
    );
  const rented = (form: SelfHostForm) => form.hosting === "rented";
  const owned = (form: SelfHostForm) => form.hosting === "owned";
  const efficiency = (
    field: keyof typeof efficiencyPlaceholders,
    label: string,
  ) =>
    selfHost(field, label, "%", (form, c) => {
      if (form[field].trim() !== "")
        return typed(c, optionPath(form.key, field), form[field], percent);
      const calibrated = Number(efficiencyPlaceholders[field]);
      return cell(`${percent(calibrated)} (calibrated)`, calibrated);
    });

  return section(`Option ${index + 1}${uniform}`, [
    row(compared, key("name"), "Offer or model", null, (c) => {
      const form = formOf(c);
      return form ? cell(optionTitle(form)) : null;
    }),
    kinds.size > 1
      ? row(compared, key("kind"), "Kind", null, (c) => {
          const form = formOf(c);
          return form ? cell(KIND_WORDS[form.kind]) : null;
        })
      : null,
    api("price-point", "Price", null, (form) => cell(form.pricePoint)),
    api("input", "Input price", "USD/1M tokens", (form, c) =>
      priceCell(c, form, "input"),
    ),
    api("cached", "Cached input price", "USD/1M tokens", (form, c) =>
      priceCell(c, form, "cached"),
    ),
    api("output", "Output price", "USD/1M tokens", (form, c) =>
      priceCell(c, form, "output"),
    ),
    api("batch-discount", "Batch discount", "%", (form, c) =>
      typed(
        c,
        optionPath(form.key, "batchDiscountPercent"),
        form.batchDiscountPercent,
        percent,
      ),
    ),
    number("gpusPerReplica", "GPUs per replica", "GPUs", plain),
    selfHost("weights", "Weights", null, (form) => cell(form.weights)),
    selfHost("kv", "KV cache", null, (form) => cell(form.kv)),
    selfHost("hosting", "Hosting", null, (form) => cell(form.hosting)),
    number("usdPerGpuHour", "Rent", "USD/GPU-hour", formatUsd, rented),
    number("usdPerGpu", "GPU and server share", "USD/GPU", formatUsd, owned),
    number("years", "Years of use", "years", plain, owned),
    number("costOfCapitalPercent", "Cost of capital", "%/year", percent, owned),
    number("pue", "PUE", "×", times, owned),
    number("usdPerKwh", "Electricity", "USD/kWh", formatUsd, owned),
    number(
      "colocationUsdPerKwMonth",
      "Colocation",
      "USD/kW-month",
      formatUsd,
      owned,
    ),
    number("engineerFte", "Engineers", "FTE", plain),
    number("engineerUsdPerYear", "Cost per engineer", "USD/year", formatUsd),
    number("setupUsd", "Setup", "USD", formatUsd),
    number("otherUsdPerMonth", "Other", "USD/month", formatUsd),
    number("headroomPercent", "Peak utilisation target", "%", percent),
    number("minReplicas", "Minimum replicas", "replicas", plain),
    efficiency("bandwidthPercent", "Memory bandwidth reached"),
    efficiency("computePercent", "Compute reached"),
    efficiency("prefillPercent", "Prefill compute reached"),
    selfHost("measured", "Measured throughput", "tokens/s", (form, c) =>
      typed(
        c,
        optionPath(form.key, "measuredOutputTokensPerSecond"),
        form.measuredOutputTokensPerSecond,
        withUnit("tokens/s"),
        "estimated",
      ),
    ),
    // Typed, or the factor the engine derived from the Intelligence Index token counts.
    row(compared, key("verbosity"), "Verbosity", "×", (c) => {
      const form = formOf(c);
      if (!form) return null;
      if (form.verbosity.trim() !== "")
        return typed(
          c,
          optionPath(form.key, "verbosity"),
          form.verbosity,
          times,
        );
      const used = resultOf(c)?.options[index]?.verbosity;
      return used === undefined
        ? cell("from the index")
        : cell(`${times(used)} (from the index)`, used);
    }),
  ]);
}

const resultOf = (c: ComparedScenario): ScenarioResult | null =>
  c.outcome.ok ? c.outcome.evaluation.result : null;

const optionName = (result: ScenarioResult, option: OptionResult) =>
  `Option ${result.options.indexOf(option) + 1}: ${option.label}`;

/** A cell of a costed scenario; a scenario that could not be costed says so instead. */
function resultCell(
  c: ComparedScenario,
  of: (result: ScenarioResult) => CompareCell | null,
): CompareCell | null {
  const result = resultOf(c);
  return result ? of(result) : NOT_COSTED;
}

function cheapest(result: ScenarioResult): OptionResult | undefined {
  return result.options
    .filter((o) => o.monthlyCostUsd !== null)
    .sort((a, b) => a.monthlyCostUsd! - b.monthlyCostUsd!)[0];
}

function resultsSection(compared: ComparedScenario[]) {
  return section("Results", [
    row(compared, "results.tokens", "Volume", "tokens/month", (c) =>
      resultCell(c, (r) =>
        cell(
          `${formatCompact(r.tokensPerMonth)} tokens/month`,
          r.tokensPerMonth,
        ),
      ),
    ),
    row(compared, "results.baseline", "Baseline", null, (c) =>
      resultCell(c, (r) =>
        cell(
          optionName(
            r,
            r.options.find((o) => o.id === r.baselineId)!,
          ),
        ),
      ),
    ),
    row(compared, "results.cheapest", "Cheapest", null, (c) =>
      resultCell(c, (r) => {
        const best = cheapest(r);
        return cell(best ? optionName(r, best) : BLANK);
      }),
    ),
    row(
      compared,
      "results.cheapest-cost",
      "Cheapest monthly cost",
      "USD/month",
      (c) => resultCell(c, (r) => costCell(cheapest(r))),
    ),
  ]);
}

function costCell(option: OptionResult | undefined): CompareCell {
  if (!option) return cell(BLANK);
  const cost = option.monthlyCostUsd;
  if (cost === null) return cell("Cannot run");
  const range = option.monthlyCostRange;
  return range
    ? cell(
        `${formatUsd(cost)} (${formatUsd(range.low)}–${formatUsd(range.high)})`,
        cost,
        null,
        range,
      )
    : cell(formatUsd(cost), cost);
}

function optionResultsSection(compared: ComparedScenario[], index: number) {
  const figure = (
    field: string,
    label: string,
    unit: string,
    of: (option: OptionResult, result: ScenarioResult) => CompareCell | null,
  ) =>
    row(compared, optionRowKey(index, field), label, unit, (c) =>
      resultCell(c, (r) => {
        const option = r.options[index];
        return option ? of(option, r) : null;
      }),
    );
  /** An option that cannot run has its monthly cost cell say so; its other figures stay blank. */
  const costed =
    (of: (option: OptionResult, result: ScenarioResult) => CompareCell) =>
    (option: OptionResult, result: ScenarioResult) =>
      option.monthlyCostUsd === null ? cell(BLANK) : of(option, result);
  const versusBaseline =
    (of: (option: OptionResult, result: ScenarioResult) => CompareCell) =>
    (option: OptionResult, result: ScenarioResult) =>
      option.id === result.baselineId ? cell("Baseline") : of(option, result);
  const savings = (option: OptionResult, result: ScenarioResult) =>
    result.savingsVsBaseline.find((s) => s.optionId === option.id);

  return section(`Option ${index + 1} results`, [
    figure("monthly", "Monthly cost", "USD/month", (o) => costCell(o)),
    figure(
      "saving",
      "Saving vs baseline",
      "USD/month",
      costed(
        versusBaseline((o, r) => {
          const s = savings(o, r);
          if (!s) return cell(BLANK);
          const amount = formatUsd(Math.abs(s.monthlyUsd));
          return cell(
            s.monthlyUsd >= 0 ? `saves ${amount}` : `costs ${amount} more`,
            s.monthlyUsd,
          );
        }),
      ),
    ),
    figure(
      "saving-share",
      "Saving vs baseline, share",
      "%",
      costed(
        versusBaseline((o, r) => {
          const share = savings(o, r)?.share ?? null;
          if (share === null) return cell(BLANK);
          return cell(
            `${formatPercent(Math.abs(share))} ${share >= 0 ? "less" : "more"}`,
            share * 100,
          );
        }),
      ),
    ),
    figure(
      "per-million",
      "Per 1M tokens",
      "USD/1M tokens",
      costed((o) =>
        cell(formatUsd(o.costPerMillionTokensUsd), o.costPerMillionTokensUsd),
      ),
    ),
    figure(
      "per-request",
      "Per request",
      "USD/request",
      costed((o) => cell(formatUsd(o.costPerRequestUsd), o.costPerRequestUsd)),
    ),
    figure(
      "break-even",
      "Break-even with the baseline",
      "tokens/month",
      costed(
        versusBaseline((o, r) => {
          const mid = r.breakEven.filter(
            (b) => b.optionId === o.id && b.priceCase === "mid",
          );
          const at = nearestCrossing(mid, r);
          if (!at) return cell("none in range");
          const more = mid.length > 1 ? ` (nearest of ${mid.length})` : "";
          return cell(
            `${formatCompact(at.tokensPerMonth)} tokens/month${more}`,
            at.tokensPerMonth,
          );
        }),
      ),
    ),
    figure("gpus", "GPUs", "GPUs", ({ serving }) =>
      serving
        ? cell(
            `${formatNumber(serving.gpus)} (${formatNumber(serving.replicas)} × ${serving.gpusPerReplica})`,
            serving.gpus,
          )
        : null,
    ),
    figure("utilisation", "Utilisation", "%", ({ serving }) =>
      serving
        ? cell(formatPercent(serving.utilization), serving.utilization * 100)
        : null,
    ),
  ]);
}

function columnOf(
  c: ComparedScenario,
  sections: CompareSection[],
  index: number,
): CompareColumn {
  if (c.outcome.ok)
    return {
      name: c.name,
      headline: headline(c.outcome.evaluation.result),
      problem: null,
    };
  // Name the first field at fault in the table's own words, so the reader can find it.
  for (const s of sections)
    for (const r of s.rows) {
      const problem = r.cells[index]!.problem;
      if (problem)
        return {
          name: c.name,
          headline: null,
          problem: `${s.title}, ${r.label}: ${problem}`,
        };
    }
  return {
    name: c.name,
    headline: null,
    problem:
      c.outcome.unplaced ??
      Object.values(c.outcome.errors)[0] ??
      "This scenario cannot be costed.",
  };
}

export function compareTable(compared: ComparedScenario[]): CompareTable {
  const optionCount = Math.max(0, ...compared.map((c) => c.doc.options.length));
  const positions = Array.from({ length: optionCount }, (_, i) => i);
  const sections = [
    workloadSection(compared),
    ...positions.map((i) => optionSection(compared, i)),
    resultsSection(compared),
    ...positions.map((i) => optionResultsSection(compared, i)),
  ].filter((s): s is CompareSection => s !== null);
  return {
    columns: compared.map((c, i) => columnOf(c, sections, i)),
    sections,
  };
}
