/**
 * `solve`: the value of one input at which an option and the baseline cost the same, every other
 * input as the scenario file has it.
 */
import { parseArgs } from "node:util";
import { solve, SOLVE_FOR, type Solution } from "../engine/solve";
import { resolveScenario } from "../scenario/spec";
import { formatSignificant } from "../format";
import { InputError } from "./errors";
import { choiceFlag } from "./flags";
import { readJson, type Io } from "./io";
import { labelOf } from "./labels";

function describe(s: Solution, label: (id: string) => string): string {
  const pair = `${label(s.option)} against ${label(s.baseline)}`;
  if (s.value === null) return `${pair}, varying ${s.for}: ${s.reason}.\n`;
  const meet = s.equal ? "cost the same" : "swap places";
  return `${pair}: they ${meet} at ${s.for} = ${formatSignificant(s.value)} ${s.unit} (today ${formatSignificant(s.current)}).\n`;
}

export function runSolve(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      for: { type: "string" },
      option: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const [input, ...extra] = positionals;
  if (!input)
    throw new InputError(
      `solve needs a scenario file: solve <scenario.json> --for ${SOLVE_FOR.join("|")} [--option ID] [--json]`,
    );
  if (extra.length > 0)
    throw new InputError(`solve takes one input, got also "${extra[0]}"`);
  const target = choiceFlag("for", values.for, SOLVE_FOR);
  const scenario = resolveScenario(readJson(io, input, "scenario"));
  if (!scenario.ok)
    throw new InputError(
      `${input}: ${scenario.error.field} ${scenario.error.message}`,
    );
  const solution = solve(scenario.value, target, values.option);
  if (!solution.ok)
    throw new InputError(
      `--${solution.error.field} ${solution.error.message}: "${values.option}"`,
    );
  io.stdout(
    values.json
      ? JSON.stringify(solution.value, null, 2)
      : describe(solution.value, labelOf(scenario.value.options)),
  );
}
