import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/lib/engine/types";
import {
  breakdownChart,
  chartColors,
  chartVolumes,
  costVolumeChart,
  cumulativeChart,
  CUMULATIVE_MONTHS,
  legendOf,
  lightConfig,
  PALETTE,
} from "../../../src/lib/present/charts";
import {
  articleScenario,
  evaluated,
  maverickRented,
  museSpark,
} from "../engine/scenarios";

const colors = chartColors("light");

describe("chart data", () => {
  const result = evaluated(articleScenario);

  it("spans three decades either side of today's volume, 16 points a decade", () => {
    const volumes = chartVolumes(1e6);
    expect(volumes).toHaveLength(97);
    expect(volumes[0]).toBeCloseTo(1e3, 6);
    expect(volumes.at(-1)).toBeCloseTo(1e9, 0);
  });

  it("cost against volume: a line per option, break-even and today markers, a table by decade", () => {
    const view = costVolumeChart(articleScenario, result, colors);
    const labels = view.config.data.datasets.map((d) => d.label);
    expect(labels).toEqual([
      "Muse Spark",
      "Llama 4 Maverick on 8 × H100",
      "Break-even",
      "You are here",
    ]);
    const marker = view.config.data.datasets[2]!.data as { x: number }[];
    expect(marker[0]!.x).toBeCloseTo(result.breakEven[0]!.tokensPerMonth, 0);
    expect(view.table.columns).toEqual([
      "Tokens a month",
      "Muse Spark",
      "Llama 4 Maverick on 8 × H100",
    ]);
    // Seven decades, today's volume in place of the decade that reads the same, and the
    // break-even: eight rows in volume order.
    expect(view.table.rows).toHaveLength(8);
    expect(view.table.rows.map((r) => r[0])).toEqual([
      "2M",
      "20M",
      "200M",
      "2B (today)",
      "6.37B (break-even, Llama 4 Maverick on 8 × H100)",
      "20B",
      "200B",
      "2T",
    ]);
    // Today: $3,670 against one replica's $11,680.
    expect(view.table.rows[3]).toEqual(["2B (today)", "$3,670", "$11,680"]);
  });

  it("breakdown: one stacked bar per option, only the items that cost something", () => {
    const view = breakdownChart(result, colors);
    expect(view.config.data.labels).toEqual([
      "Muse Spark",
      "Llama 4 Maverick on 8 × H100",
    ]);
    expect(view.table.columns).toEqual([
      "Option",
      "Input tokens",
      "Cached input",
      "Output tokens",
      "GPU rental",
      "Total",
    ]);
    expect(view.table.rows[1]).toEqual([
      "Llama 4 Maverick on 8 × H100",
      "$0",
      "$0",
      "$0",
      "$11,680",
      "$11,680",
    ]);
  });

  it("breakdown: a long option name beside its bar is wrapped between words, not cut", () => {
    const ticks = breakdownChart(result, colors).config.options!.scales!.y!
      .ticks as unknown as {
      callback(this: unknown, value: number): string[];
    };
    const name = "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB";
    const scale = { getLabelForValue: (i: number) => [name, "GPT-5.4"][i]! };
    const lines = ticks.callback.call(scale, 0);
    expect(lines).toEqual([
      "Llama 4 Maverick",
      "17B-128E on 8 ×",
      "H100 SXM5 80GB",
    ]);
    expect(lines.join(" ")).toBe(name);
    expect(ticks.callback.call(scale, 1)).toEqual(["GPT-5.4"]);
  });

  it("cumulative cost: owned GPUs paid up front", () => {
    const owned: Scenario = {
      ...articleScenario,
      options: [
        museSpark,
        {
          ...maverickRented,
          hosting: {
            mode: "owned",
            usdPerGpu: 30_000,
            years: 5,
            costOfCapital: 0,
            pue: 1.2,
            usdPerKwh: 0.1,
            nodePowerOverhead: 1.5,
            idlePowerFraction: 0.2,
            colocationUsdPerKwMonth: 0,
          },
        },
      ],
    };
    const view = cumulativeChart(owned, evaluated(owned), colors);
    const [api, fleet] = view.config.data.datasets.map(
      (d) => d.data as number[],
    );
    expect(api!).toHaveLength(CUMULATIVE_MONTHS + 1);
    expect(api![0]).toBe(0);
    expect(api![12]).toBeCloseTo(12 * 3670, 6);
    expect(fleet![0]).toBe(8 * 30_000);
    expect(fleet![1]! - fleet![0]!).toBeGreaterThan(0);
    expect(view.table.rows.map((r) => r[0])).toEqual([
      "0",
      "6",
      "12",
      "18",
      "24",
      "30",
      "36",
    ]);
  });

  it("legends each series as drawn: lines, markers by their symbol, bars", () => {
    expect(
      legendOf(costVolumeChart(articleScenario, result, colors).config),
    ).toEqual([
      { label: "Muse Spark", color: PALETTE[0], mark: "line", dash: [] },
      {
        label: "Llama 4 Maverick on 8 × H100",
        color: PALETTE[1],
        mark: "line",
        dash: [],
      },
      { label: "Break-even", color: colors.text, mark: "◆", dash: [] },
      { label: "You are here", color: colors.text, mark: "✕", dash: [] },
    ]);
    const bars = legendOf(breakdownChart(result, colors).config);
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((item) => item.mark === "bar" && item.color !== "")).toBe(
      true,
    );
  });
});

describe("a chart for a PNG", () => {
  const result = evaluated(articleScenario);
  it("is drawn in the light theme's colours whichever theme built it, its functions kept", () => {
    const dark = chartColors("dark");
    const light = chartColors("light");
    const config = costVolumeChart(articleScenario, result, dark).config;
    // Chart.js replaces the scales it is given with objects of no prototype.
    config.options = {
      ...config.options,
      scales: Object.assign(Object.create(null), config.options!.scales),
    };
    const redrawn = lightConfig(config);
    const text = JSON.stringify(redrawn);
    expect(text).not.toContain(dark.text);
    expect(text).not.toContain(dark.grid);
    const x = redrawn.options!.scales!.x!;
    expect(x.ticks!.color).toBe(light.text);
    expect(x.grid!.color).toBe(light.grid);
    expect((x.ticks as { callback: unknown }).callback).toBe(
      (config.options.scales!.x!.ticks as { callback: unknown }).callback,
    );
    expect(legendOf(redrawn).at(-1)!.color).toBe(light.text);
    // The series' own colours work on both themes and stay.
    expect(legendOf(redrawn)[0]!.color).toBe(PALETTE[0]);
    // A light chart comes back as it was.
    const already = costVolumeChart(articleScenario, result, light).config;
    expect(lightConfig(already)).toEqual(already);
  });
});
