/**
 * Drives a Chart.js canvas. Chart.js loads after first paint (it is not needed to read the
 * answer), while the browser is idle; a chart is created when its canvas comes near the screen,
 * each in a task of its own, and updated in place when its data changes: at most once a frame, and
 * only while it is on screen (one that is not is brought up to date when it comes back, or before
 * printing).
 */
import type { Chart, ChartConfiguration } from "chart.js";
import type { Attachment } from "svelte/attachments";
import { showReadout } from "./chart-readout";
import { whenIdle } from "./idle";

type ChartClass = (typeof import("./chart-js"))["Chart"];
let loaded: ChartClass | undefined;
let loading: Promise<void> | undefined;
const loadChartJs = () =>
  (loading ??= import("./chart-js").then(({ Chart }) => {
    loaded = Chart;
  }));

/** How far outside the screen a canvas starts to count as on it: half a screen. */
const NEAR = "50% 0px";

export function chart(
  getConfig: () => ChartConfiguration,
  getReadout: () => HTMLElement | undefined,
  /** Told each time the canvas comes near the screen or leaves it, and before printing. */
  onNear: (near: boolean) => void = () => {},
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart | undefined;
    let stopReadout = () => {};
    let disposed = false;
    let revision = 0;
    let appliedOptions: unknown;
    let onScreen = $state(false);
    /** The configuration last drawn: a new one (the data or the theme changed) needs a draw. */
    let drawn: ChartConfiguration | undefined;
    let frame = 0;
    let creating: ReturnType<typeof setTimeout> | undefined;
    const rendered = () => (canvas.dataset.revision = String(++revision));

    const idle = whenIdle(() => void loadChartJs(), 5000);

    function create() {
      if (disposed || instance || !loaded) return;
      const config = getConfig();
      instance = new loaded(canvas, config);
      appliedOptions = config.options;
      drawn = config;
      const readout = getReadout();
      if (readout) stopReadout = showReadout(instance, canvas, readout);
      rendered();
    }

    const observer = new IntersectionObserver(
      ([entry]) => {
        onScreen = entry?.isIntersecting ?? false;
        onNear(onScreen);
        if (!onScreen || instance) return;
        loadChartJs().then(() => {
          // A task of its own for each chart, so no single task builds all three.
          clearTimeout(creating);
          creating = setTimeout(create);
        });
      },
      { rootMargin: NEAR },
    );
    observer.observe(canvas);

    // Typing faster than the screen refreshes redraws once a frame, with the latest data. Off
    // screen, the chart's data is not even computed: the effect then depends on onScreen alone.
    $effect(() => {
      if (!onScreen) return;
      if (getConfig() !== drawn && instance) schedule();
    });

    function schedule() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    }

    function draw() {
      if (!instance) return;
      const config = getConfig();
      drawn = config;
      instance.data = config.data;
      // Re-resolving options is much of an update's cost; they change only with the theme.
      if (config.options !== appliedOptions) {
        instance.options = config.options ?? {};
        appliedOptions = config.options;
      }
      instance.update("none");
      rendered();
    }

    // A printed page shows every chart, on screen or not, if Chart.js has loaded by then.
    const beforePrint = () => {
      onNear(true);
      if (!instance) create();
      else if (getConfig() !== drawn) draw();
    };
    addEventListener("beforeprint", beforePrint);

    return () => {
      disposed = true;
      idle();
      observer.disconnect();
      clearTimeout(creating);
      cancelAnimationFrame(frame);
      removeEventListener("beforeprint", beforePrint);
      stopReadout();
      instance?.destroy();
    };
  };
}
