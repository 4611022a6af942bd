/**
 * The cost-against-volume chart's P10–P90 bands as plain data, built off the main thread: two
 * lines per option whose cost spreads (its P90, filled down to its P10) and the three percentiles
 * at each row of the chart's table. A scenario without ranges, or an option whose cost does not
 * spread at any volume, gets no band.
 */
import { tokensPerRequest, type ScenarioResult } from "../engine/evaluate";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import { volumeBands } from "../engine/volume-bands";
import { formatUsd } from "../format";
import {
  chartVolumes,
  colorOf,
  volumeTableRows,
  type BandEdge,
  type VolumeBandView,
} from "./charts";
import { optionLabel } from "./labels";

/** Four points a decade across the chart's six: 25 volumes, each costed in every draw. */
export const BAND_POINTS_PER_DECADE = 4;
/** Alpha of a band's fill and of its edges, after the option's colour: translucent, the line on top. */
const FILL_ALPHA = "33";
const EDGE_ALPHA = "99";

export function volumeBandView(
  scenario: Scenario,
  result: ScenarioResult,
  ranges: readonly RangedInput[],
  seed?: number,
): VolumeBandView | null {
  const chart = chartVolumes(result.requestsPerMonth, BAND_POINTS_PER_DECADE);
  const rows = volumeTableRows(scenario, result);
  const found = volumeBands(
    scenario,
    ranges,
    [...chart, ...rows.map((r) => r.requests)],
    { seed },
  );
  if (!found.ok) return null;
  const spread = found.value
    .map((o, index) => ({ ...o, index }))
    .filter((o) => o.bands.some((b) => b !== null && b.p10 !== b.p90));
  if (spread.length === 0) return null;

  const perRequest = tokensPerRequest(scenario.workload);
  const edge = (o: (typeof spread)[number], at: "p10" | "p90") =>
    chart.map((v, j) => {
      const usd = o.bands[j]?.[at];
      // A log axis has no place for $0.
      return {
        x: v * perRequest,
        y: usd !== undefined && usd > 0 ? usd : null,
      };
    });
  return {
    datasets: spread.flatMap((o): BandEdge[] => {
      const color = colorOf(o.index);
      const name = optionLabel(result, o.id);
      const look = {
        type: "line" as const,
        pointRadius: 0,
        borderWidth: 1,
        borderColor: color + EDGE_ALPHA,
        backgroundColor: color + FILL_ALPHA,
      };
      return [
        {
          ...look,
          label: `${name} P90`,
          data: edge(o, "p90") as never,
          bandEdge: "upper",
        },
        {
          ...look,
          label: `${name} P10`,
          data: edge(o, "p10") as never,
          bandEdge: "lower",
        },
      ];
    }),
    columns: spread.map((o) => ({
      id: o.id,
      cells: o.bands
        .slice(chart.length)
        .map((b) => [formatUsd(b?.p10), formatUsd(b?.p50), formatUsd(b?.p90)]),
    })),
  };
}
