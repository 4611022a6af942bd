/**
 * Ranges: those the page's form holds beside its fields, and those of a written scenario: `"ranges": [{ "field": "workload.requestsPerMonth", "low": …,
 * "high": …, "distribution": "log-uniform" }]`, each naming a number of the scenario by the
 * engine's path (an option by its id). The field table says which numbers can hold a range and
 * their limits; the scenario's own value is the most likely one. The format is in
 * docs/scenario.md.
 */
import * as v from "valibot";
import { valueAt } from "../engine/paths";
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
import { PERIODS_PER_MONTH } from "../engine/units";
import { readNumber } from "./read";
import {
  optionPath,
  workloadPath,
  type FieldErrors,
  type OptionForm,
  type RangeForms,
  type WorkloadForm,
} from "./form";

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

/** The field table entry a form's range key names, if that field can hold a range. */
function formField(
  table: Record<string, FieldSpec>,
  key: string,
): FieldSpec | null {
  const spec = Object.hasOwn(table, key) ? table[key] : undefined;
  return spec?.range ? spec : null;
}

/** The fields of an option's form that can hold a range, by kind. */
const optionTable = (form: OptionForm): Record<string, FieldSpec> =>
  form.kind === "api" ? API_NUMBERS : SELF_HOST_NUMBERS;

export interface ReadRanges {
  ranges: RangedInput[];
  /** Form path of the end at fault (`workload.rate.low`) → plain message. */
  errors: FieldErrors;
}

/**
 * The form's ranges as the engine's, for a scenario read from the same form (its values are the
 * most likely ones). Each end is read by its field's own rule; an end on the wrong side of the
 * value gets a message beside it, and that range is left out.
 */
export function readFormRanges(
  workload: WorkloadForm,
  options: OptionForm[],
  scenario: Scenario,
): ReadRanges {
  const out: ReadRanges = { ranges: [], errors: {} };
  const read = (
    forms: RangeForms | undefined,
    table: Record<string, FieldSpec>,
    pathOf: (key: string) => string,
    likelyOf: (spec: FieldSpec) => number | undefined,
    optionId?: string,
    perUnit = (spec: FieldSpec) => 1 / (spec.scale ?? 1),
  ) => {
    for (const [key, range] of Object.entries(forms ?? {})) {
      const spec = formField(table, key);
      if (!spec || !range) continue;
      const rule = { ...formLimit(spec, perUnit(spec)) };
      const ends = (["low", "high"] as const).map((end) => {
        const typed = readNumber(range[end], rule);
        if (!typed.ok) out.errors[`${pathOf(key)}.${end}`] = typed.message;
        return typed.ok && typed.value !== undefined
          ? typed.value * perUnit(spec)
          : null;
      });
      const [low = null, high = null] = ends;
      const likely = likelyOf(spec);
      if (low === null || high === null || likely === undefined) continue;
      if (low > likely) {
        out.errors[`${pathOf(key)}.low`] =
          "The low end must not be above the value itself.";
        continue;
      }
      if (high < likely) {
        out.errors[`${pathOf(key)}.high`] =
          "The high end must not be below the value itself.";
        continue;
      }
      if (range.distribution === "log-uniform" && low <= 0) {
        out.errors[`${pathOf(key)}.low`] =
          "A log-uniform range needs a low end above 0.";
        continue;
      }
      out.ranges.push({
        field: spec.engine,
        ...(optionId !== undefined && { optionId }),
        low,
        high,
        distribution: range.distribution,
      });
    }
  };
  const perMonth = PERIODS_PER_MONTH[workload.period];
  read(
    workload.ranges,
    WORKLOAD_NUMBERS,
    (key) => workloadPath(key as keyof WorkloadForm),
    (spec) => numberAt(scenario.workload, spec.engine),
    undefined,
    // The rate is typed per the chosen period; the engine counts per month.
    (spec) =>
      spec === WORKLOAD_NUMBERS.rate ? perMonth : 1 / (spec.scale ?? 1),
  );
  for (const form of options) {
    const option = scenario.options.find((o) => o.id === form.key);
    read(
      form.ranges,
      optionTable(form),
      (key) => optionPath(form.key, key),
      (spec) => numberAt(option, spec.engine),
      form.key,
    );
  }
  return out;
}

function numberAt(target: unknown, path: string): number | undefined {
  const value = valueAt(target, path);
  return typeof value === "number" ? value : undefined;
}

/** A form limit in typed units: the engine's limit divided by what one typed unit is worth. */
function formLimit(spec: FieldSpec, perUnit: number) {
  const scaled = (n: number) => Number((n / perUnit).toPrecision(12));
  return { min: scaled(spec.limit.min), max: scaled(spec.limit.max) };
}
