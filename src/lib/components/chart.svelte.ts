/**
 * Drives a Chart.js canvas. Chart.js loads after first paint (it is not needed to read the
 * answer); once loaded, the chart is created once and updated in place when its data changes.
 */
import type { Chart, ChartConfiguration } from "chart.js";
import type { Attachment } from "svelte/attachments";
import { showReadout } from "./chart-readout";

export function chart(
  getConfig: () => ChartConfiguration,
  getReadout: () => HTMLElement | undefined,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart | undefined;
    let stopReadout = () => {};
    let disposed = false;
    let revision = 0;
    let appliedOptions: unknown;
    const rendered = () => (canvas.dataset.revision = String(++revision));

    import("./chart-js").then(({ Chart }) => {
      if (disposed) return;
      const config = getConfig();
      instance = new Chart(canvas, config);
      appliedOptions = config.options;
      const readout = getReadout();
      if (readout) stopReadout = showReadout(instance, canvas, readout);
      rendered();
    });

    // Typing faster than the screen refreshes redraws once a frame, with the latest data.
    let frame = 0;
    $effect(() => {
      const config = getConfig();
      if (!instance) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(config));
    });

    function draw(config: ChartConfiguration) {
      if (!instance) return;
      instance.data = config.data;
      // Re-resolving options is much of an update's cost; they change only with the theme.
      if (config.options !== appliedOptions) {
        instance.options = config.options ?? {};
        appliedOptions = config.options;
      }
      instance.update("none");
      rendered();
    }

    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      stopReadout();
      instance?.destroy();
    };
  };
}
