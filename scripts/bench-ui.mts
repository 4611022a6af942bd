/**
 * How fast the page follows typing: drives the built site in Chromium, changes the volume 100
 * times, and prints the median and 95th-percentile time from the input event to an updated
 * headline and a redrawn cost chart (charts redraw in the next animation frame, so one frame is
 * the floor).
 *
 *   npm run build && npm run bench:ui
 */
import { BUILDS } from "../svelte.config.js";
import { launchBrowser } from "../tests/e2e/browser";
import { serveBuild } from "../tests/e2e/server";

const CHANGES = 100;

/**
 * Runs in the page. Kept as text: the TypeScript runner would otherwise add helpers to the
 * function that do not exist in the browser.
 */
const IN_PAGE = `async (changes) => {
  const input = document.getElementById("rate");
  const headline = document.querySelector('[data-testid="headline"]');
  const chart = document.querySelector('[data-testid="chart-volume"]');
  const results = [];
  for (let i = 0; i < changes; i++) {
    const start = performance.now();
    // Observers note the moment each part changes: the answer's text, the chart's redraw.
    const done = new Promise((resolve) => {
      let answered = 0;
      let drawn = 0;
      const finish = () => answered && drawn && (text.disconnect(), redraw.disconnect(), resolve([answered - start, Math.max(answered, drawn) - start]));
      const text = new MutationObserver(() => { answered ||= performance.now(); finish(); });
      const redraw = new MutationObserver(() => { drawn ||= performance.now(); finish(); });
      text.observe(headline, { childList: true, characterData: true, subtree: true });
      redraw.observe(chart, { attributes: true, attributeFilter: ["data-revision"] });
    });
    input.value = String(5 + ((i * 7) % 50) + 0.5);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    results.push(await done);
    // Let the browser paint between changes, as between keystrokes.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return results;
}`;

const site = await serveBuild(BUILDS.site.pages);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
  });
  await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
  await page.waitForFunction(
    () => document.querySelectorAll("canvas[data-revision]").length === 3,
  );

  const pairs: [number, number][] = await page.evaluate(
    `(${IN_PAGE})(${CHANGES})`,
  );
  const answers = pairs.map(([answer]) => answer).sort((a, b) => a - b);
  const times = pairs.map(([, both]) => both);

  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const answerAt = (q: number) =>
    answers[Math.min(answers.length - 1, Math.floor(q * answers.length))]!;
  console.log(
    `Input to updated answer text, ${CHANGES} changes: median ${answerAt(0.5).toFixed(1)} ms, p95 ${answerAt(0.95).toFixed(1)} ms`,
  );
  console.log(
    `Input to updated answer and chart, ${CHANGES} changes: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (one frame at 60 Hz: 16.7 ms)`,
  );
} finally {
  await browser.close();
  await site.close();
}
