import { describe, expect, it } from "vitest";
import type { ChartDataset } from "chart.js";
import {
  chartColors,
  legendOf,
  PALETTE,
} from "../../../src/lib/present/charts";
import {
  compareCostChart,
  compareVolumeChart,
} from "../../../src/lib/present/compare-charts";
import {
  compareScenarios,
  compareTable,
} from "../../../src/lib/present/compare";
import { twoApis } from "./compare-scenarios";

const colors = chartColors("light");

// Worked in compare.test.ts: today Muse $5,500 and GPT $17,500 a month at 1M requests (2B
// tokens); next year, half the input cached, $9,900 and $32,750 at 2M requests (4B tokens).
const broken = twoApis("Broken", "lots");
const compared = compareScenarios([
  twoApis("Today", "1000000"),
  twoApis("Next year", "2000000", "50"),
  broken,
]);
const table = compareTable(compared);

describe("options at each scenario's volume", () => {
  const view = compareCostChart(table, colors);

  it("groups a bar per option under each scenario, none for one not costed", () => {
    expect(view.config.type).toBe("bar");
    expect(view.config.data.labels).toEqual(["Today", "Next year", "Broken"]);
    const [muse, gpt] = view.config.data.datasets;
    expect(view.config.data.datasets).toHaveLength(2);
    expect(muse!.label).toBe("Muse Spark (Meta)");
    expect(gpt!.label).toBe("GPT-5.4 (OpenAI)");
    const near = (data: unknown[]) =>
      data.map((v) => (v === null ? null : Math.round(Number(v) * 100) / 100));
    expect(near(muse!.data)).toEqual([5500, 9900, null]);
    expect(near(gpt!.data)).toEqual([17_500, 32_750, null]);
    expect(muse!.backgroundColor).not.toBe(gpt!.backgroundColor);
  });

  it("names each series for its option when scenarios hold different options at a position", () => {
    const other = twoApis("Other", "1000000");
    other.options.reverse();
    const mixed = compareCostChart(
      compareTable(compareScenarios([twoApis("Today", "1000000"), other])),
      colors,
    );
    const [muse, gpt] = mixed.config.data.datasets;
    expect(mixed.config.data.datasets).toHaveLength(2);
    expect(muse).toMatchObject({ label: "Muse Spark (Meta)", skipNull: true });
    expect(gpt!.label).toBe("GPT-5.4 (OpenAI)");
    // Each option's bar is its own cost, wherever it sits in the scenario.
    expect(muse!.data.map(Number).map(Math.round)).toEqual([5500, 5500]);
    expect(gpt!.data.map(Number).map(Math.round)).toEqual([17_500, 17_500]);
  });

  it("keeps two copies of an offer in one scenario apart, and leaves a scenario without one empty", () => {
    const twice = twoApis("Twice", "1000000");
    twice.options[1] = { ...twice.options[0]!, key: "muse-2" };
    const view = compareCostChart(
      compareTable(compareScenarios([twice, twoApis("Two", "1000000")])),
      colors,
    );
    expect(
      view.config.data.datasets.map((d) => [
        d.label,
        d.data.map((v) => (v === null ? null : Math.round(Number(v)))),
      ]),
    ).toEqual([
      ["Muse Spark (Meta)", [5500, 5500]],
      ["Muse Spark (Meta), option 2", [5500, null]],
      ["GPT-5.4 (OpenAI)", [null, 17_500]],
    ]);
  });

  it("has the same numbers as a table, a row per scenario", () => {
    expect(view.table.columns).toEqual(["Scenario", "Option 1", "Option 2"]);
    expect(view.table.rows).toEqual([
      ["Today", "Muse Spark (Meta): $5,500", "GPT-5.4 (OpenAI): $17,500"],
      ["Next year", "Muse Spark (Meta): $9,900", "GPT-5.4 (OpenAI): $32,750"],
      [
        "Broken",
        "Muse Spark (Meta): Not costed",
        "GPT-5.4 (OpenAI): Not costed",
      ],
    ]);
  });
});

describe("cheapest cost against volume", () => {
  const view = compareVolumeChart(compared, colors);

  it("draws a line per costed scenario on log axes, and marks each one's volume", () => {
    const labels = view.config.data.datasets.map((d) => d.label);
    expect(labels).toEqual(["Today", "Next year", "Today's volume"]);
    const scales = view.config.options!.scales!;
    expect(scales.x!.type).toBe("logarithmic");
    expect(scales.y!.type).toBe("logarithmic");
    const here = view.config.data.datasets[2]!.data as {
      x: number;
      y: number;
    }[];
    expect(here.map((p) => p.x)).toEqual([2e9, 4e9]);
    expect(here[0]!.y).toBeCloseTo(5500, 6);
    expect(here[1]!.y).toBeCloseTo(9900, 6);
  });

  it("follows the cheaper option at every volume", () => {
    // Muse is cheaper throughout: $0.0055 a 2,000-token request today, $0.00495 next year.
    const [today, nextYear] = view.config.data.datasets as unknown as {
      data: { x: number; y: number }[];
    }[];
    for (const { x, y } of today!.data)
      expect(y).toBeCloseTo((x / 2000) * 0.0055, 6);
    for (const { x, y } of nextYear!.data)
      expect(y).toBeCloseTo((x / 2000) * 0.00495, 6);
    // Three decades below the smallest volume to three above the largest.
    expect(today!.data[0]!.x).toBeCloseTo(2e6, 0);
    expect(today!.data.at(-1)!.x).toBeCloseTo(4e12, -3);
  });

  it("tabulates each decade and each scenario's volume", () => {
    expect(view.table.columns).toEqual([
      "Tokens a month",
      "Today",
      "Next year",
    ]);
    expect(view.table.rows[0]).toEqual(["2M", "$5.50", "$4.95"]);
    expect(view.table.rows).toContainEqual([
      "2B (today, Today)",
      "$5,500",
      "$4,950",
    ]);
    expect(view.table.rows).toContainEqual([
      "4B (today, Next year)",
      "$11,000",
      "$9,900",
    ]);
  });

  it("tells scenarios apart by dashes, and names and widens a line that repeats another", () => {
    // The cheapest cost at each volume does not depend on today's volume: the same line twice.
    const same = compareVolumeChart(
      compareScenarios([
        twoApis("Scenario 1", "1000000"),
        twoApis("Growth", "4000000"),
        twoApis("Cached", "1000000", "50"),
      ]),
      colors,
    );
    const [first, growth, cached] = same.config.data
      .datasets as ChartDataset<"line">[];
    expect([first, growth, cached].map((d) => d!.label)).toEqual([
      "Scenario 1",
      "Growth (same as Scenario 1)",
      "Cached",
    ]);
    // Drawn beneath the first (Chart.js draws the first dataset on top), wider, dashed.
    expect([first, growth, cached].map((d) => d!.borderWidth)).toEqual([
      2, 5, 2,
    ]);
    const dashes = [first, growth, cached].map((d) => d!.borderDash);
    expect(dashes[0]).toEqual([]);
    expect(new Set(dashes.map(String)).size).toBe(3);
    expect(legendOf(same.config)[1]).toMatchObject({ dash: dashes[1] });
    expect(same.table.columns).toEqual([
      "Tokens a month",
      "Scenario 1",
      "Growth (same as Scenario 1)",
      "Cached",
    ]);
    // Each scenario's volume is crossed in its own colour, in the order of the volumes.
    const here = same.config.data.datasets[3] as ChartDataset<"line">;
    expect(here.pointBorderColor).toEqual([PALETTE[0], PALETTE[2], PALETTE[1]]);
  });

  it("is empty, not broken, when no scenario can be costed", () => {
    const none = compareVolumeChart(compareScenarios([broken]), colors);
    expect(none.table.rows).toEqual([]);
    expect(none.config.data.datasets).toEqual([
      expect.objectContaining({ label: "Today's volume", data: [] }),
    ]);
  });
});
