/**
 * What a number field needs to hold a range: the range the form keeps for it, how to change it,
 * the messages beside its ends and the distribution a new one starts with. Undefined for a field
 * the field table says cannot hold one.
 */
import type { Distribution } from "../engine/random";
import { rangeDistribution, type FieldSpec } from "../scenario/fields";
import {
  withRange,
  type FieldErrors,
  type RangeForm,
  type RangeForms,
} from "../scenario/form";

export interface RangeField {
  range: RangeForm | undefined;
  set: (range: RangeForm | undefined) => void;
  errors: { low?: string; high?: string };
  distribution: Distribution;
}

export function rangeField(
  form: { ranges?: RangeForms },
  key: string,
  spec: FieldSpec,
  errors: FieldErrors,
  path: string,
): RangeField | undefined {
  if (!spec.range) return undefined;
  return {
    range: form.ranges?.[key],
    set: (range) => (form.ranges = withRange(form.ranges, key, range)),
    errors: { low: errors[`${path}.low`], high: errors[`${path}.high`] },
    distribution: rangeDistribution(spec),
  };
}
