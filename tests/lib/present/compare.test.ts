import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareScenarios,
  compareTable,
  type CompareRow,
  type CompareTable,
} from "../../../src/lib/present/compare";
import type { ApiForm } from "../../../src/lib/scenario/form";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { launchRange, tableOf, twoApis } from "./compare-scenarios";
import { workspaceArb } from "../share/arbitraries";

function rowOf(
  table: CompareTable,
  section: string,
  label: string,
): CompareRow {
  const row = table.sections
    .find((s) => s.title === section)
    ?.rows.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${section} / ${label}`);
  return row;
}

const values = (row: CompareRow) => row.cells.map((c) => c.value);
const texts = (row: CompareRow) => row.cells.map((c) => c.text);

describe("compareTable", () => {
  // A: 1M requests of 1,000 in + 1,000 out, no cache. Muse: (1000·1.25 + 1000·4.25)/1e6 = $0.0055 a
  // request, $5,500 a month; GPT: (1000·2.5 + 1000·15)/1e6 = $0.0175, $17,500.
  // B: 2M requests, half the input cached. Muse: (500·1.25 + 500·0.15 + 1000·4.25)/1e6 = $0.00495,
  // $9,900 a month; GPT: (500·2.5 + 500·0.25 + 1000·15)/1e6 = $0.016375, $32,750.
  const table = tableOf(
    twoApis("Today", "1000000"),
    twoApis("Next year", "2,000,000", "50"),
  );

  it("has a column per scenario with its name and headline", () => {
    expect(table.columns.map((c) => c.name)).toEqual(["Today", "Next year"]);
    expect(table.columns[0]!.headline).toMatch(
      /^Muse Spark \(Meta\) is the cheapest at 2B tokens\/month/,
    );
    expect(table.columns[1]!.headline).toMatch(/at 4B tokens\/month/);
    expect(table.columns.map((c) => c.problem)).toEqual([null, null]);
  });

  it("groups rows into the workload, each option by position, and results", () => {
    expect(table.sections.map((s) => s.title)).toEqual([
      "Workload",
      "Option 1: API",
      "Option 2: API",
      "Results",
      "Muse Spark (Meta) — results",
      "GPT-5.4 (OpenAI) — results",
    ]);
    expect(texts(rowOf(table, "Option 2: API", "Offer or model"))).toEqual([
      "GPT-5.4 (OpenAI)",
      "GPT-5.4 (OpenAI)",
    ]);
    // Only API rows: no scenario self-hosts.
    expect(() => rowOf(table, "GPT-5.4 (OpenAI) — results", "GPUs")).toThrow();
  });

  it("keeps each figure's number, in the row's unit, beside its text", () => {
    const monthly1 = rowOf(
      table,
      "Muse Spark (Meta) — results",
      "Monthly cost",
    );
    expect(monthly1.unit).toBe("USD/month");
    expect(values(monthly1)[0]).toBeCloseTo(5500, 6);
    expect(values(monthly1)[1]).toBeCloseTo(9900, 6);
    expect(texts(monthly1)).toEqual(["$5,500", "$9,900"]);
    const monthly2 = rowOf(table, "GPT-5.4 (OpenAI) — results", "Monthly cost");
    expect(values(monthly2)[0]).toBeCloseTo(17_500, 6);
    expect(values(monthly2)[1]).toBeCloseTo(32_750, 6);

    const saving = rowOf(
      table,
      "GPT-5.4 (OpenAI) — results",
      "Saving vs baseline",
    );
    expect(values(saving)[0]).toBeCloseTo(-12_000, 6);
    expect(texts(saving)).toEqual(["costs $12,000 more", "costs $22,850 more"]);
    const share = rowOf(
      table,
      "GPT-5.4 (OpenAI) — results",
      "Saving vs baseline, share",
    );
    expect(share.unit).toBe("%");
    // 12,000 / 5,500 = 218.18%.
    expect(values(share)[0]).toBeCloseTo(-218.1818, 3);
    expect(texts(share)[0]).toBe("costs 218% more");

    // 2B tokens a month: $5,500 is $2.75 per 1M tokens; $17,500 is $8.75.
    expect(
      values(rowOf(table, "Muse Spark (Meta) — results", "Per 1M tokens"))[0],
    ).toBeCloseTo(2.75, 9);
    expect(
      values(rowOf(table, "GPT-5.4 (OpenAI) — results", "Per request"))[0],
    ).toBeCloseTo(0.0175, 12);
    // Two lines through zero never cross.
    expect(
      texts(
        rowOf(
          table,
          "GPT-5.4 (OpenAI) — results",
          "Break-even with the baseline",
        ),
      ),
    ).toEqual(["none in range", "none in range"]);
    expect(
      texts(
        rowOf(
          table,
          "Muse Spark (Meta) — results",
          "Break-even with the baseline",
        ),
      ),
    ).toEqual(["Baseline", "Baseline"]);
    expect(values(rowOf(table, "Results", "Volume"))).toEqual([2e9, 4e9]);
  });

  it("marks only the cells that differ from the first scenario", () => {
    expect(rowOf(table, "Workload", "Requests").differs).toEqual([false, true]);
    expect(rowOf(table, "Workload", "Input from prompt cache").differs).toEqual(
      [false, true],
    );
    expect(rowOf(table, "Workload", "Input per request").differs).toEqual([
      false,
      false,
    ]);
    expect(rowOf(table, "Option 2: API", "Output price").differs).toEqual([
      false,
      false,
    ]);
  });

  it("compares volumes per month, however they were typed", () => {
    const perSecond = twoApis("Per second", "1");
    perSecond.workload.period = "second";
    // A 730-hour month holds 2,628,000 seconds.
    const t = tableOf(perSecond, twoApis("Per month", "2628000"));
    const requests = rowOf(t, "Workload", "Requests");
    expect(values(requests)).toEqual([2_628_000, 2_628_000]);
    expect(requests.differs).toEqual([false, false]);
    expect(texts(requests)).toEqual([
      "1 per second (2.63M a month)",
      "2,628,000 per month",
    ]);
  });

  it("shows an invalid scenario's problem instead of its numbers", () => {
    const broken = twoApis("Broken", "lots");
    const t = tableOf(twoApis("Fine", "1000000"), broken);
    expect(t.columns[1]).toEqual({
      name: "Broken",
      headline: null,
      problem: expect.stringMatching(/^Workload, Requests: Enter a number/),
    });
    const requests = rowOf(t, "Workload", "Requests");
    expect(requests.cells[1]).toMatchObject({ text: "lots", value: null });
    expect(requests.cells[1]!.problem).toMatch(/^Enter a number/);
    expect(
      rowOf(t, "Muse Spark (Meta) — results", "Monthly cost").cells[1],
    ).toMatchObject({ text: "Not costed", value: null });
  });

  it("shows an out-of-range value as typed, never as a giant number", () => {
    const huge = twoApis("Huge", "1e308");
    huge.workload.period = "second";
    const negative = twoApis("Negative", "-1e308");
    const gpt = negative.options[1] as ApiForm;
    negative.options[1] = {
      ...gpt,
      prices: { ...gpt.prices, input: "1e300" },
    };
    const t = tableOf(huge, negative);
    const requests = rowOf(t, "Workload", "Requests");
    expect(requests.cells.map((c) => [c.text, c.value])).toEqual([
      ["1e308", null],
      ["-1e308", null],
    ]);
    expect(requests.cells.every((c) => c.problem)).toBe(true);
    const price = rowOf(t, "Option 2: API", "Input price").cells[1]!;
    expect(price).toMatchObject({ text: "1e300", value: null });
    expect(price.problem).toMatch(/^Enter a number/);
  });

  it("writes GPU counts with thousands separators", () => {
    const busy = defaultScenario("Busy");
    busy.workload.rate = "2000000";
    busy.workload.period = "second";
    const gpus = rowOf(
      tableOf(busy),
      "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB — results",
      "GPUs",
    ).cells[0]!;
    // Maverick writes 0.0506× Muse Spark 1.1's output tokens (4.74M / 93.64M on the index v4.1).
    expect(gpus.text).toBe("1,146,160 (143,270 × 8)");
    expect(gpus.value).toBe(1_146_160);
  });

  it("shows an unannounced price as a range whose middle is the value", () => {
    const launch = launchRange("Launch", "1000000");
    const t = tableOf(twoApis("List", "1000000"), launch);
    const input = rowOf(t, "Option 1: API", "Input price");
    expect(input.cells[1]).toMatchObject({
      text: "$1.00–$3.00",
      value: 2,
      range: { low: 1, high: 3 },
    });
    expect(input.differs).toEqual([false, true]);
    // Low: (1000·1 + 1000·4)/1e6 · 1M = $5,000; high: (3000 + 6000) = $9,000; middle $7,000.
    const monthly = rowOf(t, "Muse Spark (Meta) — results", "Monthly cost")
      .cells[1]!;
    expect(monthly.value).toBeCloseTo(7000, 6);
    expect(monthly.range!.low).toBeCloseTo(5000, 6);
    expect(monthly.range!.high).toBeCloseTo(9000, 6);
    expect(monthly.text).toBe("$7,000 ($5,000–$9,000)");
  });

  it("matches options by position and leaves a missing one blank", () => {
    const t = tableOf(
      defaultScenario("Self-hosting"),
      twoApis("APIs", "1000000"),
    );
    expect(t.sections.map((s) => s.title)).toContain("Option 2");
    expect(texts(rowOf(t, "Option 2", "Kind"))).toEqual(["self-hosted", "API"]);
    const gpus = rowOf(
      t,
      "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB or GPT-5.4 (OpenAI) — results",
      "GPUs",
    );
    expect(gpus.cells[0]!.value).toBeGreaterThan(0);
    expect(gpus.cells[1]).toMatchObject({ text: "—", value: null });
    expect(gpus.differs).toEqual([false, true]);
    // A field both kinds have is one row, so every row's key is its own.
    const keys = t.sections.flatMap((s) => s.rows.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(rowOf(t, "Option 2", "Success rate").differs).toEqual([
      false,
      false,
    ]);
  });

  it("names each option's results for the option, by position too where two read the same", () => {
    const twice = twoApis("Twice", "1000000");
    twice.options[1] = { ...twice.options[0]!, key: "muse-2" };
    expect(
      tableOf(twice)
        .sections.map((s) => s.title)
        .filter((title) => title.endsWith("results")),
    ).toEqual([
      "Option 1: Muse Spark (Meta) — results",
      "Option 2: Muse Spark (Meta) — results",
    ]);
  });

  it("never throws, and never shows NaN, Infinity or a negative cost", () => {
    fc.assert(
      fc.property(workspaceArb, ({ scenarios }) => {
        const t = compareTable(compareScenarios(scenarios));
        expect(t.columns).toHaveLength(scenarios.length);
        for (const section of t.sections)
          for (const row of section.rows) {
            expect(row.cells).toHaveLength(scenarios.length);
            for (const cell of row.cells) {
              expect(cell.text).not.toMatch(/NaN|Infinity/);
              if (cell.value !== null)
                expect(Number.isFinite(cell.value)).toBe(true);
              if (row.unit === "USD/month" && !row.label.startsWith("Saving"))
                expect(cell.value ?? 0).toBeGreaterThanOrEqual(0);
            }
          }
      }),
      { numRuns: 15 },
    );
  });
});
