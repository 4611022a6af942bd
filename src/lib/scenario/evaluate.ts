/**
 * A scenario as the user wrote it, through to the engine's answer. The calculator and the
 * comparison both take this one path, so a scenario costs the same wherever it is shown.
 */
import { evaluateScenario, type ScenarioResult } from "../engine/evaluate";
import type { Scenario } from "../engine/types";
import { formPathOf, readScenario } from "./read";
import { type FieldErrors } from "./form";
import type { ScenarioDoc } from "./workspace";

export interface Evaluation {
  scenario: Scenario;
  result: ScenarioResult;
}

export type DocEvaluation =
  | { ok: true; evaluation: Evaluation }
  | {
      ok: false;
      /** Form path → message, for the fields at fault. */
      errors: FieldErrors;
      /** A problem no single field is to blame for. */
      unplaced: string | null;
    };

export function evaluateDoc(
  doc: Pick<ScenarioDoc, "workload" | "options" | "baselineKey">,
): DocEvaluation {
  const { scenario, errors } = readScenario(
    doc.workload,
    doc.options,
    doc.baselineKey,
  );
  if (!scenario) return { ok: false, errors, unplaced: null };
  const result = evaluateScenario(scenario);
  if (result.ok)
    return { ok: true, evaluation: { scenario, result: result.value } };
  // The engine names its own field; the message belongs beside the form field behind it.
  const path = formPathOf(result.error.field, doc.options);
  return {
    ok: false,
    errors: path ? { [path]: result.error.message } : {},
    unplaced: path ? null : result.error.message,
  };
}
