/**
 * The tornado as a chart: which ranged inputs swing the saving most, each alone from its low end
 * to its high with every other at its most likely value, largest swing on top. Every bar starts at
 * the saving with all inputs at their most likely values, drawn as an axis line. The data and the
 * table are plain data, built in the How sure worker; the options, which hold functions, on the page.
 */
import type { ChartData } from "chart.js";
import type { ScenarioResult } from "../engine/evaluate";
import type { Uncertainty } from "../engine/uncertainty";
import {
  axes,
  BASE_OPTIONS,
  colorOf,
  usdTick,
  type ChartColors,
  type ChartOptions,
  type ChartTable,
  type ChartView,
} from "./charts";
import { tornadoRows } from "./how-sure";

export interface TornadoData {
  /** The saving with every input at its most likely value: where each bar starts. */
  baseline: number;
  data: ChartData<"bar", [number, number][], string[]>;
  table: ChartTable;
}

/** Characters a line of an input's name holds beside the bars. */
const LABEL_LINE = 24;

/** A long name in lines at its spaces: Chart.js would draw it on one, past the canvas's edge. */
function wrapped(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LABEL_LINE)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The tornado's bars and table; null when no ranged input moves the saving. */
export function tornadoData(
  u: Uncertainty,
  result: ScenarioResult,
): TornadoData | null {
  const baseline = result.savingsVsBaseline.find(
    (s) => s.optionId === u.savingOptionId,
  )?.monthlyUsd;
  const moving = u.tornado.filter((b) => b.low !== b.high);
  if (baseline === undefined || moving.length === 0) return null;
  const rows = tornadoRows(moving, result);
  const from = (end: "low" | "high") =>
    moving.map((b): [number, number] => [baseline, b[end]]);
  return {
    baseline,
    data: {
      labels: rows.map((r) => wrapped(r.label)),
      datasets: [
        {
          label: "Input at its low end",
          data: from("low"),
          backgroundColor: colorOf(0),
        },
        {
          label: "Input at its high end",
          data: from("high"),
          backgroundColor: colorOf(1),
        },
      ],
    },
    table: {
      columns: ["Input", "Range", "Saving at low", "Saving at high"],
      rows: rows.map((r) => [r.label, r.range, r.low, r.high]),
    },
  };
}

function tornadoOptions(colors: ChartColors, baseline: number): ChartOptions {
  return {
    ...BASE_OPTIONS,
    indexAxis: "y",
    scales: {
      ...axes(
        colors,
        {
          title: {
            display: true,
            text: "Saving a month (USD)",
            color: colors.text,
          },
          ticks: { color: colors.text, callback: usdTick },
        },
        {},
      ),
      // An unlabelled second axis standing at the most likely saving: the line bars start from.
      likely: {
        type: "category",
        axis: "y",
        position: { x: baseline },
        ticks: { display: false },
        grid: { display: false },
        border: { color: colors.text, width: 2 },
      },
    },
  };
}

export function tornadoChart(
  data: TornadoData,
  colors: ChartColors,
): ChartView {
  return {
    config: {
      type: "bar",
      data: data.data,
      options: tornadoOptions(colors, data.baseline),
    },
    table: data.table,
  };
}
