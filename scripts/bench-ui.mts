/**
 * How fast the built site paints and follows typing, in Chromium, on two profiles:
 *
 * - slow4g: a slow phone on 4G as Lighthouse models it (562.5 ms latency, 1.47 Mbps down,
 *   675 kbps up, CPU slowed 4×, 412×823 screen);
 * - fast: no throttling, a 1280×900 desktop window.
 *
 * Each run opens the page in a fresh browser context and reports first contentful paint, total
 * blocking time (the part over 50 ms of each long task after first paint, until the page has been
 * quiet for a while), when the volume field starts to follow typing, and the JavaScript received.
 * Then it types 30 keys into the volume field (5 → 51 → 5 → 52 → 5 …, each a valid volume) and times each key from
 * its keydown to the headline's new text; and 30 more in a window tall enough to show the whole
 * page, timing each key to the last chart redrawn because of it.
 *
 * In the same run and through the same server (gzip, loopback), a reference page of the size of
 * llm-prices.com's (8.9 KB gzipped, of which 6.6 KB is inline script; no external files) is
 * opened and its first contentful paint timed: the bar for Breakeven's first paint.
 *
 *   npm run build && npm run bench:ui [-- --runs 5 --profile slow4g --site /path/to/build]
 *
 * Figures taken while the machine is busy are not comparable: the load average is printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { BUILDS } from "../svelte.config.js";
import { launchBrowser } from "../tests/e2e/browser";
import { serveBuild, serveFolder } from "../tests/e2e/server";

interface Profile {
  /** Network.emulateNetworkConditions, or none. */
  network?: { latency: number; down: number; up: number };
  cpu: number;
  viewport: { width: number; height: number };
  mobile: boolean;
  /** How long without a long task or a network response counts as quiet. */
  quietMs: number;
}

const PROFILES: Record<string, Profile> = {
  slow4g: {
    // Bytes per second: 1.47 Mbps down, 675 kbps up.
    network: { latency: 562.5, down: 1.47e6 / 8, up: 675e3 / 8 },
    cpu: 4,
    viewport: { width: 412, height: 823 },
    mobile: true,
    quietMs: 3000,
  },
  fast: {
    cpu: 1,
    viewport: { width: 1280, height: 900 },
    mobile: false,
    quietMs: 1500,
  },
};

const KEYS = 30;

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    profile: { type: "string" },
    // Another build to measure, e.g. a copy of build/ from before a change.
    site: { type: "string" },
  },
});
const RUNS = Number(args.runs);
const profiles = args.profile ? [args.profile] : Object.keys(PROFILES);

/**
 * A deterministic stand-in of llm-prices.com's page: inline CSS, a form and a table, and an inline
 * script that binds the form. Its text is drawn from a seeded generator so that it compresses as
 * real text does, not as a repeated block would.
 */
function referencePage(): string {
  let seed = 12;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () =>
    Array.from({ length: 3 + Math.floor(next() * 7) }, () =>
      String.fromCharCode(97 + Math.floor(next() * 26)),
    ).join("");
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const fit = (make: (i: number) => string, gzBytes: number) => {
    let parts: string[] = [];
    while (gzipSync(parts.join("\n")).length < gzBytes)
      parts.push(make(parts.length));
    return parts.join("\n");
  };
  const script = fit(
    (i) =>
      `function ${word()}${i}(a, b) { const ${word()} = a * ${(next() * 1000).toFixed(3)} + b / ${(next() * 100).toFixed(2)}; return "${words(4)}" + ${word()}.toFixed(2); }`,
    6.6 * 1024,
  );
  const rows = fit(
    () =>
      `<tr><td><button class="model">${words(2)}</button></td><td>$${(next() * 20).toFixed(2)}</td><td>$${(next() * 60).toFixed(2)}</td></tr>`,
    1.6 * 1024,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference page</title>
<style>
body { font-family: sans-serif; margin: 0; padding: 20px; background: #f0f0f0; }
.box { background: white; border-radius: 8px; padding: 20px; margin-bottom: 20px; }
label { display: block; margin-bottom: 5px; color: #666; }
input { width: 100%; padding: 8px; font-size: 16px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
td { padding: 8px 10px; border-bottom: 1px solid #ddd; }
</style></head>
<body><div class="box"><h1>Reference calculator</h1>
<label for="tokens">Input tokens</label><input id="tokens" type="number" value="1000">
<p id="result">Total cost: $0.00</p></div>
<div class="box"><table><tbody>${rows}</tbody></table></div>
<script>
${script}
document.getElementById("tokens").addEventListener("input", (event) => {
  document.getElementById("result").textContent = "Total cost: $" + (event.target.value * 0.000003).toFixed(6);
});
</script></body></html>
`;
}

/**
 * Runs in the page before its own scripts: records long tasks, JavaScript responses, and the
 * moment the volume field gets its input listener (Svelte's `bind:value`, i.e. hydrated). Kept as
 * text: the TypeScript runner would otherwise add helpers that do not exist in the browser.
 */
const INIT = `(() => {
  const seen = { longTasks: [], lastActivity: 0, hydrated: null };
  window.__bench = seen;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      seen.longTasks.push([task.startTime, task.duration]);
      seen.lastActivity = Math.max(seen.lastActivity, task.startTime + task.duration);
    }
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      seen.lastActivity = Math.max(seen.lastActivity, entry.responseEnd);
  }).observe({ type: "resource", buffered: true });
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === "input" && this.id === "rate" && seen.hydrated === null)
      seen.hydrated = performance.now();
    return add.call(this, type, ...rest);
  };
})()`;

/** Waits in the page until nothing has happened for `quietMs`, at most 30 s. */
const QUIET = `(quietMs) => new Promise((resolve) => {
  const since = performance.now();
  const check = () => {
    const now = performance.now();
    const last = Math.max(window.__bench.lastActivity, since);
    if (now - last >= quietMs || now - since > 30000) resolve(now);
    else setTimeout(check, 100);
  };
  check();
})`;

/** The load figures, read once the page is quiet. */
const LOAD = `() => {
  const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
  const tasks = window.__bench.longTasks;
  let blocking = 0;
  for (const [start, duration] of tasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    blocking += Math.max(0, end - Math.max(start, fcp) - 50);
  }
  const js = performance
    .getEntriesByType("resource")
    .filter((entry) => entry.name.endsWith(".js"))
    .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
  return {
    fcp,
    tbt: blocking,
    longTasks: tasks.length,
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    hydrated: window.__bench.hydrated,
    jsKB: js / 1024,
  };
}`;

/** Arms the probes for one key: the headline's text and each canvas's redraw counter. */
const ARM = `() => {
  const probe = { key: null, headline: null, charts: [] };
  window.__key = probe;
  addEventListener("keydown", (event) => (probe.key = event.timeStamp), { capture: true, once: true });
  const headline = document.querySelector('[data-testid="headline"]');
  const text = new MutationObserver(() => {
    probe.headline ??= performance.now();
    text.disconnect();
  });
  text.observe(headline, { childList: true, characterData: true, subtree: true });
  const redraw = new MutationObserver(() => probe.charts.push(performance.now()));
  for (const canvas of document.querySelectorAll("canvas[data-testid^=chart-]"))
    redraw.observe(canvas, { attributes: true, attributeFilter: ["data-revision"] });
  probe.stop = () => redraw.disconnect();
}`;

/** Waits for the headline, then `settleMs` for charts, and returns the key's times. */
const READ = `async (settleMs) => {
  const probe = window.__key;
  const since = performance.now();
  while (probe.headline === null && performance.now() - since < 5000)
    await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, settleMs)));
  probe.stop();
  return {
    headline: probe.headline === null ? null : probe.headline - probe.key,
    charts: probe.charts.length ? probe.charts.at(-1) - probe.key : null,
    redraws: probe.charts.length,
  };
}`;

interface LoadFigures {
  fcp: number;
  tbt: number;
  longTasks: number;
  longest: number;
  hydrated: number | null;
  jsKB: number;
}
interface KeyFigures {
  headline: number | null;
  charts: number | null;
  redraws: number;
}

async function openPage(browser: Browser, profile: Profile, url: string) {
  const context = await browser.newContext({
    viewport: profile.viewport,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
    deviceScaleFactor: profile.mobile ? 1.75 : 1,
  });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: profile.network.down,
      uploadThroughput: profile.network.up,
    });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.evaluate(`(${QUIET})(${profile.quietMs})`);
  const load = (await page.evaluate(`(${LOAD})()`)) as LoadFigures;
  return { page, load, close: () => context.close() };
}

/** Types KEYS keys into the volume field (a default of 5): a digit after it, then Backspace, and so on. */
async function typing(page: Page, profile: Profile): Promise<KeyFigures[]> {
  const field = page.locator("#rate");
  await field.focus();
  await page.keyboard.press("End");
  const keys: KeyFigures[] = [];
  for (let i = 0; i < KEYS; i++) {
    await page.evaluate(`(${ARM})()`);
    await page.keyboard.press(
      i % 2 === 1 ? "Backspace" : String(1 + ((i >> 1) % 9)),
    );
    keys.push(
      (await page.evaluate(
        `(${READ})(${profile.cpu > 1 ? 300 : 100})`,
      )) as KeyFigures,
    );
  }
  return keys;
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");
const ms1 = (value: number) =>
  Number.isFinite(value) ? value.toFixed(1) : "–";
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const scratch = mkdtempSync(join(tmpdir(), "breakeven-reference-"));
writeFileSync(join(scratch, "index.html"), referencePage());
const reference = await serveFolder(`${scratch}/`);
const site = args.site
  ? await serveFolder(`${resolve(args.site)}/`)
  : await serveBuild(BUILDS.site.pages);
const browser = await launchBrowser();
try {
  console.log(
    `Reference page: ${(gzipSync(referencePage()).length / 1024).toFixed(1)} KB gzipped. Load average at start: ${load()}`,
  );
  for (const name of profiles) {
    const profile = PROFILES[name];
    if (!profile) throw new Error(`No profile ${name}`);
    const loads: LoadFigures[] = [];
    const references: number[] = [];
    const keys: KeyFigures[] = [];
    const chartKeys: KeyFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The reference and the site alternate, so that both share whatever else the machine does.
      const ref = await openPage(browser, profile, `${reference.url}/`);
      references.push(ref.load.fcp);
      await ref.close();
      const opened = await openPage(browser, profile, `${site.url}/`);
      loads.push(opened.load);
      keys.push(...(await typing(opened.page, profile)));
      // Then with every chart on screen (a window tall enough for the whole page), for the redraws.
      await opened.page.setViewportSize({
        width: profile.viewport.width,
        height: 6000,
      });
      await opened.page.waitForFunction(
        () => {
          const charts = document.querySelectorAll(
            "canvas[data-testid^=chart-]",
          );
          const drawn = document.querySelectorAll("canvas[data-revision]");
          return charts.length > 0 && drawn.length === charts.length;
        },
        undefined,
        { timeout: 30_000 },
      );
      chartKeys.push(...(await typing(opened.page, profile)));
      await opened.close();
      console.log(
        `  ${name} run ${run + 1}: reference FCP ${ms(ref.load.fcp)} ms; Breakeven FCP ${ms(opened.load.fcp)} ms, TBT ${ms(opened.load.tbt)} ms, longest task ${ms(opened.load.longest)} ms; load average ${load()}`,
      );
    }
    const of = (pick: (figures: LoadFigures) => number | null) =>
      median(loads.map((figures) => pick(figures) ?? NaN));
    const headlines = keys.map((key) => key.headline ?? NaN);
    const charts = chartKeys.map((key) => key.charts ?? NaN);
    const redrawn = chartKeys.filter((key) => key.redraws > 0);
    const offScreen = keys.filter((key) => key.redraws > 0).length;
    console.log(`\n${name}: median of ${RUNS} runs, ${keys.length} keys`);
    console.log(
      `  first contentful paint   ${ms(of((f) => f.fcp))} ms (reference page ${ms(median(references))} ms)`,
    );
    console.log(
      `  total blocking time      ${ms(of((f) => f.tbt))} ms; ${of((f) => f.longTasks)} long tasks, the longest ${ms(of((f) => f.longest))} ms`,
    );
    console.log(
      `  follows typing from      ${ms(of((f) => f.hydrated))} ms; JavaScript received ${of((f) => f.jsKB).toFixed(1)} KB`,
    );
    console.log(
      `  key → headline text      median ${ms1(median(headlines))} ms, p95 ${ms1(quantile(headlines, 0.95))} ms`,
    );
    console.log(
      `  key → charts redrawn     median ${ms1(median(charts))} ms, p95 ${ms1(quantile(charts, 0.95))} ms, every chart on screen (${redrawn.length} of ${chartKeys.length} keys redrew, ${ms1(median(redrawn.map((key) => key.redraws)))} redraws each); with the screen at the field, ${offScreen} of ${keys.length} keys redrew a chart`,
    );
  }
  console.log(`\nLoad average at end: ${load()}`);
} finally {
  await browser.close();
  await site.close();
  await reference.close();
  rmSync(scratch, { recursive: true });
}
