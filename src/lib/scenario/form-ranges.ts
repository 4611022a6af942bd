/**
 * The ranges the page's form holds, read into the engine's: a range typed into a field as one
 * value ("2–4"), or the low and high ends its range editor holds beside it (the field itself then
 * holds the most likely value). Kept apart from the scenario file's ranges (./ranges.ts), which
 * need the engine's schema: the page reads these without loading it.
 */
import { valueAt } from "../engine/paths";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import { PERIODS_PER_MONTH } from "../engine/units";
import {
  API_NUMBERS,
  keysOf,
  PRICE_NUMBERS,
  rangeDistribution,
  SELF_HOST_NUMBERS,
  shownFor,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "./fields";
import {
  optionPath,
  workloadPath,
  type FieldErrors,
  type OptionForm,
  type RangeForm,
  type WorkloadForm,
} from "./form";
import { endsProblem } from "./range-text";
import { readNumber, readRangeText } from "./read";

/** A number of a form that can hold a range: its key, field table entry and typed text. */
interface RangeableField {
  key: string;
  spec: FieldSpec;
  text: string;
}

/**
 * An API's list prices can hold a range (`prices.input`, at `pricing.prices.inputPerM` in the
 * engine); an unannounced price already is one.
 */
const PRICE_FIELDS = keysOf(PRICE_NUMBERS).map((key) => ({
  key: `prices.${key}` as const,
  price: key,
  spec: {
    ...PRICE_NUMBERS[key],
    engine: `pricing.prices.${PRICE_NUMBERS[key].engine}`,
  },
}));

const rangeable = <K extends string>(
  table: Record<K, FieldSpec>,
  typed: NoInfer<Record<K, string>>,
  shown: (spec: FieldSpec) => boolean = () => true,
): RangeableField[] =>
  keysOf(table)
    .filter((key) => table[key].range && shown(table[key]))
    .map((key) => ({ key, spec: table[key], text: typed[key] }));

/** The workload's numbers that can hold a range, in the page's order. */
const workloadRangeable = (workload: WorkloadForm) =>
  rangeable(WORKLOAD_NUMBERS, workload);

/** An option's numbers that can hold a range: only those its kind of hosting shows. */
function optionRangeable(form: OptionForm): RangeableField[] {
  if (form.kind === "self-host")
    return rangeable(SELF_HOST_NUMBERS, form, (spec) => shownFor(spec, form));
  return [
    ...PRICE_FIELDS.map(({ key, price, spec }) => ({
      key,
      spec,
      text: form.prices[price],
    })),
    ...rangeable(API_NUMBERS, form),
  ];
}

export interface ReadRanges {
  ranges: RangedInput[];
  /** Form path of the end at fault (`workload.rate.low`) → plain message. */
  errors: FieldErrors;
}

/**
 * The form's ranges as the engine's, for a scenario read from the same form (its values are the
 * most likely ones, and a range typed into a field has been checked there). Each end of an
 * editor's range is read by its field's own rule; an end that cannot be, or a most likely value
 * outside the ends, gets a message beside it, and that range is left out.
 */
export function readFormRanges(
  workload: WorkloadForm,
  options: OptionForm[],
  scenario: Scenario,
): ReadRanges {
  const out: ReadRanges = { ranges: [], errors: {} };
  const read = (
    fields: RangeableField[],
    forms: Record<string, RangeForm> | undefined,
    pathOf: (key: string) => string,
    target: unknown,
    optionId?: string,
    perUnit = (spec: FieldSpec) => 1 / (spec.scale ?? 1),
  ) => {
    for (const { key, spec, text } of fields) {
      const form = forms && Object.hasOwn(forms, key) ? forms[key] : undefined;
      const likely = valueAt(target, spec.engine);
      if (typeof likely !== "number") continue;
      const unit = perUnit(spec);
      const rule = formLimit(spec, unit);
      const path = pathOf(key);
      const distribution = form?.distribution ?? rangeDistribution(spec);
      const typed = readRangeText(text, rule);
      let ends: { low: number; high: number } | null = null;
      if (typed) {
        if (typed.ok) ends = { low: typed.low * unit, high: typed.high * unit };
      } else if (form) {
        ends = readEnds(form, rule, unit, path, out.errors);
        if (ends) {
          const problem = endsProblem(ends.low, likely, ends.high);
          if (problem)
            out.errors[ends.low > ends.high ? `${path}.low` : path] = problem;
          if (problem) ends = null;
        }
      }
      if (!ends) continue;
      if (distribution === "log-uniform" && ends.low <= 0) {
        out.errors[typed ? path : `${path}.low`] =
          "A log-uniform range needs a low end above 0.";
        continue;
      }
      out.ranges.push({
        field: spec.engine,
        ...(optionId !== undefined && { optionId }),
        low: ends.low,
        high: ends.high,
        distribution,
      });
    }
  };
  const perMonth = PERIODS_PER_MONTH[workload.period];
  read(
    workloadRangeable(workload),
    workload.ranges,
    (key) => workloadPath(key as keyof WorkloadForm),
    scenario.workload,
    undefined,
    // The rate is typed per the chosen period; the engine counts per month.
    (spec) =>
      spec === WORKLOAD_NUMBERS.rate ? perMonth : 1 / (spec.scale ?? 1),
  );
  for (const form of options) {
    read(
      optionRangeable(form),
      form.ranges,
      (key) => optionPath(form.key, key),
      scenario.options.find((o) => o.id === form.key),
      form.key,
    );
  }
  return out;
}

/** An editor's two ends in engine units, or null with a message beside each end that fails. */
function readEnds(
  form: RangeForm,
  rule: { min: number; max: number },
  unit: number,
  path: string,
  errors: FieldErrors,
): { low: number; high: number } | null {
  const [low, high] = (["low", "high"] as const).map((end) => {
    const typed = readNumber(form[end], rule);
    if (!typed.ok) errors[`${path}.${end}`] = typed.message;
    return typed.ok && typed.value !== undefined ? typed.value * unit : null;
  });
  return low == null || high == null ? null : { low, high };
}

/** A form limit in typed units: the engine's limit divided by what one typed unit is worth. */
function formLimit(spec: FieldSpec, perUnit: number) {
  const scaled = (n: number) => Number((n / perUnit).toPrecision(12));
  return { min: scaled(spec.limit.min), max: scaled(spec.limit.max) };
}
