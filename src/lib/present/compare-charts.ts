/**
 * The comparison's two charts as plain data: every scenario's options at its own volume, and
 * each scenario's cheapest cost across volumes. Each comes with its data table.
 */
import type { ChartDataset } from "chart.js";
import { logGrid } from "../engine/break-even";
import { costCurves } from "../engine/curves";
import { tokensPerRequest } from "../engine/evaluate";
import { formatCompact, formatUsd } from "../format";
import {
  colorOf,
  groupedBarOptions,
  volumeOptions,
  type ChartColors,
  type ChartView,
} from "./charts";
import {
  BLANK,
  optionRowKey,
  rowByKey,
  type ComparedScenario,
  type CompareTable,
} from "./compare";

/**
 * Bars grouped by scenario, one per option position, read from the comparison table so the chart
 * and the table cannot disagree.
 */
export function compareCostChart(
  table: CompareTable,
  colors: ChartColors,
): ChartView {
  const positions: number[] = [];
  while (rowByKey(table, optionRowKey(positions.length, "name")))
    positions.push(positions.length);
  const names = positions.map((p) => rowByKey(table, optionRowKey(p, "name"))!);
  const costs = positions.map((p) =>
    rowByKey(table, optionRowKey(p, "monthly")),
  );
  // A series is named after its option when every scenario has the same one there.
  const seriesName = (p: number) => {
    const titles = new Set(
      names[p]!.cells.map((c) => c.text).filter((t) => t !== BLANK),
    );
    return titles.size === 1 ? [...titles][0]! : `Option ${p + 1}`;
  };
  return {
    config: {
      type: "bar",
      data: {
        labels: table.columns.map((c) => c.name),
        datasets: positions.map((p) => ({
          label: seriesName(p),
          data: table.columns.map((_, i) => costs[p]?.cells[i]!.value ?? null),
          backgroundColor: colorOf(p),
        })),
      },
      options: groupedBarOptions(colors),
    },
    table: {
      columns: ["Scenario", ...positions.map((p) => `Option ${p + 1}`)],
      rows: table.columns.map((column, i) => [
        column.name,
        ...positions.map((p) => {
          const name = names[p]!.cells[i]!.text;
          const cost = costs[p]?.cells[i]!.text ?? BLANK;
          return name === BLANK ? BLANK : `${name}: ${cost}`;
        }),
      ]),
    },
  };
}

/**
 * One line per scenario: at each volume, the monthly cost of whichever of its options is cheapest
 * there — what the scenario costs if it picks the right option as it grows. Volumes are tokens a
 * month, so scenarios with different request sizes share the axis.
 */
export function compareVolumeChart(
  compared: ComparedScenario[],
  colors: ChartColors,
): ChartView {
  const costed = compared.flatMap((c, index) =>
    c.outcome.ok ? [{ name: c.name, index, ...c.outcome.evaluation }] : [],
  );
  const today = costed.map((c) => c.result.tokensPerMonth);
  // Three decades either side of the scenarios' volumes, like the calculator's own chart.
  const grid = today.length
    ? logGrid(
        { low: Math.min(...today) / 1000, high: Math.max(...today) * 1000 },
        16,
      )
    : [];
  /** The volumes costed: the grid, and each scenario's today; a decade or a today is a table row. */
  const points: { tokens: number; row: string | null; today?: number }[] = [
    ...grid.map((tokens, i) => ({
      tokens,
      row: i % 16 === 0 ? formatCompact(tokens) : null,
    })),
    ...costed.map((c, s) => ({
      tokens: c.result.tokensPerMonth,
      row: `${formatCompact(c.result.tokensPerMonth)} (today, ${c.name})`,
      today: s,
    })),
  ].sort((a, b) => a.tokens - b.tokens);

  const cheapest = costed.map((c) => {
    const perRequest = tokensPerRequest(c.scenario.workload);
    const curves = costCurves(
      c.scenario,
      points.map((p) => p.tokens / perRequest),
    ).filter((curve) => curve.priceCase === "mid");
    return points.map((_, i) =>
      curves.length ? Math.min(...curves.map((curve) => curve.usd[i]!)) : null,
    );
  });
  const positive = (usd: number | null) =>
    usd !== null && usd > 0 ? usd : null;

  const lines: ChartDataset<"line">[] = costed.map((c, s) => ({
    type: "line",
    label: c.name,
    data: points.map(
      (p, i) => ({ x: p.tokens, y: positive(cheapest[s]![i]!) }) as never,
    ),
    borderColor: colorOf(c.index),
    backgroundColor: colorOf(c.index),
    pointRadius: 0,
    borderWidth: 2,
  }));
  const here: ChartDataset<"line"> = {
    type: "line",
    showLine: false,
    label: "Today's volume",
    data: points.flatMap((p, i) => {
      const usd =
        p.today === undefined ? null : positive(cheapest[p.today]![i]!);
      return usd === null ? [] : [{ x: p.tokens, y: usd }];
    }),
    pointStyle: "crossRot",
    pointRadius: 9,
    borderWidth: 3,
    borderColor: colors.text,
  };
  const rows = points.flatMap((p, i) =>
    p.row === null ? [] : [{ row: p.row, i }],
  );
  return {
    config: {
      type: "line",
      data: { datasets: [...lines, here] as ChartDataset<"line">[] },
      options: volumeOptions(colors),
    },
    table: {
      columns: ["Tokens a month", ...costed.map((c) => c.name)],
      rows: rows.map(({ row, i }) => [
        row,
        ...cheapest.map((usd) => formatUsd(usd[i])),
      ]),
    },
  };
}
