import { describe, expect, it } from "vitest";
import {
  apiForm,
  DEFAULT_BASELINE,
  defaultOptions,
  defaultWorkload,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import {
  optionPath,
  workloadPath,
  type ApiForm,
  type OptionForm,
} from "../../../src/lib/scenario/form";
import { readNumber, readScenario } from "../../../src/lib/scenario/read";
import { catalogDate } from "../../../src/lib/catalog";
import { SECONDS_PER_MONTH } from "../../../src/lib/engine/units";

describe("readNumber", () => {
  it.each([
    ["12", 12],
    [" 1,500 ", 1500],
    ["0.5", 0.5],
    ["1 500", 1500],
    ["2\u00a0000\u00a0000", 2_000_000],
    ["2M", 2_000_000],
    ["1.5k", 1500],
    ["2.5 B", 2.5e9],
    ["3T", 3e12],
  ])("reads %j as %d", (text, value) => {
    expect(readNumber(text, { min: 0, max: 1e13 })).toEqual({
      ok: true,
      value,
    });
  });

  it.each([
    ["", "Required. Enter a number from 0 to 10."],
    ["abc", "Enter a number from 0 to 10."],
    ["-1", "Enter a number from 0 to 10."],
    ["11", "Enter a number from 0 to 10."],
    ["1e400", "Enter a number from 0 to 10."],
    ["0,5", "Enter a number from 0 to 10. Use a point for decimals."],
    ["0x10", "Enter a number from 0 to 10."],
    ["1,50", "Enter a number from 0 to 10. Use a point for decimals."],
    ["2m", "Enter a number from 0 to 10."],
    ["1 50", "Enter a number from 0 to 10."],
    ["M", "Enter a number from 0 to 10."],
  ])("explains why %j is not accepted", (text, message) => {
    expect(readNumber(text, { min: 0, max: 10 })).toEqual({
      ok: false,
      message,
    });
  });

  it("says when a whole number or a positive value is needed", () => {
    expect(readNumber("1.5", { min: 1, max: 8, whole: true })).toEqual({
      ok: false,
      message: "Enter a whole number from 1 to 8.",
    });
    expect(readNumber("0", { min: 0, max: 5, minInclusive: false })).toEqual({
      ok: false,
      message: "Enter a number above 0, at most 5.",
    });
  });

  it("lets an optional field stay empty", () => {
    expect(readNumber("  ", { min: 0, max: 1, optional: true })).toEqual({
      ok: true,
      value: undefined,
    });
  });
});

describe("readScenario", () => {
  it("turns the default form into a valid scenario: 5 requests a second is 13.14M a month", () => {
    const { scenario, errors } = readScenario(
      defaultWorkload(),
      defaultOptions(),
      DEFAULT_BASELINE,
    );
    expect(errors).toEqual({});
    expect(scenario!.workload.requestsPerMonth).toBeCloseTo(
      5 * SECONDS_PER_MONTH,
      6,
    );
    expect(scenario!.workload.cachedShare).toBeCloseTo(0.2, 12);
    expect(scenario!.options.map((o) => o.kind)).toEqual(["api", "self-host"]);
    expect(scenario!.baselineId).toBe(DEFAULT_BASELINE);
  });

  it("withholds the scenario and names each bad field", () => {
    const workload = {
      ...defaultWorkload(),
      rate: "lots",
      cachedPercent: "120",
    };
    const options = defaultOptions();
    const selfHosted = options[1]!;
    if (selfHosted.kind === "self-host") selfHosted.gpusPerReplica = "2.5";
    const { scenario, errors } = readScenario(
      workload,
      options,
      DEFAULT_BASELINE,
    );
    expect(scenario).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(
      [
        workloadPath("rate"),
        workloadPath("cachedPercent"),
        optionPath(selfHosted.key, "gpusPerReplica"),
      ].sort(),
    );
  });

  it("reads an unannounced price as a range and checks low ≤ high", () => {
    const muse = apiForm("muse", "muse-spark", "launch (price unannounced)");
    const ok = readScenario(
      defaultWorkload(),
      [muse, selfHostForm("s", "llama-3.1-8b", "h100-sxm", 1, "fp8")],
      "muse",
    );
    const option = ok.scenario!.options[0]!;
    expect(option.kind === "api" && option.pricing.kind).toBe("range");
    const swapped = { ...muse, low: { ...muse.low, output: "30" } };
    const bad = readScenario(
      defaultWorkload(),
      [swapped, selfHostForm("s", "llama-3.1-8b", "h100-sxm", 1, "fp8")],
      "muse",
    );
    expect(bad.errors[optionPath("muse", "high.output")]).toMatch(/high price/);
  });

  it("derives verbosity from index token counts unless one is typed", () => {
    const gpt = apiForm("gpt", "gpt-5.4");
    const workload = { ...defaultWorkload(), referenceModel: "gpt-5.4" };
    const auto = readScenario(
      workload,
      [gpt, apiForm("muse", "muse-spark")],
      "gpt",
    ).scenario!;
    // Muse Spark's list price is Muse Spark 1.1's: 93.64M tokens on v4.1, GPT-5.4 109.46M.
    expect(auto.options[1]!.verbosity).toBeCloseTo(93.64 / 109.46, 4);
    const typed = readScenario(
      workload,
      [gpt, { ...apiForm("muse", "muse-spark"), verbosity: "2" }],
      "gpt",
    ).scenario!;
    expect(typed.options[1]!.verbosity).toBe(2);
  });
});

describe("defaults by date", () => {
  it("fills an API option from the price in effect on the date given", () => {
    const july = apiForm("m", "muse-spark", undefined, "2026-07-01");
    expect(july.pricePoint).toBe("launch (price unannounced)");
    expect(july.low).toEqual({ input: "1", cached: "0.1", output: "4" });
    expect(july.high).toEqual({ input: "5", cached: "0.5", output: "25" });
    const august = apiForm("m", "muse-spark", undefined, "2026-08-01");
    expect(august.pricePoint).toBe("list price");
    expect(august.prices).toEqual({
      input: "1.25",
      cached: "0.15",
      output: "4.25",
    });
  });

  it("takes today's catalog when no date is given, and a named price point over the date", () => {
    expect(apiForm("m", "muse-spark")).toEqual(
      apiForm("m", "muse-spark", undefined, catalogDate),
    );
    expect(
      apiForm("m", "muse-spark", "list price", "2026-07-01").pricePoint,
    ).toBe("list price");
  });

  it("prices the default scenario's options as of the date", () => {
    const [muse, selfHosted] = defaultOptions("2026-07-01");
    expect(muse!.kind === "api" && muse!.pricePoint).toBe(
      "launch (price unannounced)",
    );
    expect(selfHosted).toEqual(defaultOptions()[1]);
    expect(defaultOptions()).toEqual(defaultOptions(catalogDate));
  });
});

describe("billing fields", () => {
  it("puts a message beside a negative share of requests writing the cache", () => {
    const read = readScenario(
      { ...defaultWorkload(), cacheWritePercent: "-5" },
      defaultOptions(),
      DEFAULT_BASELINE,
    );
    expect(read.scenario).toBeNull();
    expect(read.errors[workloadPath("cacheWritePercent")]).toBe(
      "Enter a number from 0 to 100.",
    );
  });

  it("reads a long-context share only when typed", () => {
    const typed = readScenario(
      { ...defaultWorkload(), longContextPercent: "25" },
      defaultOptions(),
      DEFAULT_BASELINE,
    ).scenario!;
    expect(typed.workload.longContextShare).toBe(0.25);
    const empty = readScenario(
      defaultWorkload(),
      defaultOptions(),
      DEFAULT_BASELINE,
    ).scenario!;
    expect(empty.workload.longContextShare).toBeUndefined();
  });
});

describe("reasoning effort", () => {
  const gpt54 = () => apiForm("gpt", "gpt-5.4");

  it("bills the effort's factor against the reference", () => {
    const [muse] = defaultOptions();
    const read = readScenario(
      defaultWorkload(),
      [muse!, { ...gpt54(), effort: "low" }],
      DEFAULT_BASELINE,
    );
    // Muse Spark 1.1 is the reference: 109.46 / 93.64 (v4.1) × 9.87 / 120.58 (v4.0) = 0.0956832.
    expect(read.scenario!.options[1]!.verbosity).toBeCloseTo(0.0956832, 6);
  });

  it("puts a message beside an effort the model was not measured at", () => {
    const [muse] = defaultOptions();
    const read = readScenario(
      defaultWorkload(),
      [muse!, { ...gpt54(), effort: "medium" }],
      DEFAULT_BASELINE,
    );
    expect(read.scenario).toBeNull();
    expect(read.errors[optionPath("gpt", "effort")]).toBe(
      "Pick a reasoning effort from the list.",
    );
  });
});

describe("cache storage", () => {
  it.each(["cacheStoragePerMHour", "cacheStorageTokens", "cacheStorageHours"])(
    "puts a message beside a negative %s",
    (field) => {
      const [muse, self] = defaultOptions();
      const read = readScenario(
        defaultWorkload(),
        [{ ...muse!, [field]: "-1" }, self!],
        DEFAULT_BASELINE,
      );
      expect(read.scenario).toBeNull();
      expect(read.errors[optionPath(muse!.key, field)]).toMatch(
        /^Enter a number from 0 to /,
      );
    },
  );

  it("bills none when the price is empty, and reads the typed figures", () => {
    const [muse, self] = defaultOptions() as [ApiForm, OptionForm];
    const empty = readScenario(
      defaultWorkload(),
      defaultOptions(),
      DEFAULT_BASELINE,
    ).scenario!.options[0]!;
    expect(empty.kind === "api" && empty.cacheStoragePerMHour).toBeUndefined();
    const typed = readScenario(
      defaultWorkload(),
      [
        {
          ...muse!,
          cacheStoragePerMHour: "4.5",
          cacheStorageTokens: "100k",
          cacheStorageHours: "200",
        },
        self!,
      ],
      DEFAULT_BASELINE,
    ).scenario!.options[0]!;
    expect(typed).toMatchObject({
      cacheStoragePerMHour: 4.5,
      cacheStorageTokens: 100_000,
      cacheStorageHours: 200,
    });
  });
});

describe("success rate", () => {
  it.each(["0", "101", "-5"])(
    "puts a message beside a success rate of %s%%",
    (typed) => {
      const [muse, self] = defaultOptions();
      const read = readScenario(
        defaultWorkload(),
        [{ ...muse!, successPercent: typed }, self!],
        DEFAULT_BASELINE,
      );
      expect(read.scenario).toBeNull();
      expect(read.errors[optionPath(muse!.key, "successPercent")]).toBe(
        "Enter a number from 1 to 100.",
      );
    },
  );

  it("is 100% when left empty", () => {
    const read = readScenario(
      defaultWorkload(),
      defaultOptions(),
      DEFAULT_BASELINE,
    );
    expect(read.scenario!.options[0]!.successRate).toBeUndefined();
  });
});
