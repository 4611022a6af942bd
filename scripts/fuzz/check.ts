/**
 * What every input must satisfy, and the tally of what was seen. Nothing may throw; every figure
 * shown must be a finite, non-negative number where it is money, in text free of NaN, Infinity,
 * "undefined" and runaway digits; and every scenario must evaluate within the time limit.
 */
import type { ScenarioResult } from "../../src/lib/engine/evaluate";
import type { Workload } from "../../src/lib/engine/types";
import { compareCsvRows } from "../../src/lib/present/compare-csv";
import {
  compareTable,
  type ComparedScenario,
  type CompareTable,
} from "../../src/lib/present/compare";
import { headline } from "../../src/lib/present/headline";
import { evaluateDoc } from "../../src/lib/scenario/evaluate";
import type { Workspace } from "../../src/lib/scenario/workspace";

/**
 * Longest a scenario may take to evaluate, milliseconds of processor time: the machine the fuzzer
 * runs on is shared, and time spent waiting for another program's turn is not the evaluation's.
 * On an idle machine the two are the same: an evaluation is synchronous and single-threaded.
 */
export const EVALUATION_LIMIT_MS = 50;
/**
 * A run over a fifth of the limit is timed again, best of this many, so a pause for garbage
 * collection or compilation is not counted, and the slowest reported is the evaluation's own time.
 */
const RETIMES = 3;
const RETIME_FROM_MS = EVALUATION_LIMIT_MS / 5;

export interface Finding {
  category: string;
  problem: string;
  input: string;
}

export class Tally {
  inputs = 0;
  accepted = 0;
  refused = new Map<string, number>();
  throws = 0;
  evaluations = 0;
  slow = 0;
  /** The slowest evaluation, best of its re-timings, and what it was of. */
  maxMs = 0;
  slowest: Finding | null = null;
  bad = 0;
  /** The first findings of each kind, to show. */
  findings: Finding[] = [];

  refuse(reason: string) {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
  }

  /** Counts an evaluation that took `ms`, and reports it if over the limit. */
  timing(ms: number, finding: () => Finding) {
    this.evaluations++;
    if (ms > this.maxMs) {
      this.maxMs = ms;
      this.slowest = finding();
    }
    if (ms > EVALUATION_LIMIT_MS) this.report("slow", finding());
  }

  report(kind: "throws" | "bad" | "slow", finding: Finding) {
    this[kind]++;
    if (this.findings.length < 20) this.findings.push(finding);
  }
}

/** Text the program wrote that a person would read as broken. */
const BROKEN_TEXT =
  /NaN|Infinity|undefined|\[object|-\$|\d{16}|\d{1,3}(,\d{3}){5}/;

export function brokenText(text: string): string | null {
  return BROKEN_TEXT.exec(text)?.[0] ?? null;
}

/** Processor time `work` takes, user and system, milliseconds. */
function processorMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Runs `work`, timing it; a slow run is taken again and its best time kept. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  let value: T | undefined;
  let ms = processorMs(() => (value = work()));
  for (let i = 1; i < RETIMES && ms > RETIME_FROM_MS; i++)
    ms = Math.min(ms, processorMs(work));
  return { value: value as T, ms };
}

const MONEY_FIELDS = [
  "monthlyCostUsd",
  "costPerMillionTokensUsd",
  "costPerRequestUsd",
] as const;

/** What is wrong with an engine result, if anything. */
export function resultProblem(
  result: ScenarioResult,
  workload: Workload,
): string | null {
  const numbers: number[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "number") numbers.push(value);
    else if (value && typeof value === "object")
      Object.values(value).forEach(collect);
  };
  collect(result);
  if (numbers.some((n) => !Number.isFinite(n))) return "a number not finite";
  for (const option of result.options) {
    const money = [
      ...MONEY_FIELDS.map((key) => option[key]),
      ...option.breakdown.map((line) => line.usd),
      option.monthlyCostRange?.low,
      option.monthlyCostRange?.high,
    ];
    if (money.some((usd) => typeof usd === "number" && usd < 0))
      return `negative money on ${option.id}`;
  }
  const { low, high } = result.sweep;
  if (
    result.breakEven.some(
      (b) => b.requestsPerMonth < low || b.requestsPerMonth > high,
    )
  )
    return "a break-even outside the volumes searched";
  const text = brokenText(headline(result, workload));
  return text && `headline shows "${text}"`;
}

/** Rows of figures the program computed (not the typed inputs, which show as typed). */
const isResultsSection = (title: string) => /results$/i.test(title);

/** What is wrong with a comparison table and its CSV, if anything. */
export function tableProblem(table: CompareTable): string | null {
  for (const column of table.columns) {
    const text = brokenText(`${column.headline ?? ""} ${column.problem ?? ""}`);
    if (text) return `column shows "${text}"`;
  }
  for (const section of table.sections)
    for (const row of section.rows)
      for (const cell of row.cells) {
        const numbers = [cell.value, cell.range?.low, cell.range?.high];
        if (numbers.some((n) => typeof n === "number" && !Number.isFinite(n)))
          return `${section.title}, ${row.label}: a number not finite`;
        if (!isResultsSection(section.title)) continue;
        const text = brokenText(cell.text);
        if (text) return `${section.title}, ${row.label} shows "${text}"`;
        const money =
          row.unit?.startsWith("USD") && !row.key.endsWith(".saving");
        if (money && cell.value !== null && cell.value < 0)
          return `${section.title}, ${row.label}: negative money`;
      }
  // The headline, the problem and every field with a unit; names and words are the user's text.
  const [, units, ...lines] = compareCsvRows(table);
  for (const line of lines)
    for (const [i, field] of line.entries())
      if (
        (i === 1 || i === 2 || units![i]) &&
        /NaN|Infinity|undefined/.test(field)
      )
        return `CSV field "${field.slice(0, 40)}"`;
  return null;
}

/**
 * Every scenario of a workspace through the calculator's path (timed), then the comparison table
 * and its CSV, as the Compare view builds them.
 */
export function checkWorkspace(
  workspace: Workspace,
  tally: Tally,
  finding: (problem: string) => Finding,
): void {
  const compared: ComparedScenario[] = workspace.scenarios.map((doc) => {
    const { value: outcome, ms } = timed(() => evaluateDoc(doc));
    tally.timing(ms, () => finding(`"${doc.name}" took ${ms.toFixed(1)} ms`));
    if (outcome.ok) {
      const problem = resultProblem(
        outcome.evaluation.result,
        outcome.evaluation.scenario.workload,
      );
      if (problem) tally.report("bad", finding(problem));
    }
    return { name: doc.name, doc, outcome };
  });
  const problem = tableProblem(compareTable(compared));
  if (problem) tally.report("bad", finding(problem));
}
