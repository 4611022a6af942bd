/**
 * Chart data as plain objects, built from the engine's results: a Chart.js configuration for the
 * canvas and the same numbers as a table for screen readers. Nothing here touches the DOM.
 */
import type { ChartConfiguration, ChartDataset } from "chart.js";
import { logGrid } from "../engine/break-even";
import { costCurves, cumulativeCosts } from "../engine/curves";
import type { ScenarioResult } from "../engine/evaluate";
import { tokensPerRequest } from "../engine/evaluate";
import type { Scenario } from "../engine/types";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../format";
import type { TokenAccount } from "../scenario/tokens";
import type { Alternative } from "./alternatives";
import { BREAKDOWN_LABELS, optionLabel } from "./labels";

export interface ChartColors {
  text: string;
  grid: string;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartView {
  config: ChartConfiguration;
  table: ChartTable;
}

/** Eight hues that stay distinct on light and dark backgrounds and for common colour blindness. */
export const PALETTE = [
  "#3b82f6",
  "#f97316",
  "#10b981",
  "#e11d48",
  "#8b5cf6",
  "#ca8a04",
  "#0891b2",
  "#db2777",
];

export const colorOf = (index: number) => PALETTE[index % PALETTE.length]!;

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: a line, a bar, or a marker's symbol. */
  mark: "line" | "bar" | "◆" | "✕" | "○";
  /** A line's dash pattern, in pixels; empty for a solid line. */
  dash: number[];
}

const MARKER_SYMBOLS: Record<string, LegendItem["mark"]> = {
  rectRot: "◆",
  crossRot: "✕",
  circle: "○",
};

/**
 * The chart's legend as data, for a legend drawn in HTML beside the canvas: it prints and wraps
 * like text, and the page does not load Chart.js's legend plugin.
 */
export function legendOf(config: ChartConfiguration): LegendItem[] {
  // A band's edges take their line's colour and need no entry of their own.
  const series = config.data.datasets.filter((d) => !("bandEdge" in d));
  return series.map((dataset) => {
    const {
      label,
      borderColor,
      backgroundColor,
      borderDash,
      pointStyle,
      showLine,
    } = dataset as ChartDataset<"line">;
    const bar = (dataset.type ?? config.type) === "bar";
    return {
      label: label ?? "",
      color: String((bar ? backgroundColor : borderColor) ?? ""),
      mark: bar
        ? "bar"
        : showLine === false
          ? (MARKER_SYMBOLS[String(pointStyle)] ?? "◆")
          : "line",
      dash: Array.isArray(borderDash) ? (borderDash as number[]) : [],
    };
  });
}

export function axes(colors: ChartColors, x: object, y: object) {
  const common = {
    ticks: { color: colors.text },
    grid: { color: colors.grid },
  };
  return { x: { ...common, ...x }, y: { ...common, ...y } };
}

export const BASE_OPTIONS = {
  responsive: true,
  maintainAspectRatio: false,
  // Results must follow typing within a frame: no tweening.
  animation: false as const,
};

export const usdTick = (value: number | string) => formatUsd(Number(value));
const isPowerOfTen = (value: number) =>
  Math.abs(Math.log10(value) - Math.round(Math.log10(value))) < 1e-9;
/**
 * Log axes keep only powers of ten: Chart.js would also draw, measure and label every minor tick,
 * which is most of a redraw's time.
 */
const decadesOnly = (axis: { ticks: { value: number }[] }) => {
  axis.ticks = axis.ticks.filter((tick) => isPowerOfTen(tick.value));
};

export type ChartOptions = NonNullable<ChartConfiguration["options"]>;

/**
 * Options depend on the theme only. Built once per theme, the same object comes back on every
 * keystroke, and the chart skips re-resolving its options when only the data changed.
 */
function perTheme<T>(
  build: (colors: ChartColors) => T,
): (colors: ChartColors) => T {
  const built = new Map<ChartColors, T>();
  return (colors) => {
    if (!built.has(colors)) built.set(colors, build(colors));
    return built.get(colors)!;
  };
}

export const volumeOptions = perTheme((colors): ChartOptions => ({
  ...BASE_OPTIONS,
  parsing: false,
  scales: axes(
    colors,
    {
      type: "logarithmic",
      title: {
        display: true,
        text: "Tokens a month",
        color: colors.text,
      },
      afterBuildTicks: decadesOnly,
      ticks: {
        color: colors.text,
        callback: (v: number | string) => formatCompact(Number(v)),
      },
    },
    {
      type: "logarithmic",
      title: {
        display: true,
        text: "Monthly cost (USD)",
        color: colors.text,
      },
      afterBuildTicks: decadesOnly,
      ticks: { color: colors.text, callback: usdTick },
    },
  ),
}));
/** The longest line of an option's name beside a bar: a phone's chart leaves it a third of 328 px. */
const LABEL_LINE = 16;

/**
 * A long label as lines of at most LABEL_LINE characters, broken between words ("Llama 4
 * Maverick", "17B-128E on 8 ×", "H100 SXM5 80GB"), which Chart.js draws one under another: drawn
 * on one line, it is cut at the canvas's edge.
 */
function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= LABEL_LINE)
      lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const breakdownOptions = perTheme((colors): ChartOptions => ({
  ...BASE_OPTIONS,
  indexAxis: "y",
  scales: axes(
    colors,
    {
      stacked: true,
      title: {
        display: true,
        text: "Monthly cost (USD)",
        color: colors.text,
      },
      ticks: { color: colors.text, callback: usdTick },
    },
    {
      stacked: true,
      ticks: {
        color: colors.text,
        callback(
          this: { getLabelForValue(v: number): string },
          value: number | string,
        ) {
          return wrapLabel(this.getLabelForValue(Number(value)));
        },
      },
    },
  ),
}));
/** Bars side by side in groups along x, dollars up y from zero. */
export const groupedBarOptions = perTheme((colors): ChartOptions => ({
  ...BASE_OPTIONS,
  scales: axes(
    colors,
    {},
    {
      beginAtZero: true,
      title: {
        display: true,
        text: "Monthly cost (USD)",
        color: colors.text,
      },
      ticks: { color: colors.text, callback: usdTick },
    },
  ),
}));
const cumulativeOptions = perTheme((colors): ChartOptions => ({
  ...BASE_OPTIONS,
  scales: axes(
    colors,
    { title: { display: true, text: "Months", color: colors.text } },
    {
      title: {
        display: true,
        text: "Cumulative cost (USD)",
        color: colors.text,
      },
      ticks: { color: colors.text, callback: usdTick },
    },
  ),
}));

/**
 * Volumes shown on the cost-against-volume chart: three decades either side of today's, 16 points
 * a decade (the bands, each point costed many times over, take fewer).
 */
export function chartVolumes(
  requestsPerMonth: number,
  perDecade = 16,
): number[] {
  return logGrid(
    { low: requestsPerMonth / 1000, high: requestsPerMonth * 1000 },
    perDecade,
  );
}

/** The percentiles a band's table columns give, after the option's own cost. */
const BAND_COLUMNS = ["P10", "P50", "P90"] as const;

/**
 * A line that is one edge of a band: the upper edge is filled down to the next dataset, its lower
 * edge (components/band-fill.ts draws the fill; Chart.js's own filler is not loaded).
 */
export type BandEdge = ChartDataset<"line"> & { bandEdge: "upper" | "lower" };

/** The cost-against-volume chart's bands, as ./volume-bands.ts builds them: plain data. */
export interface VolumeBandView {
  /** Two lines per option with a spread: its P90, then its P10. */
  datasets: BandEdge[];
  /** Per option with a spread: for each row of the table, its P10, P50 and P90 as text. */
  columns: { id: string; cells: string[][] }[];
}

/**
 * The cost-against-volume table's rows in volume order: a row a decade, today's volume (in place
 * of a decade row that reads the same) and each break-even, each with its requests a month.
 */
export function volumeTableRows(
  scenario: Scenario,
  result: ScenarioResult,
): { requests: number; name: string }[] {
  const perRequest = tokensPerRequest(scenario.workload);
  const label = (id: string) => optionLabel(result, id);
  const today = formatCompact(result.tokensPerMonth);
  return [
    ...chartVolumes(result.requestsPerMonth)
      .filter((_, i) => i % 16 === 0)
      .map((v) => ({ requests: v, name: formatCompact(v * perRequest) }))
      // Today's volume has its own row, named so: a grid row that reads the same is left out.
      .filter((row) => row.name !== today),
    {
      requests: result.requestsPerMonth,
      name: `${today} (today)`,
    },
    ...result.breakEven
      .filter((b) => b.priceCase === "mid")
      .map((b) => ({
        requests: b.requestsPerMonth,
        name: `${formatCompact(b.tokensPerMonth)} (break-even, ${label(b.optionId)})`,
      })),
  ].sort((a, b) => a.requests - b.requests);
}

/**
 * Each option's cost against volume. Bands, when the scenario holds ranges, are computed apart
 * (./volume-bands.ts, off the main thread) and arrive later: drawn behind the lines, and their
 * P10, P50 and P90 as columns after the option's own.
 */
export function costVolumeChart(
  scenario: Scenario,
  result: ScenarioResult,
  colors: ChartColors,
  bands: VolumeBandView | null = null,
): ChartView {
  const volumes = chartVolumes(result.requestsPerMonth);
  const perRequest = tokensPerRequest(scenario.workload);
  const curves = costCurves(scenario, volumes).filter(
    (c) => c.priceCase === "mid",
  );
  const label = (id: string) => optionLabel(result, id);
  const index = (id: string) => scenario.options.findIndex((o) => o.id === id);
  const positive = (usd: number) => (usd > 0 ? usd : null);

  const lines: ChartDataset<"line">[] = curves.map((curve) => ({
    type: "line",
    label: label(curve.optionId),
    data: volumes.map(
      (v, i) => ({ x: v * perRequest, y: positive(curve.usd[i]!) }) as never,
    ),
    borderColor: colorOf(index(curve.optionId)),
    backgroundColor: colorOf(index(curve.optionId)),
    pointRadius: 0,
    borderWidth: 2,
    stepped: curve.replicas[0] !== null ? ("after" as const) : false,
  }));
  const baselineCurve = curves.find((c) => c.optionId === result.baselineId);
  const crossings = result.breakEven.filter((b) => b.priceCase === "mid");
  const markers: ChartDataset<"line">[] = [
    {
      type: "line",
      showLine: false,
      label: "Break-even",
      data: crossings.map((b) => ({
        x: b.tokensPerMonth,
        y: costAtTokens(
          b.tokensPerMonth / perRequest,
          volumes,
          baselineCurve?.usd,
        ),
      })),
      pointStyle: "rectRot",
      pointRadius: 7,
      borderColor: colors.text,
      backgroundColor: colors.text,
    },
    {
      type: "line",
      showLine: false,
      label: "You are here",
      data: result.options
        .filter((o) => o.monthlyCostUsd !== null && o.monthlyCostUsd > 0)
        .map((o) => ({ x: result.tokensPerMonth, y: o.monthlyCostUsd! })),
      pointStyle: "crossRot",
      pointRadius: 9,
      borderWidth: 3,
      borderColor: colors.text,
    },
  ];

  const tableRows = volumeTableRows(scenario, result);
  const band = (id: string) => bands?.columns.find((c) => c.id === id);
  const tableCosts = costCurves(
    scenario,
    tableRows.map((r) => r.requests),
  ).filter((c) => c.priceCase === "mid");
  return {
    config: {
      type: "line",
      data: {
        // Chart.js draws the first dataset on top: the bands go last, behind the lines.
        datasets: [
          ...lines,
          ...markers,
          ...(bands?.datasets ?? []),
        ] as ChartDataset<"line">[],
      },
      options: volumeOptions(colors),
    },
    table: {
      columns: [
        "Tokens a month",
        ...curves.flatMap((c) => [
          label(c.optionId),
          ...(band(c.optionId)
            ? BAND_COLUMNS.map((p) => `${label(c.optionId)} ${p}`)
            : []),
        ]),
      ],
      // The markers as rows too: today's volume and each break-even, with every option's cost there.
      rows: tableRows.map(({ name }, i) => [
        name,
        ...curves.flatMap((c) => [
          formatUsd(tableCosts.find((t) => t.optionId === c.optionId)?.usd[i]),
          ...(band(c.optionId)?.cells[i] ?? []),
        ]),
      ]),
    },
  };
}

/** The baseline's cost near a volume (the nearest sampled point): where a break-even marker sits. */
function costAtTokens(
  requests: number,
  volumes: number[],
  usd: number[] | undefined,
): number | null {
  if (!usd) return null;
  let best = 0;
  for (let i = 1; i < volumes.length; i++) {
    if (
      Math.abs(Math.log(volumes[i]! / requests)) <
      Math.abs(Math.log(volumes[best]! / requests))
    )
      best = i;
  }
  return usd[best]! > 0 ? usd[best]! : null;
}

export function breakdownChart(
  result: ScenarioResult,
  colors: ChartColors,
): ChartView {
  const costed = result.options.filter((o) => o.monthlyCostUsd !== null);
  const keys = Object.keys(BREAKDOWN_LABELS).filter((key) =>
    costed.some((o) => (o.breakdown.find((l) => l.key === key)?.usd ?? 0) > 0),
  );
  const amount = (o: (typeof costed)[number], key: string) =>
    o.breakdown.find((l) => l.key === key)?.usd ?? 0;
  return {
    config: {
      type: "bar",
      data: {
        labels: costed.map((o) => o.label),
        datasets: keys.map((key, i) => ({
          label: BREAKDOWN_LABELS[key]!,
          data: costed.map((o) => amount(o, key)),
          backgroundColor: colorOf(i),
        })),
      },
      options: breakdownOptions(colors),
    },
    table: {
      columns: ["Option", ...keys.map((k) => BREAKDOWN_LABELS[k]!), "Total"],
      rows: costed.map((o) => [
        o.label,
        ...keys.map((k) => formatUsd(amount(o, k))),
        formatUsd(o.monthlyCostUsd),
      ]),
    },
  };
}

export const CUMULATIVE_MONTHS = 36;

export function cumulativeChart(
  scenario: Scenario,
  result: ScenarioResult,
  colors: ChartColors,
): ChartView {
  const series = cumulativeCosts(scenario, CUMULATIVE_MONTHS);
  const label = (id: string) => optionLabel(result, id);
  const index = (id: string) => scenario.options.findIndex((o) => o.id === id);
  const months = Array.from({ length: CUMULATIVE_MONTHS + 1 }, (_, m) => m);
  return {
    config: {
      type: "line",
      data: {
        labels: months.map(String),
        datasets: series.map((s) => ({
          label: label(s.optionId),
          data: s.usd,
          borderColor: colorOf(index(s.optionId)),
          backgroundColor: colorOf(index(s.optionId)),
          pointRadius: 0,
          borderWidth: 2,
        })),
      },
      options: cumulativeOptions(colors),
    },
    table: {
      columns: ["Month", ...series.map((s) => label(s.optionId))],
      rows: months
        .filter((m) => m % 6 === 0)
        .map((m) => [String(m), ...series.map((s) => formatUsd(s.usd[m]))]),
    },
  };
}

const qualityOptions = perTheme((colors): ChartOptions => ({
  ...BASE_OPTIONS,
  parsing: false,
  scales: axes(
    colors,
    {
      type: "linear",
      title: {
        display: true,
        text: "Intelligence Index score",
        color: colors.text,
      },
    },
    {
      type: "linear",
      beginAtZero: true,
      title: {
        display: true,
        text: "Cost per successful task (USD)",
        color: colors.text,
      },
      ticks: { color: colors.text, callback: usdTick },
    },
  ),
}));

/**
 * Cost against quality: each option a point at its model's index score and its cost per
 * successful task (per request × 1 / success rate). Options without a score are in the table only.
 * Beside each self-hosted option, smaller points for its model on other GPUs (./alternatives.ts),
 * each named in the readout and the table.
 */
export function qualityChart(
  result: ScenarioResult,
  accounts: Readonly<Record<string, TokenAccount>>,
  alternatives: readonly Alternative[],
  colors: ChartColors,
): ChartView {
  const score = (id: string) => accounts[id]?.model?.score;
  const placed = result.options.filter(
    (o) => o.costPerSuccessfulTaskUsd !== null && score(o.id) !== undefined,
  );
  // Alternatives computed for an option since removed, or without a score, are left out.
  const others = alternatives.filter((a) =>
    placed.some((o) => o.id === a.optionId),
  );
  const withOthers = placed.filter((o) =>
    others.some((a) => a.optionId === o.id),
  );
  return {
    config: {
      type: "line",
      data: {
        datasets: [
          ...placed.map((o) => ({
            label: o.label,
            data: [{ x: score(o.id)!, y: o.costPerSuccessfulTaskUsd! }],
            showLine: false,
            pointStyle: "rectRot",
            pointRadius: 7,
            borderColor: colorOf(result.options.indexOf(o)),
            backgroundColor: colorOf(result.options.indexOf(o)),
          })),
          ...withOthers.map((o) => {
            const own = others.filter((a) => a.optionId === o.id);
            return {
              label: `${own[0]!.model} on other GPUs`,
              data: own.map((a) => ({
                x: score(o.id)!,
                y: a.costPerSuccessfulTaskUsd,
                label: a.label,
              })),
              showLine: false,
              pointStyle: "circle",
              pointRadius: 4,
              borderColor: colorOf(result.options.indexOf(o)),
              backgroundColor: "transparent",
            };
          }),
        ],
      },
      options: qualityOptions(colors),
    },
    table: {
      columns: [
        "Option",
        "Index score",
        "Success rate",
        "Per request",
        "Per successful task",
      ],
      rows: [
        ...result.options.map((o) => {
          const s = score(o.id);
          return [
            o.label,
            s === undefined ? "no score" : formatNumber(s, 1),
            formatPercent(o.successRate),
            formatUsd(o.costPerRequestUsd),
            formatUsd(o.costPerSuccessfulTaskUsd),
          ];
        }),
        ...others.map((a) => {
          const option = result.options.find((o) => o.id === a.optionId)!;
          return [
            `${a.label} (another GPU)`,
            formatNumber(score(a.optionId)!, 1),
            formatPercent(option.successRate),
            formatUsd(a.costPerRequestUsd),
            formatUsd(a.costPerSuccessfulTaskUsd),
          ];
        }),
      ],
    },
  };
}

/** Axis and label colours for each theme; the series colours work on both. */
const THEME_COLORS: Record<"light" | "dark", ChartColors> = {
  light: { text: "#334155", grid: "rgba(100, 116, 139, 0.22)" },
  dark: { text: "#cbd5e1", grid: "rgba(148, 163, 184, 0.22)" },
};

export function chartColors(theme: "light" | "dark"): ChartColors {
  return THEME_COLORS[theme];
}

/** A plain object: a literal, or one made with no prototype (Chart.js makes its scales so). */
const isRecord = (value: unknown): value is object =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * A chart's configuration as the light theme draws it, whichever theme built it: a PNG is pasted
 * into documents, which are light. Only the theme's own colours change; functions are kept.
 */
export function lightConfig(config: ChartConfiguration): ChartConfiguration {
  const { dark, light } = THEME_COLORS;
  const swap = new Map<unknown, string>([
    [dark.text, light.text],
    [dark.grid, light.grid],
  ]);
  const recolour = (value: unknown): unknown =>
    swap.has(value)
      ? swap.get(value)
      : Array.isArray(value)
        ? value.map(recolour)
        : isRecord(value)
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => [k, recolour(v)]),
            )
          : value;
  return recolour(config) as ChartConfiguration;
}
