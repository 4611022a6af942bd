/**
 * Fills each band of a chart: from a dataset marked `bandEdge: "upper"` down to the next, its
 * lower edge (present/charts.ts). Chart.js's Filler plugin could do this and much more, for
 * 2.35 KB gzipped that the JavaScript budget has no room for; this does only what bands need.
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
    // Every dataset is shown (no legend hides one), and a band lies within the axes, which are
    // fitted to its edges too: nothing to check or clip.
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      if ((dataset as { bandEdge?: string }).bandEdge !== "upper") return;
      const drawn = (index: number) =>
        (chart.getDatasetMeta(index).data as unknown as Points).filter(
          (p) => !p.skip,
        );
      const upper = drawn(i);
      const lower = drawn(i + 1).reverse();
      if (upper.length < 2 || lower.length < 2) return;
      ctx.save();
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
