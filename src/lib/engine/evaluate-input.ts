/**
 * The engine's entry for input from outside (a file, a script, a test): validated against the
 * engine's schema first, so no formula ever sees a value that could turn a result into NaN,
 * Infinity or a negative cost. The page's form checks every field against the same limits as it
 * reads them, and so calls `evaluateValid` directly without loading the schema.
 */
import { evaluateValid, type ScenarioResult } from "./evaluate";
import type { Result } from "./result";
import { scenarioSchema, validate } from "./schema";

/** Validates a scenario and evaluates it; never throws. */
export function evaluateScenario(input: unknown): Result<ScenarioResult> {
  const valid = validate(scenarioSchema, input);
  return valid.ok ? evaluateValid(valid.value) : valid;
}
