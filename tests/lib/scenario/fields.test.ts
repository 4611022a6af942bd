import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/lib/engine/limits";
import {
  API_NUMBERS,
  formLimit,
  formText,
  headerUnit,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "../../../src/lib/scenario/fields";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import {
  optionPath,
  workloadPath,
  type SelfHostForm,
} from "../../../src/lib/scenario/form";

describe("the field table", () => {
  it("scales a share to the percent the form shows", () => {
    expect(formLimit(SELF_HOST_NUMBERS.headroomPercent)).toEqual({
      min: 5,
      max: 100,
    });
    expect(formText(WORKLOAD_NUMBERS.cachedPercent, 0.2)).toBe("20");
    expect(formLimit(SELF_HOST_NUMBERS.gpusPerReplica)).toEqual({
      min: 1,
      max: 4096,
      whole: true,
    });
  });

  it("shows the default stack's calibrated factors as percents to three digits", () => {
    // vLLM: 0.832 · 0.681, 0.537 · 0.961, 0.479 · 0.961.
    expect(SELF_HOST_NUMBERS.bandwidthPercent.placeholder).toBe("56.7");
    expect(SELF_HOST_NUMBERS.computePercent.placeholder).toBe("51.6");
    expect(SELF_HOST_NUMBERS.prefillPercent.placeholder).toBe("46");
  });

  it("names one price limit for the form and the engine", () => {
    expect(PRICE_NUMBERS.output.limit).toBe(LIMITS.pricePerM);
    expect(headerUnit(PRICE_NUMBERS.output)).toBe("USD/1M tokens");
    expect(headerUnit(SELF_HOST_NUMBERS.usdPerGpuHour)).toBe("USD/GPU-hour");
  });
});

/**
 * The form and the engine agree on every range: the form's largest value is costed, and one
 * step past it is refused beside the field (never by the engine, far from what was typed).
 */
describe("every field's range holds in the form and the engine alike", () => {
  const past = (field: FieldSpec) => {
    const { max, whole } = formLimit(field);
    return String(whole ? max + 1 : max * 1.01);
  };

  const workloadFields = Object.entries(WORKLOAD_NUMBERS).filter(
    ([key]) => key !== "rate",
  );
  it.each(workloadFields)("workload %s", (key, field) => {
    const doc = defaultScenario();
    const at = (text: string) =>
      evaluateDoc({ ...doc, workload: { ...doc.workload, [key]: text } });
    const edge = formLimit(field);
    const inRange = at(String(key === "outputTokens" ? edge.min : edge.min));
    expect(inRange.ok).toBe(true);
    const out = at(past(field));
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(Object.keys(out.errors)).toEqual([
        workloadPath(key as keyof typeof WORKLOAD_NUMBERS),
      ]);
  });

  const selfHostFields = Object.entries(SELF_HOST_NUMBERS).filter(
    ([, field]) => !("hosting" in field) || field.hosting === "rented",
  );
  it.each(selfHostFields)("self-hosted %s", (key, field) => {
    const doc = defaultScenario();
    const selfHost = doc.options[1] as SelfHostForm;
    const at = (text: string) =>
      evaluateDoc({
        ...doc,
        options: [doc.options[0]!, { ...selfHost, [key]: text }],
      });
    expect(at(String(formLimit(field).max)).ok).toBe(true);
    const out = at(past(field));
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(Object.keys(out.errors)).toEqual([optionPath(selfHost.key, key)]);
  });

  it.each(Object.entries(API_NUMBERS))("API %s", (key, field) => {
    const doc = defaultScenario();
    const api = doc.options[0]!;
    const at = (text: string) =>
      evaluateDoc({
        ...doc,
        options: [{ ...api, [key]: text }, doc.options[1]!],
      });
    expect(at(String(formLimit(field).max)).ok).toBe(true);
    expect(at(past(field)).ok).toBe(false);
  });
});
