/**
 * Drives a Chart.js canvas. Chart.js loads after first paint (it is not needed to read the
 * answer); once loaded, the chart is created once and updated in place when its data changes.
 */
import type { Chart, ChartConfiguration } from "chart.js";
import type { Attachment } from "svelte/attachments";

export function chart(
  getConfig: () => ChartConfiguration,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart | undefined;
    let disposed = false;
    let revision = 0;
    const rendered = () => (canvas.dataset.revision = String(++revision));

    import("./chart-js").then(({ Chart }) => {
      if (disposed) return;
      instance = new Chart(canvas, getConfig());
      rendered();
    });

    $effect(() => {
      const config = getConfig();
      if (!instance) return;
      instance.data = config.data;
      instance.options = config.options ?? {};
      instance.update("none");
      rendered();
    });

    return () => {
      disposed = true;
      instance?.destroy();
    };
  };
}
