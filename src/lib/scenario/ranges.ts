/**
 * Ranges in a written scenario: `"ranges": [{ "field": "workload.requestsPerMonth", "low": …,
 * "high": …, "distribution": "log-uniform" }]`, each naming a number of the scenario by the
 * engine's path (an option by its id). The field table says which numbers can hold a range and
 * their limits; the scenario's own value is the most likely one. The format is in
 * docs/scenario.md.
 */
import * as v from "valibot";
import { validate } from "../engine/schema";
import { fail, ok, type Result } from "../engine/result";
import { DISTRIBUTIONS } from "../engine/random";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import {
  API_NUMBERS,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "./fields";
import { formatSignificant } from "../format";

const rangeSpecSchema = v.strictObject({
  field: v.string("must be a field's path, e.g. workload.requestsPerMonth"),
  low: v.number("must be a number"),
  high: v.number("must be a number"),
  distribution: v.optional(
    v.picklist(DISTRIBUTIONS, `must be one of ${DISTRIBUTIONS.join(", ")}`),
    "triangular",
  ),
});

const rangesSchema = v.optional(v.array(rangeSpecSchema, "must be a list"), []);

/** The fields of a table that can hold a range, by their path in the engine's input. */
const rangeable = (table: Record<string, FieldSpec>, prefix = "") =>
  Object.values(table)
    .filter((f) => f.range)
    .map((f): [string, FieldSpec] => [prefix + f.engine, f]);

const WORKLOAD_RANGES = new Map(rangeable(WORKLOAD_NUMBERS));
const OPTION_RANGES = new Map([
  ...rangeable(API_NUMBERS),
  ...rangeable(SELF_HOST_NUMBERS),
  ...rangeable(PRICE_NUMBERS, "pricing.prices."),
]);

/** Where a path points: the workload, or an option by id (the longest id that fits). */
function target(
  path: string,
  scenario: Scenario,
): { optionId?: string; field: string; spec: FieldSpec } | null {
  const workload = /^workload\.(.+)$/.exec(path);
  if (workload) {
    const spec = WORKLOAD_RANGES.get(workload[1]!);
    return spec ? { field: workload[1]!, spec } : null;
  }
  const option = scenario.options
    .filter((o) => path.startsWith(`options.${o.id}.`))
    .sort((a, b) => b.id.length - a.id.length)[0];
  if (!option) return null;
  const field = path.slice(`options.${option.id}.`.length);
  const spec = OPTION_RANGES.get(field);
  return spec ? { optionId: option.id, field, spec } : null;
}

/** The written ranges of a scenario file, checked against the field table's limits. */
export function resolveRanges(
  input: unknown,
  scenario: Scenario,
): Result<RangedInput[]> {
  const written = validate(
    rangesSchema,
    (input as { ranges?: unknown } | null)?.ranges,
    "ranges",
  );
  if (!written.ok) return written;
  const ranges: RangedInput[] = [];
  for (const [i, range] of written.value.entries()) {
    const at = target(range.field, scenario);
    if (!at)
      return fail(
        `ranges.${i}.field`,
        `is not a number that can hold a range: "${range.field}"`,
      );
    const { min, max } = at.spec.limit;
    for (const end of ["low", "high"] as const) {
      if (range[end] < min || range[end] > max)
        return fail(
          `ranges.${i}.${end}`,
          `must be from ${formatSignificant(min)} to ${formatSignificant(max)}`,
        );
    }
    ranges.push({
      field: at.field,
      ...(at.optionId !== undefined && { optionId: at.optionId }),
      low: range.low,
      high: range.high,
      distribution: range.distribution,
    });
  }
  return ok(ranges);
}
