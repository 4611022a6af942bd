import { describe, expect, it } from "vitest";
import { PERIODS_PER_MONTH } from "../../../src/lib/engine/units";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import {
  withRange,
  type ApiForm,
  type SelfHostForm,
  type WorkloadForm,
} from "../../../src/lib/scenario/form";
import { mayHoldRanges } from "../../../src/lib/scenario/may-hold-ranges";
import { splitRange } from "../../../src/lib/scenario/range-text";
import { readRangeText, readScenario } from "../../../src/lib/scenario/read";
import { defaultScenario } from "../../../src/lib/scenario/workspace";

const rule = { min: 0, max: 100 };

describe("splitRange", () => {
  it.each([
    ["2–4", { low: "2", high: "4" }],
    ["2-4", { low: "2", high: "4" }],
    ["2 - 4", { low: "2", high: "4" }],
    ["2 to 4", { low: "2", high: "4" }],
    ["2—4", { low: "2", high: "4" }],
    ["300k-10M", { low: "300k", high: "10M" }],
    ["2–3–4", { low: "2", likely: "3", high: "4" }],
    [".5-1.5", { low: ".5", high: "1.5" }],
  ])("reads %s as a range", (text, ends) => {
    expect(splitRange(text)).toEqual(ends);
  });

  it.each(["2", "-4", "1e-3", "2e-4", "", "2-", "1,500", "to"])(
    "leaves %j a single value",
    (text) => {
      expect(splitRange(text)).toBeNull();
    },
  );
});

describe("readRangeText", () => {
  it("stands for the midpoint, or the most likely value typed between the ends", () => {
    expect(readRangeText("2–4", rule)).toEqual({
      ok: true,
      low: 2,
      likely: 3,
      high: 4,
    });
    expect(readRangeText("2-2.5-4", rule)).toEqual({
      ok: true,
      low: 2,
      likely: 2.5,
      high: 4,
    });
    expect(readRangeText("1k to 3k", { min: 0, max: 1e6 })).toMatchObject({
      likely: 2000,
    });
  });

  it.each([
    ["4–2", "The low end must not be above the high end."],
    ["2–5–4", "The most likely value must not be above the high end."],
    ["2–1–4", "The most likely value must not be below the low end."],
    ["2–400", "High end: Enter a number from 0 to 100."],
    ["x–4", "Low end: Enter a number from 0 to 100."],
  ])("says what is wrong with %s", (text, message) => {
    expect(readRangeText(text, rule)).toEqual({ ok: false, message });
  });

  it("is null for a single value", () => {
    expect(readRangeText("3", rule)).toBeNull();
  });
});

/** The default scenario with some of its fields typed over, read as the page reads it. */
function read(
  workload: Partial<WorkloadForm>,
  selfHost: Partial<SelfHostForm> = {},
  api: Partial<ApiForm> = {},
) {
  const doc = defaultScenario();
  const w = { ...doc.workload, ...workload };
  const options = doc.options.map((o) =>
    o.kind === "self-host"
      ? ({ ...o, ...selfHost } as SelfHostForm)
      : ({ ...o, ...api } as ApiForm),
  );
  const scenario = readScenario(w, options, doc.baselineKey);
  return {
    scenario,
    ranges: scenario.scenario
      ? readFormRanges(w, options, scenario.scenario)
      : null,
  };
}

describe("a range typed into a field", () => {
  it("costs the scenario at its most likely value and hands the ends to the Monte Carlo", () => {
    const { scenario, ranges } = read(
      { rate: "1M–3M" },
      { usdPerGpuHour: "2–4" },
    );
    expect(scenario.scenario?.workload.requestsPerMonth).toBe(2e6);
    const selfHosted = scenario.scenario?.options[1];
    expect(
      selfHosted?.kind === "self-host" && selfHosted.hosting,
    ).toMatchObject({ usdPerGpuHour: 3 });
    expect(ranges).toEqual({
      errors: {},
      ranges: [
        // The volume spreads log-uniformly unless another distribution is picked.
        {
          field: "requestsPerMonth",
          low: 1e6 * PERIODS_PER_MONTH.month,
          high: 3e6 * PERIODS_PER_MONTH.month,
          distribution: "log-uniform",
        },
        {
          field: "hosting.usdPerGpuHour",
          optionId: "self-hosted",
          low: 2,
          high: 4,
          distribution: "triangular",
        },
      ],
    });
  });

  it("puts a bad range's message beside the field and withholds the answer", () => {
    const { scenario } = read({ inputTokens: "2000–1000" });
    expect(scenario.scenario).toBeNull();
    expect(scenario.errors).toEqual({
      "workload.inputTokens": "The low end must not be above the high end.",
    });
  });

  it("takes a known API price as a range, at its place in the engine's pricing", () => {
    const doc = defaultScenario();
    const api = doc.options[0] as ApiForm;
    const { ranges } = read(
      {},
      {},
      {
        ranges: {
          "prices.output": {
            low: "1",
            high: api.prices.output,
            distribution: "uniform",
          },
        },
      },
    );
    expect(ranges?.ranges).toEqual([
      {
        field: "pricing.prices.outputPerM",
        optionId: "muse-spark",
        low: 1,
        high: Number(api.prices.output),
        distribution: "uniform",
      },
    ]);
  });

  it("skips the range of a field the option's hosting does not show", () => {
    const { ranges } = read(
      {},
      { ranges: { pue: { low: "1", high: "2", distribution: "uniform" } } },
    );
    expect(ranges).toEqual({ ranges: [], errors: {} });
  });
});

describe("readFormRanges, the range editor's ends", () => {
  const gpuRange = (low: string, high: string, distribution = "triangular") =>
    read(
      {},
      {
        usdPerGpuHour: "3",
        ranges: {
          usdPerGpuHour: {
            low,
            high,
            distribution: distribution as "triangular",
          },
        },
      },
    ).ranges!;
  const at = "options.self-hosted.usdPerGpuHour";

  it.each([
    ["4", "2", `${at}.low`, "The low end must not be above the high end."],
    ["3.5", "4", at, "The most likely value must not be below the low end."],
    ["", "4", `${at}.low`, expect.stringMatching(/^Required\. Enter a number/)],
    ["-1", "4", `${at}.low`, expect.stringMatching(/^Enter a number from 0/)],
  ])("low %j, high %j: a message at %s", (low, high, path, message) => {
    const { ranges, errors } = gpuRange(low, high);
    expect(ranges).toEqual([]);
    expect(errors).toEqual({ [path]: message });
  });

  it("refuses a log-uniform range from 0", () => {
    expect(gpuRange("0", "4", "log-uniform").errors).toEqual({
      [`${at}.low`]: "A log-uniform range needs a low end above 0.",
    });
  });

  it("takes equal ends as a range that varies nothing", () => {
    expect(gpuRange("3", "3").ranges).toHaveLength(1);
  });
});

describe("withRange", () => {
  const range = { low: "1", high: "2", distribution: "uniform" } as const;
  it("sets one field's range and removes it, leaving none rather than an empty record", () => {
    const one = withRange(undefined, "pue", range);
    expect(one).toEqual({ pue: range });
    expect(withRange(one, "years", range)).toEqual({
      pue: range,
      years: range,
    });
    expect(withRange(one, "pue", undefined)).toBeUndefined();
  });
});

describe("mayHoldRanges", () => {
  it("sees a range typed into a field, one beside it, or none", () => {
    const doc = defaultScenario();
    const scenario = read({}).scenario.scenario!;
    const known = doc.options.map((o) =>
      o.kind === "api" ? { ...o, pricePoint: "list price" } : o,
    );
    const self = (o: Partial<SelfHostForm>) =>
      known.map((k) => (k.kind === "self-host" ? { ...k, ...o } : k));
    expect(mayHoldRanges(doc.workload, self({}), scenario)).toBe(false);
    expect(
      mayHoldRanges(doc.workload, self({ usdPerGpuHour: "2–4" }), scenario),
    ).toBe(true);
    expect(
      mayHoldRanges({ ...doc.workload, rate: "1M to 3M" }, self({}), scenario),
    ).toBe(true);
    expect(
      mayHoldRanges(
        doc.workload,
        self({
          ranges: { pue: { low: "1", high: "2", distribution: "uniform" } },
        }),
        scenario,
      ),
    ).toBe(true);
  });
});
