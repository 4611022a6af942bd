/**
 * A scenario as the user wrote it, through to the engine's answer. The calculator and the
 * comparison both take this one path, so a scenario costs the same wherever it is shown.
 */
import { evaluateValid, type ScenarioResult } from "../engine/evaluate";
import type { EngineError } from "../engine/result";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import type { readFormRanges } from "./form-ranges";
import { formPathOf, readScenario } from "./read";
import type { FieldErrors, OptionForm } from "./form";
import type { ScenarioDoc } from "./workspace";
import {
  scenarioReference,
  tokenAccount,
  type TokenAccount,
  type TokenReference,
} from "./tokens";

export interface Evaluation {
  scenario: Scenario;
  result: ScenarioResult;
  /** Whose answers the output tokens count, and each option's factor by its id. */
  tokens: { reference: TokenReference; accounts: Record<string, TokenAccount> };
  /** The inputs given as ranges, for how sure the answer is; the scenario holds their likely values. */
  ranges: RangedInput[];
}

export type DocEvaluation =
  | { ok: true; evaluation: Evaluation }
  | {
      ok: false;
      /** Form path → message, for the fields at fault. */
      errors: FieldErrors;
      /** A problem no single field is to blame for. */
      unplaced: string | null;
      /** The scenario read, when the engine refused it (its ranges are checked first). */
      scenario?: Scenario;
    };

/** Reads a form's ranges: form-ranges.ts's `readFormRanges`, which the page loads lazily. */
export type RangeReader = typeof readFormRanges;

/**
 * A scenario's answer; with `readRanges`, its ranges read and checked too (see withRanges),
 * without it none is drawn or checked.
 */
export function evaluateDoc(
  doc: Pick<ScenarioDoc, "workload" | "options" | "baselineKey">,
  readRanges?: RangeReader,
): DocEvaluation {
  return withRanges(doc, answerOf(doc), readRanges);
}

function answerOf(
  doc: Pick<ScenarioDoc, "workload" | "options" | "baselineKey">,
): DocEvaluation {
  const read = readScenario(doc.workload, doc.options, doc.baselineKey);
  if (!read.scenario)
    return { ok: false, errors: read.errors, unplaced: read.unplaced ?? null };
  const result = evaluateValid(read.scenario);
  return result.ok
    ? {
        ok: true,
        evaluation: {
          scenario: read.scenario,
          result: result.value,
          tokens: tokensOf(doc, read.scenario),
          ranges: [],
        },
      }
    : { ...placed(result.error, doc.options), scenario: read.scenario };
}

/**
 * `evaluated` (evaluateDoc's answer for `doc`, without ranges) with the form's ranges read and
 * checked, when there is a `readRanges`: a bad range stops the answer like a bad value, its
 * message beside the field, before any problem the engine found. Without ranges the evaluation is
 * returned as it was, so the page, which adds them when How sure loads, computes nothing shown
 * from it again.
 */
export function withRanges(
  doc: Pick<ScenarioDoc, "workload" | "options">,
  evaluated: DocEvaluation,
  readRanges: RangeReader | undefined,
): DocEvaluation {
  const scenario = evaluated.ok
    ? evaluated.evaluation.scenario
    : evaluated.scenario;
  if (!readRanges || !scenario) return evaluated;
  const { ranges, errors } = readRanges(doc.workload, doc.options, scenario);
  if (Object.keys(errors).length) return { ok: false, errors, unplaced: null };
  if (!evaluated.ok || !ranges.length) return evaluated;
  return { ok: true, evaluation: { ...evaluated.evaluation, ranges } };
}

function tokensOf(
  doc: Pick<ScenarioDoc, "workload" | "options" | "baselineKey">,
  scenario: Scenario,
): Evaluation["tokens"] {
  const reference = scenarioReference(
    doc.workload,
    doc.options,
    doc.baselineKey,
  );
  const accounts = Object.fromEntries(
    doc.options.map((form, i) => {
      const typed =
        form.verbosity.trim() === ""
          ? undefined
          : scenario.options[i]!.verbosity;
      return [form.key, tokenAccount(form, reference, typed)];
    }),
  );
  return { reference, accounts };
}

/** The engine names its own field; the message belongs beside the form field behind it. */
function placed(
  error: EngineError,
  options: OptionForm[],
): Extract<DocEvaluation, { ok: false }> {
  const path = formPathOf(error.field, options);
  return {
    ok: false,
    errors: path ? { [path]: error.message } : {},
    unplaced: path ? null : error.message,
  };
}
