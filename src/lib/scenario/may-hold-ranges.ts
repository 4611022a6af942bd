/**
 * Whether a scenario may hold a range, cheaply, for deciding whether anything uncertain is worth
 * computing: a range beside a field, one typed into a field ("2–4"), or an unannounced price.
 * form-ranges.ts says which are valid; kept apart from it so that what calls this (the charts)
 * loads none of that.
 */
import type { Scenario } from "../engine/types";
import {
  API_NUMBERS,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "./fields";
import type { OptionForm, RangeForms, WorkloadForm } from "./form";
import { splitRange } from "./range-text";

/** Whether a field of the table that can hold a range holds one typed as its text. */
const typedInto = (table: Record<string, FieldSpec>, typed: object) =>
  Object.entries(table).some(([key, spec]) => {
    const text: unknown = Reflect.get(typed, key);
    return spec.range && typeof text === "string" && splitRange(text);
  });

export function mayHoldRanges(
  workload: WorkloadForm,
  options: OptionForm[],
  scenario: Scenario,
): boolean {
  const beside = (forms: RangeForms | undefined) =>
    Object.keys(forms ?? {}).length > 0;
  return (
    beside(workload.ranges) ||
    typedInto(WORKLOAD_NUMBERS, workload) ||
    options.some(
      (o) =>
        beside(o.ranges) ||
        (o.kind === "api"
          ? typedInto(API_NUMBERS, o) || typedInto(PRICE_NUMBERS, o.prices)
          : typedInto(SELF_HOST_NUMBERS, o)),
    ) ||
    scenario.options.some((o) => o.kind === "api" && o.pricing.kind === "range")
  );
}
