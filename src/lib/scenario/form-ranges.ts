/**
 * The ranges the page's form holds beside its fields, read into the engine's. Kept apart from the
 * scenario file's ranges (./ranges.ts), which need the engine's schema: the page reads these
 * without loading it.
 */
import { valueAt } from "../engine/paths";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import { PERIODS_PER_MONTH } from "../engine/units";
import {
  API_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "./fields";
import {
  optionPath,
  workloadPath,
  type FieldErrors,
  type OptionForm,
  type RangeForms,
  type WorkloadForm,
} from "./form";
import { readNumber } from "./read";

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

/**
 * Whether a scenario may hold a range: one typed beside a field, or an unannounced price. Cheap,
 * for deciding whether anything uncertain is worth computing; readFormRanges says which are valid.
 */
export function mayHoldRanges(
  workload: WorkloadForm,
  options: OptionForm[],
  scenario: Scenario,
): boolean {
  const typed = (forms: RangeForms | undefined) =>
    Object.keys(forms ?? {}).length > 0;
  return (
    typed(workload.ranges) ||
    options.some((o) => typed(o.ranges)) ||
    scenario.options.some((o) => o.kind === "api" && o.pricing.kind === "range")
  );
}
