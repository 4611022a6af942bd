// @vitest-environment happy-dom
import { render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import type { ChartConfiguration } from "chart.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ChartHarness from "./ChartHarness.svelte";

const charts = vi.hoisted(() => ({ created: 0, updates: 0 }));
vi.mock("../../../src/lib/components/chart-js", () => ({
  Chart: class {
    data: unknown;
    options: unknown;
    constructor() {
      charts.created++;
    }
    update() {
      charts.updates++;
    }
    destroy() {}
  },
}));

/** An IntersectionObserver the test moves on and off the screen. */
let reportOnScreen: (on: boolean) => void = () => {};
/** Animation frames, run when the test says. */
let frames: FrameRequestCallback[] = [];
const runFrames = () => frames.splice(0).forEach((frame) => frame(0));

beforeEach(() => {
  charts.created = charts.updates = 0;
  frames = [];
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        reportOnScreen = (on) => {
          callback([{ isIntersecting: on }]);
          flushSync();
        };
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => {
    frames.push(frame);
    return frames.length;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => {
    frames[id - 1] = () => {};
  });
});
afterEach(() => vi.unstubAllGlobals());

const config = (value: number): ChartConfiguration => ({
  type: "bar",
  data: { labels: ["a"], datasets: [{ data: [value] }] },
  options: {},
});
const revision = () => screen.getByTestId("chart").dataset.revision;

describe("chart", () => {
  it("is created only once its canvas comes near the screen", async () => {
    render(ChartHarness, { config: config(1) });
    await new Promise((done) => setTimeout(done, 20));
    expect(charts.created).toBe(0);
    reportOnScreen(true);
    await vi.waitFor(() => expect(charts.created).toBe(1));
    expect(revision()).toBe("1");
  });

  it("redraws once a frame on screen; off screen it does not read its data until it comes back", async () => {
    let reads = 0;
    const onRead = () => reads++;
    const { rerender } = render(ChartHarness, { config: config(1), onRead });
    reportOnScreen(true);
    await vi.waitFor(() => expect(revision()).toBe("1"));

    await rerender({ config: config(2), onRead });
    await rerender({ config: config(3), onRead });
    runFrames();
    expect(charts.updates).toBe(1);
    expect(revision()).toBe("2");

    reportOnScreen(false);
    const readsOnScreen = reads;
    await rerender({ config: config(4), onRead });
    runFrames();
    expect(charts.updates).toBe(1);
    expect(reads).toBe(readsOnScreen);

    reportOnScreen(true);
    runFrames();
    expect(charts.updates).toBe(2);
    expect(revision()).toBe("3");
  });
});
