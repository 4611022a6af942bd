/**
 * The page reads its form without loading the engine's schema: every field is read within the
 * engine's own limits. These properties hold the schema to what the reader returns, over every
 * field of the field table at and around its limits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiOffers, gpus, openModels } from "../../../src/lib/catalog";
import { WEIGHT_PRECISIONS } from "../../../src/lib/engine/architecture";
import { scenarioSchema, validate } from "../../../src/lib/engine/schema";
import {
  PERIODS_PER_MONTH,
  type RatePeriod,
} from "../../../src/lib/engine/units";
import { apiForm, selfHostForm } from "../../../src/lib/scenario/defaults";
import {
  API_NUMBERS,
  formLimit,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "../../../src/lib/scenario/fields";
import type { OptionForm, WorkloadForm } from "../../../src/lib/scenario/form";
import { readScenario } from "../../../src/lib/scenario/read";

/** Texts a field may hold: its limits, just past them, between, and junk. */
function textFor(field: FieldSpec): fc.Arbitrary<string> {
  const { min, max } = formLimit(field);
  // Mostly in range, so that whole scenarios read often enough to test.
  return fc.oneof(
    { arbitrary: fc.constantFrom(String(min), String(max)), weight: 20 },
    {
      arbitrary: fc.double({ min, max, noNaN: true }).map(String),
      weight: 40,
    },
    { arbitrary: fc.constantFrom(String(max * 2), "", "x"), weight: 1 },
    {
      arbitrary: fc.double({ min: -1, max: min, noNaN: true }).map(String),
      weight: 1,
    },
  );
}

const textsOf = (table: Record<string, FieldSpec>) =>
  fc.record(
    Object.fromEntries(
      Object.entries(table).map(([key, field]) => [key, textFor(field)]),
    ),
  );

const workload: fc.Arbitrary<WorkloadForm> = fc
  .record({
    texts: textsOf(WORKLOAD_NUMBERS),
    period: fc.constantFrom(
      ...(Object.keys(PERIODS_PER_MONTH) as RatePeriod[]),
    ),
  })
  .map(({ texts, period }) => ({
    ...(texts as Record<keyof typeof WORKLOAD_NUMBERS, string>),
    period,
    referenceModel: "gpt-5.4",
  }));

const api: fc.Arbitrary<OptionForm> = fc
  .record({
    offer: fc.constantFrom(...apiOffers),
    point: fc.nat(),
    texts: textsOf(API_NUMBERS),
    prices: textsOf(PRICE_NUMBERS),
  })
  .map(({ offer, point, texts, prices }) => ({
    ...apiForm("a", offer.id, offer.prices[point % offer.prices.length]!.label),
    ...texts,
    prices: prices as Record<keyof typeof PRICE_NUMBERS, string>,
    low: prices as Record<keyof typeof PRICE_NUMBERS, string>,
    high: prices as Record<keyof typeof PRICE_NUMBERS, string>,
  }));

const selfHost: fc.Arbitrary<OptionForm> = fc
  .record({
    model: fc.constantFrom(...openModels),
    gpu: fc.constantFrom(...gpus),
    weights: fc.constantFrom(...WEIGHT_PRECISIONS),
    hosting: fc.constantFrom("rented" as const, "owned" as const),
    texts: textsOf(SELF_HOST_NUMBERS),
  })
  .map(({ model, gpu, weights, hosting, texts }) => ({
    ...selfHostForm("s", model.id, gpu.id, 8, weights),
    ...texts,
    hosting,
  }));

describe("readScenario", () => {
  it("returns only scenarios the engine's schema accepts, unchanged", () => {
    fc.assert(
      fc.property(workload, api, selfHost, (w, a, s) => {
        const read = readScenario(w, [a, s], "a");
        if (!read.scenario) {
          expect(
            Object.keys(read.errors).length > 0 || read.unplaced,
          ).toBeTruthy();
          return;
        }
        const checked = validate(scenarioSchema, read.scenario);
        expect(checked.ok).toBe(true);
        // The schema keeps what it checks and drops catalog records' extra fields.
        if (checked.ok) expect(read.scenario).toMatchObject(checked.value);
      }),
      { numRuns: 400 },
    );
  });

  it("reads some scenarios in full: the property above is not vacuous", () => {
    let costed = 0;
    fc.assert(
      fc.property(workload, api, selfHost, (w, a, s) => {
        if (readScenario(w, [a, s], "a").scenario) costed++;
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(costed).toBeGreaterThan(0);
  });

  it.each([
    [[], "options must hold at least one option"],
    [
      [apiForm("a", "gpt-5.4"), apiForm("a", "muse-spark")],
      "options must have distinct ids",
    ],
    [
      [apiForm("b", "gpt-5.4")],
      "baselineId must be the id of one of the options",
    ],
  ])("says what the options as a whole break: %#", (options, unplaced) => {
    const w = {
      ...Object.fromEntries(keysOf(WORKLOAD_NUMBERS).map((k) => [k, "1"])),
      period: "month",
      referenceModel: "gpt-5.4",
    } as WorkloadForm;
    expect(readScenario(w, options, "a")).toEqual({
      scenario: null,
      errors: {},
      unplaced,
    });
  });
});
