/**
 * The workspace's scenarios side by side: each evaluated through the calculator's own path, then
 * laid out as a table whose columns are scenarios and whose rows are what a reader compares —
 * the workload, each option's inputs (options matched by position), and the results. Every cell
 * keeps its number beside its text so the same model feeds the page, the charts and the CSV.
 */
import type { Range } from "../catalog/types";
import type { OptionResult, ScenarioResult } from "../engine/evaluate";
import type { Band } from "../engine/uncertainty";
import { PERIODS_PER_MONTH } from "../engine/units";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../format";
import { evaluateDoc, type DocEvaluation } from "../scenario/evaluate";
import {
  API_NUMBERS,
  headerUnit,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  shownFor,
  WORKLOAD_NUMBERS,
  type FieldSpec,
  type SelfHostNumberKey,
} from "../scenario/fields";
import {
  optionPath,
  optionTitle,
  pricePointOf,
  workloadPath,
  type ApiForm,
  type OptionForm,
  type PriceFields,
  type SelfHostForm,
} from "../scenario/form";
import { readNumber } from "../scenario/read";
import type { ScenarioDoc } from "../scenario/workspace";
import { headline, nearestCrossing, noCrossing } from "./headline";
import { PERIOD_LABELS } from "./labels";
import { referenceChoices } from "./pickers";
import { savingPhrase } from "./saving";

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
  /** The Monte Carlo's percentiles, for a figure known by its spread; `value` is its P50. */
  band?: Band;
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

export const cell = (
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
export const NOT_COSTED = cell("Not costed");

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
  empty: CompareCell = cell(BLANK),
): CompareCell {
  const problem = problemAt(c, path);
  const value = problem ? null : typedNumber(text);
  if (value === null && text.trim() === "") return { ...empty, problem };
  return cell(value === null ? text.trim() : show(value), value, problem);
}

/** Numbers are compared, not their rounded text; words and blanks by their text. */
function sameCell(a: CompareCell, b: CompareCell): boolean {
  const close = (x: number, y: number) =>
    Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (a.band || b.band)
    return (
      !!a.band &&
      !!b.band &&
      (["p10", "p50", "p90"] as const).every((p) =>
        close(a.band![p], b.band![p]),
      )
    );
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
export function row(
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

/** A number field's row: its label and unit from the field table, its value as typed. */
function numberRow(
  compared: ComparedScenario[],
  key: string,
  field: FieldSpec,
  textOf: (c: ComparedScenario) => { path: string; text: string } | null,
): CompareRow | null {
  return row(compared, key, field.label, headerUnit(field), (c) => {
    const found = textOf(c);
    return found
      ? typed(c, found.path, found.text, field.show, emptyCell(field))
      : null;
  });
}

/** What an empty optional field stands for: "82% (calibrated)", or just "estimated". */
function emptyCell(field: FieldSpec): CompareCell {
  const standsFor = Number(field.placeholder);
  if (field.emptyMeans && field.placeholder && Number.isFinite(standsFor))
    return cell(`${field.show(standsFor)} (${field.emptyMeans})`, standsFor);
  return cell(field.emptyMeans ?? BLANK);
}

function workloadSection(compared: ComparedScenario[]) {
  const { rate, ...rest } = WORKLOAD_NUMBERS;
  const fields = keysOf(rest).map((key) =>
    numberRow(compared, workloadPath(key), rest[key], (c) => ({
      path: workloadPath(key),
      text: c.doc.workload[key],
    })),
  );
  const reference = row(
    compared,
    workloadPath("referenceModel"),
    "Output tokens as written by",
    null,
    (c) => {
      const id = c.doc.workload.referenceModel;
      return cell(referenceChoices.find((r) => r.value === id)?.label ?? id);
    },
  );
  return section("Workload", [
    // Typed per second, day or month; compared (and exported) per month so equal volumes match.
    row(compared, workloadPath("rate"), "Requests", "requests/month", (c) => {
      const { rate: typedRate, period } = c.doc.workload;
      const problem = problemAt(c, workloadPath("rate"));
      const perPeriod = problem ? null : typedNumber(typedRate);
      if (perPeriod === null)
        return cell(typedRate.trim() || BLANK, null, problem);
      const perMonth = perPeriod * PERIODS_PER_MONTH[period];
      const monthly =
        period === "month" ? "" : ` (${formatCompact(perMonth)} a month)`;
      return cell(
        `${rate.show(perPeriod)} ${PERIOD_LABELS[period]}${monthly}`,
        perMonth,
        problem,
      );
    }),
    // The reference model says whose output tokens the sizes count: it follows them.
    ...fields.slice(0, 2),
    reference,
    ...fields.slice(2),
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
    return typed(
      c,
      path("prices"),
      form.prices[field],
      PRICE_NUMBERS[field].show,
    );
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
    of: (form: SelfHostForm) => CompareCell,
  ) =>
    row(compared, key(field), label, null, (c) => {
      const form = formOf(c);
      return form?.kind === "self-host" ? of(form) : null;
    });
  /** Typed fields of the options `textOf` finds them on. */
  const typedRows = <K extends string>(
    table: Record<K, FieldSpec>,
    textOf: NoInfer<(form: OptionForm, field: K) => string | null>,
  ) =>
    keysOf(table).map((field) =>
      numberRow(compared, key(field), table[field], (c) => {
        const form = formOf(c);
        const text = form ? textOf(form, field) : null;
        return form && text !== null
          ? { path: optionPath(form.key, field), text }
          : null;
      }),
    );
  // What both kinds have (the success rate, the verbosity) is one row each, at the end: a row
  // per kind would give two rows one key.
  const { verbosity: _, successPercent, ...apiNumbers } = API_NUMBERS;
  const {
    verbosity: __,
    successPercent: ___,
    gpusPerReplica,
    ...selfHostNumbers
  } = SELF_HOST_NUMBERS;
  const apiText = (form: OptionForm, field: keyof typeof apiNumbers) =>
    form.kind === "api" ? form[field] : null;
  const selfHostText = (form: OptionForm, field: SelfHostNumberKey) =>
    form.kind === "self-host" && shownFor(SELF_HOST_NUMBERS[field], form)
      ? form[field]
      : null;

  return section(`Option ${index + 1}${uniform}`, [
    row(compared, key("name"), "Offer or model", null, (c) => {
      const name = nameOf(c, index);
      return name === null ? null : cell(name);
    }),
    kinds.size > 1
      ? row(compared, key("kind"), "Kind", null, (c) => {
          const form = formOf(c);
          return form ? cell(KIND_WORDS[form.kind]) : null;
        })
      : null,
    api("price-point", "Price", null, (form) => cell(form.pricePoint)),
    ...keysOf(PRICE_NUMBERS).map((field) =>
      api(
        field,
        PRICE_NUMBERS[field].label,
        headerUnit(PRICE_NUMBERS[field]),
        (form, c) => priceCell(c, form, field),
      ),
    ),
    ...typedRows(apiNumbers, apiText),
    ...typedRows({ gpusPerReplica }, selfHostText),
    selfHost("weights", "Weights", (form) => cell(form.weights)),
    selfHost("kv", "KV cache", (form) => cell(form.kv)),
    selfHost("hosting", "Hosting", (form) => cell(form.hosting)),
    ...typedRows(selfHostNumbers, selfHostText),
    ...typedRows({ successPercent }, (form, field) => form[field]),
    // Typed, or the factor the engine derived from the Intelligence Index token counts.
    row(compared, key("verbosity"), "Verbosity", "×", (c) => {
      const form = formOf(c);
      if (!form) return null;
      const field = API_NUMBERS.verbosity;
      if (form.verbosity.trim() !== "")
        return typed(
          c,
          optionPath(form.key, "verbosity"),
          form.verbosity,
          field.show,
        );
      const used = resultOf(c)?.options[index]?.verbosity;
      return used === undefined
        ? cell(field.emptyMeans)
        : cell(`${field.show(used)} (${field.emptyMeans})`, used);
    }),
  ]);
}

const resultOf = (c: ComparedScenario): ScenarioResult | null =>
  c.outcome.ok ? c.outcome.evaluation.result : null;

export const optionName = (result: ScenarioResult, option: OptionResult) =>
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

/**
 * What the options at a position are, as the table names them: "GPT-5.4 (OpenAI)", or "GPT-5.4
 * (OpenAI) or Muse Spark (Meta)" when scenarios hold different ones there.
 */
const namesAt = (compared: ComparedScenario[], index: number) =>
  [
    ...new Set(
      compared.flatMap((c) => {
        const name = nameOf(c, index);
        return name === null ? [] : [name];
      }),
    ),
  ].join(" or ");

/** An option's name: as evaluated (with its GPU count, when automatic), else from its form. */
function nameOf(c: ComparedScenario, index: number): string | null {
  const form = c.doc.options[index];
  if (!form) return null;
  return resultOf(c)?.options[index]?.label ?? optionTitle(form);
}

function optionResultsSection(
  compared: ComparedScenario[],
  index: number,
  title: string,
) {
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

  return section(title, [
    figure("monthly", "Monthly cost", "USD/month", (o) => costCell(o)),
    figure(
      "saving",
      "Saving vs baseline",
      "USD/month",
      costed(
        versusBaseline((o, r) => {
          const s = savings(o, r);
          if (!s) return cell(BLANK);
          return cell(savingPhrase(s, "usd"), s.monthlyUsd);
        }),
      ),
    ),
    figure(
      "saving-share",
      "Saving vs baseline, share",
      "%",
      costed(
        versusBaseline((o, r) => {
          const s = savings(o, r);
          if (!s || s.share === null) return cell(BLANK);
          return cell(savingPhrase(s, "share"), s.share * 100);
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
          if (!at) return cell(noCrossing(r, o.id, "mid"));
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
      headline: headline(
        c.outcome.evaluation.result,
        c.outcome.evaluation.scenario.workload,
      ),
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

/** How a row of percentiles ends its label; the CSV gives each its own column. */
export const BAND_LABEL = ", P10 / P50 / P90";

export function compareTable(compared: ComparedScenario[]): CompareTable {
  const optionCount = Math.max(0, ...compared.map((c) => c.doc.options.length));
  const positions = Array.from({ length: optionCount }, (_, i) => i);
  // Each option's results are named for it; by position too where two positions read the same.
  const names = positions.map((i) => namesAt(compared, i));
  const resultsTitle = (i: number) =>
    names.indexOf(names[i]!) === names.lastIndexOf(names[i]!)
      ? `${names[i]} — results`
      : `Option ${i + 1}: ${names[i]} — results`;
  const sections = [
    workloadSection(compared),
    ...positions.map((i) => optionSection(compared, i)),
    resultsSection(compared),
    ...positions.map((i) => optionResultsSection(compared, i, resultsTitle(i))),
  ].filter((s): s is CompareSection => s !== null);
  return {
    columns: compared.map((c, i) => columnOf(c, sections, i)),
    sections,
  };
}
