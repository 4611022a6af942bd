import { describe, expect, it } from "vitest";
import type { RangedInput } from "../../../src/lib/engine/uncertainty";
import {
  chartColors,
  costVolumeChart,
  legendOf,
  PALETTE,
} from "../../../src/lib/present/charts";
import { volumeBandView } from "../../../src/lib/present/volume-bands";
import { articleScenario, evaluated } from "../engine/scenarios";

const colors = chartColors("light");
const result = evaluated(articleScenario);
const fleet = "Llama 4 Maverick on 8 × H100";
/** The fleet's GPUs at $2 (its own rate) to $4 an hour, uniformly. */
const rent: RangedInput = {
  field: "hosting.usdPerGpuHour",
  optionId: "maverick",
  low: 2,
  high: 4,
  distribution: "uniform",
};
const dollars = (text: string) => Number(text.replace(/[$,]/g, ""));

describe("the cost-against-volume chart's bands", () => {
  it("draws none when nothing is a range: P10 = P50 = P90", () => {
    expect(volumeBandView(articleScenario, result, [])).toBeNull();
    expect(costVolumeChart(articleScenario, result, colors, null)).toEqual(
      costVolumeChart(articleScenario, result, colors),
    );
  });

  it("draws none for a range that moves no cost", () => {
    // The fleet has no engineers, so their salary's range changes nothing.
    const salary: RangedInput = {
      field: "engineerUsdPerYear",
      optionId: "maverick",
      low: 0,
      high: 300_000,
      distribution: "triangular",
    };
    expect(volumeBandView(articleScenario, result, [salary])).toBeNull();
  });

  it("bands only the option whose cost spreads, behind the lines, edges named", () => {
    const bands = volumeBandView(articleScenario, result, [rent])!;
    expect(bands.datasets.map((d) => [d.label, d.bandEdge])).toEqual([
      [`${fleet} P90`, "upper"],
      [`${fleet} P10`, "lower"],
    ]);
    // The fleet's colour, translucent; 25 volumes: four a decade over six decades.
    expect(bands.datasets[0]!.backgroundColor).toBe(`${PALETTE[1]}33`);
    expect(bands.datasets[0]!.data).toHaveLength(25);
    const view = costVolumeChart(articleScenario, result, colors, bands);
    expect(view.config.data.datasets.map((d) => d.label).slice(-2)).toEqual([
      `${fleet} P90`,
      `${fleet} P10`,
    ]);
    // The legend still names the lines and markers only.
    expect(legendOf(view.config)).toEqual(
      legendOf(costVolumeChart(articleScenario, result, colors).config),
    );
  });

  it("draws with the scenario's seed: the same seed, the same bands", () => {
    const seeded = volumeBandView(articleScenario, result, [rent], 7)!;
    expect(volumeBandView(articleScenario, result, [rent], 7)).toEqual(seeded);
    // Could fail: 500 uniform draws from seed 1 and from seed 7 give other percentiles.
    expect(
      volumeBandView(articleScenario, result, [rent])!.columns,
    ).not.toEqual(seeded.columns);
  });

  it("lists P10, P50 and P90 after the option's own cost in the table", () => {
    const bands = volumeBandView(articleScenario, result, [rent])!;
    const view = costVolumeChart(articleScenario, result, colors, bands);
    expect(view.table.columns).toEqual([
      "Tokens a month",
      "Muse Spark",
      fleet,
      `${fleet} P10`,
      `${fleet} P50`,
      `${fleet} P90`,
    ]);
    // One replica of 8 GPUs for 730 hours: $11,680 at $2 an hour. A uniform $2–4 puts P10, P50
    // and P90 near $2.20, $3 and $3.80: $12,848, $17,520 and $22,192.
    const today = view.table.rows.find((r) => r[0] === "2B (today)")!;
    expect(today.slice(0, 3)).toEqual(["2B (today)", "$3,670", "$11,680"]);
    const [p10, p50, p90] = today.slice(3).map(dollars);
    expect(p10! / 12_848).toBeCloseTo(1, 1);
    expect(p50! / 17_520).toBeCloseTo(1, 1);
    expect(p90! / 22_192).toBeCloseTo(1, 1);
    expect(view.table.rows.every((r) => r.length === 6)).toBe(true);
  });
});
