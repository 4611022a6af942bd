import { describe, expect, it } from "vitest";
import type { Uncertainty } from "../../../src/lib/engine/uncertainty";
import { simulate } from "../../../src/lib/engine/uncertainty";
import { chartColors, PALETTE } from "../../../src/lib/present/charts";
import {
  tornadoChart,
  tornadoData,
} from "../../../src/lib/present/tornado-chart";
import { articleScenario, evaluated } from "../engine/scenarios";

const result = evaluated(articleScenario);

function simulated(ranges: Parameters<typeof simulate>[1]): Uncertainty {
  const u = simulate(articleScenario, ranges, { draws: 10 });
  if (!u.ok) throw new Error(u.error.message);
  return u.value;
}

/** The fleet's rent from $1 to $3 an hour, and its other costs from $0 to $1,000 a month. */
const u = simulated([
  {
    field: "hosting.usdPerGpuHour",
    optionId: "maverick",
    low: 1,
    high: 3,
    distribution: "triangular",
  },
  {
    field: "otherUsdPerMonth",
    optionId: "maverick",
    low: 0,
    high: 1000,
    distribution: "triangular",
  },
]);

describe("the tornado chart", () => {
  it("has no chart when nothing is a range", () => {
    expect(tornadoData(simulated([]), result)).toBeNull();
  });

  it("starts every bar at today's saving, largest swing first", () => {
    const data = tornadoData(u, result)!;
    // The saving today: $3,670 for Muse Spark less the fleet's 8 × 730 h × $2 = $11,680.
    expect(data.baseline).toBeCloseTo(3670 - 11_680, 6);
    // Rent swings the saving by 8 × 730 h × $2 = $11,680, other costs by $1,000: rent on top.
    // Each name in lines of at most 24 characters, broken at spaces.
    expect(data.data.labels).toEqual([
      ["Llama 4 Maverick on 8 ×", "H100: Rent"],
      ["Llama 4 Maverick on 8 ×", expect.stringMatching(/^H100: /)],
    ]);
    const [low, high] = data.data.datasets;
    expect(low!.label).toBe("Input at its low end");
    expect(low!.backgroundColor).toBe(PALETTE[0]);
    expect(high!.backgroundColor).toBe(PALETTE[1]);
    expect(low!.data[1]![1]).toBeCloseTo(data.baseline, 6);
    expect(high!.data[1]![1]).toBeCloseTo(data.baseline - 1000, 6);
    // The throughput estimate's band moves nothing at one replica's worth of traffic: no bar.
    u.tornado
      .filter((bar) => bar.low !== bar.high)
      .forEach((bar, i) => {
        expect(low!.data[i]).toEqual([data.baseline, bar.low]);
        expect(high!.data[i]).toEqual([data.baseline, bar.high]);
      });
  });

  it("lists each input's range and the saving at each end in its table", () => {
    const data = tornadoData(u, result)!;
    expect(data.table.columns).toEqual([
      "Input",
      "Range",
      "Saving at low",
      "Saving at high",
    ]);
    // Rent at $1: $3,670 − $5,840 = $2,170 more; at $3: $3,670 − $17,520 = $13,850 more.
    expect(data.table.rows).toContainEqual([
      "Llama 4 Maverick on 8 × H100: Rent",
      "1 – 3",
      "$2,170 more",
      "$13,850 more",
    ]);
  });

  it("draws horizontal bars with an axis line at the most likely saving", () => {
    const data = tornadoData(u, result)!;
    const view = tornadoChart(data, chartColors("light"));
    expect(view.config.type).toBe("bar");
    expect(view.config.options?.indexAxis).toBe("y");
    expect(view.config.options?.scales?.likely).toMatchObject({
      position: { x: data.baseline },
      ticks: { display: false },
    });
    expect(view.table).toBe(data.table);
  });
});
