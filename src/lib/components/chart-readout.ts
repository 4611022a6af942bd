/**
 * The value under the pointer, in a line of text over the chart: what Chart.js's tooltip plugin
 * shows, for a tenth of its weight (the plugin is the largest part Chart.js would load). Like the
 * canvas it is for sighted readers; the data table beside every chart holds the same figures.
 */
import type { Chart, Scale } from "chart.js";

export function showReadout(
  instance: Chart,
  canvas: HTMLCanvasElement,
  readout: HTMLElement,
): () => void {
  const hide = () => (readout.hidden = true);
  const show = (event: PointerEvent) => {
    const [hit] = instance.getElementsAtEventForMode(
      event,
      "nearest",
      { intersect: false },
      false,
    );
    if (!hit) return hide();
    const dataset = instance.data.datasets[hit.datasetIndex];
    const meta = instance.getDatasetMeta(hit.datasetIndex);
    const at = pointOf(dataset?.data[hit.index], hit.index, meta);
    const indexScale = meta.iAxisID && instance.scales[meta.iAxisID];
    const valueScale = meta.vAxisID && instance.scales[meta.vAxisID];
    if (!at || !indexScale || !valueScale) return hide();
    readout.textContent = `${nameOf(dataset?.data[hit.index]) ?? dataset?.label ?? ""}: ${labelOf(instance, valueScale, at.value)} at ${labelOf(instance, indexScale, at.index)}`;
    // Beside the point, kept inside the chart's box.
    const x = Math.min(
      hit.element.x + 12,
      canvas.clientWidth - readout.offsetWidth,
    );
    readout.style.left = `${Math.max(0, x)}px`;
    readout.style.top = `${Math.max(0, hit.element.y - 32)}px`;
    readout.hidden = false;
  };
  canvas.addEventListener("pointermove", show);
  canvas.addEventListener("pointerleave", hide);
  return () => {
    canvas.removeEventListener("pointermove", show);
    canvas.removeEventListener("pointerleave", hide);
  };
}

/** A point's own name, where a series names each of its points (another GPU for a model). */
const nameOf = (point: unknown): string | undefined =>
  typeof point === "object" &&
  point !== null &&
  "label" in point &&
  typeof point.label === "string"
    ? point.label
    : undefined;

/** A data point's place along the index axis and its value: bars give a number, lines {x, y}. */
function pointOf(
  point: unknown,
  index: number,
  axes: { iAxisID?: string; vAxisID?: string },
): { index: number; value: number } | null {
  if (typeof point === "number") return { index, value: point };
  if (typeof point !== "object" || point === null) return null;
  const coordinates = new Map(Object.entries(point));
  const along = coordinates.get(axes.iAxisID ?? "x");
  const value = coordinates.get(axes.vAxisID ?? "y");
  return typeof along === "number" && typeof value === "number"
    ? { index: along, value }
    : null;
}

/** A value in its axis's own words: the tick format (dollars, "22.8B") where the axis has one. */
function labelOf(instance: Chart, scale: Scale, value: number): string {
  const format = instance.options.scales?.[scale.id]?.ticks?.callback;
  return scale.type === "category" || !format
    ? scale.getLabelForValue(value)
    : String(format.call(scale, value, 0, []));
}
