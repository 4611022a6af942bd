import { describe, expect, it } from "vitest";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import { resolveRanges } from "../../../src/lib/scenario/ranges";
import { PERIODS_PER_MONTH } from "../../../src/lib/engine/units";
import { readScenario } from "../../../src/lib/scenario/read";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import type { RangeForms, SelfHostForm } from "../../../src/lib/scenario/form";

function withRanges(workload: RangeForms, selfHost: RangeForms = {}) {
  const doc = defaultScenario();
  const options = doc.options.map((o) =>
    o.kind === "self-host" ? ({ ...o, ranges: selfHost } as SelfHostForm) : o,
  );
  const w = { ...doc.workload, ranges: workload };
  const read = readScenario(w, options, doc.baselineKey);
  if (!read.scenario) throw new Error("the default scenario does not read");
  return readFormRanges(w, options, read.scenario);
}

const rate = Number(defaultScenario().workload.rate);

describe("readFormRanges", () => {
  it("reads each end by its field's rule, in the engine's units", () => {
    const { ranges, errors } = withRanges(
      {
        // The rate is typed per the form's period; the engine counts per month.
        rate: {
          low: String(rate / 2),
          high: String(rate * 2),
          distribution: "log-uniform",
        },
        cachedPercent: { low: "10", high: "40", distribution: "triangular" },
      },
      {
        usdPerGpuHour: { low: "2", high: "4", distribution: "uniform" },
        headroomPercent: { low: "40", high: "80", distribution: "triangular" },
      },
    );
    expect(errors).toEqual({});
    const perMonth = PERIODS_PER_MONTH[defaultScenario().workload.period];
    expect(ranges).toEqual([
      {
        field: "requestsPerMonth",
        low: (rate / 2) * perMonth,
        high: rate * 2 * perMonth,
        distribution: "log-uniform",
      },
      { field: "cachedShare", low: 0.1, high: 0.4, distribution: "triangular" },
      {
        field: "hosting.usdPerGpuHour",
        optionId: "self-hosted",
        low: 2,
        high: 4,
        distribution: "uniform",
      },
      {
        field: "headroom",
        optionId: "self-hosted",
        low: 0.4,
        high: 0.8,
        distribution: "triangular",
      },
    ]);
  });

  it("puts a message beside a bad end and leaves that range out", () => {
    const { ranges, errors } = withRanges(
      {
        inputTokens: { low: "2000", high: "3000", distribution: "triangular" },
        outputTokens: { low: "", high: "900", distribution: "triangular" },
        peakToAverage: { low: "1", high: "-3", distribution: "triangular" },
      },
      { engineerFte: { low: "0", high: "0.1", distribution: "triangular" } },
    );
    expect(ranges).toEqual([]);
    expect(errors).toEqual({
      "workload.inputTokens":
        "The most likely value must not be below the low end.",
      "workload.outputTokens.low": expect.stringMatching(/^Required\./),
      "workload.peakToAverage.high": expect.stringMatching(/^Enter a number/),
      "options.self-hosted.engineerFte":
        "The most likely value must not be above the high end.",
    });
  });
});

describe("resolveRanges", () => {
  it("names a field that cannot hold a range", () => {
    const read = readScenario(
      defaultScenario().workload,
      defaultScenario().options,
      "muse-spark",
    );
    const result = resolveRanges(
      { ranges: [{ field: "workload.period", low: 1, high: 2 }] },
      read.scenario!,
    );
    expect(result.ok ? null : result.error.field).toBe("ranges.0.field");
  });
});
