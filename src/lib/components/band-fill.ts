/**
 * Fills between a line and the next dataset's, for a dataset set `fill: "+1"`: the P10–P90 bands
 * of the cost-against-volume chart. Chart.js's Filler plugin does this and much more, for 2.35 KB
 * gzipped that the JavaScript budget has no room for; this does only what the bands need, with
 * the same setting, so the configuration would work with Filler as it is.
 */
import type { Chart, Plugin } from "chart.js";

type Points = { x: number; y: number; skip?: boolean }[];

function trace(ctx: CanvasRenderingContext2D, points: Points) {
  for (const point of points) ctx.lineTo(point.x, point.y);
}

export const bandFill: Plugin = {
  id: "bandFill",
  // Before the lines, so the fills lie behind every one of them.
  beforeDatasetsDraw(chart: Chart) {
    const { ctx, chartArea: area } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      if ((dataset as { fill?: unknown }).fill !== "+1") return;
      if (!chart.isDatasetVisible(i) || !chart.isDatasetVisible(i + 1)) return;
      const drawn = (index: number) =>
        (chart.getDatasetMeta(index).data as unknown as Points).filter(
          (p) => !p.skip,
        );
      const upper = drawn(i);
      const lower = drawn(i + 1).reverse();
      if (upper.length < 2 || lower.length < 2) return;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.width, area.height);
      ctx.clip();
      ctx.beginPath();
      trace(ctx, upper);
      trace(ctx, lower);
      ctx.closePath();
      ctx.fillStyle = String(dataset.backgroundColor);
      ctx.fill();
      ctx.restore();
    });
  },
};
