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
 * Bars grouped by scenario, a series per option (named as the table names it, so scenarios that
 * hold different options at a position still have each bar named), read from the comparison
 * table so the chart and the table cannot disagree.
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
  // A series per option name, in the order first met; the same name twice in one scenario (two
  // copies of an offer) gets a series per position.
  const series = new Map<string, (number | null | undefined)[]>();
  table.columns.forEach((_, i) =>
    positions.forEach((p) => {
      const name = names[p]!.cells[i]!.text;
      if (name === BLANK) return;
      const key =
        series.get(name)?.[i] === undefined ? name : `${name}, option ${p + 1}`;
      if (!series.has(key))
        series.set(
          key,
          table.columns.map(() => undefined),
        );
      series.get(key)![i] = costs[p]?.cells[i]!.value ?? null;
    }),
  );
  return {
    config: {
      type: "bar",
      data: {
        labels: table.columns.map((c) => c.name),
        datasets: [...series].map(([label, data], s) => ({
          label,
          data: data.map((usd) => usd ?? null),
          backgroundColor: colorOf(s),
          // A scenario without this option leaves no gap in its group.
          skipNull: true,
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

/** A dash pattern per scenario, so its line differs by more than colour. */
const DASHES = [[], [10, 5], [2, 4], [14, 4, 3, 4], [6, 3], [3, 8]];

/** Whether two scenarios' cheapest costs are the same at every volume. */
function sameLine(a: (number | null)[], b: (number | null)[]): boolean {
  return a.every((x, i) => {
    const y = b[i]!;
    return x === null || y === null
      ? x === y
      : Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  });
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
  // Scenarios that differ only where no option's cost changes (two volumes, say) draw the same
  // line: each such line names the first scenario it repeats, and is drawn wider, beneath it (the
  // first dataset is drawn on top), so its own colour and dashes show either side.
  const repeats = cheapest.map((usd, s) =>
    cheapest
      .slice(0, s)
      .flatMap((other, t) => (sameLine(other, usd) ? [t] : [])),
  );
  const lines: ChartDataset<"line">[] = costed.map((c, s) => ({
    type: "line",
    label:
      repeats[s]!.length > 0
        ? `${c.name} (same as ${costed[repeats[s]![0]!]!.name})`
        : c.name,
    data: points.map(
      (p, i) => ({ x: p.tokens, y: positive(cheapest[s]![i]!) }) as never,
    ),
    borderColor: colorOf(c.index),
    backgroundColor: colorOf(c.index),
    borderDash: DASHES[c.index % DASHES.length],
    pointRadius: 0,
    borderWidth: 2 + 3 * repeats[s]!.length,
  }));
  // Each scenario's own volume, crossed in its colour.
  const marks = points.flatMap((p, i) => {
    const usd = p.today === undefined ? null : positive(cheapest[p.today]![i]!);
    return usd === null
      ? []
      : [{ x: p.tokens, y: usd, color: colorOf(costed[p.today!]!.index) }];
  });
  const here: ChartDataset<"line"> = {
    type: "line",
    showLine: false,
    label: "Today's volume",
    data: marks.map(({ x, y }) => ({ x, y })),
    pointStyle: "crossRot",
    pointRadius: 9,
    borderWidth: 3,
    borderColor: colors.text,
    pointBorderColor: marks.map((m) => m.color),
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
      columns: ["Tokens a month", ...lines.map((l) => l.label!)],
      rows: rows.map(({ row, i }) => [
        row,
        ...cheapest.map((usd) => formatUsd(usd[i])),
      ]),
    },
  };
}
