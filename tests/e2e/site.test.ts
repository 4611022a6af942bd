/**
 * The built site in Debian's Chromium: what a visitor sees and can do, its accessibility (axe), and
 * that nothing leaves the page's origin or lands in the console.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { METHODOLOGY_SECTIONS } from "../build/methodology-sections";
import { encodeLink } from "../../src/lib/share/link";
import { defaultWorkspace } from "../../src/lib/scenario/workspace";
import { axeViolations } from "./axe";
import { chartsDrawn, downloadVolumeChart } from "./charts";
import { useSite } from "./use-site";

const env = useSite();

/**
 * A page that records every request and every console error it sees. The calculator is ready
 * once its scenario tabs show: they load after the page has hydrated.
 */
async function open(
  path: string,
  options: { width?: number; colorScheme?: "light" | "dark" } = {},
) {
  const context = await env.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${env.site.url}${path}`);
  if (path === "/") await page.getByTestId("scenario-tabs").waitFor();
  // Contexts close after each test; `close` is for a test that opens a second page.
  return { page, requests, errors, close: () => context.close() };
}

const headline = (page: Page) => page.getByTestId("headline").textContent();
/** The title of each option's result card, in order. */
const cardTitle = (page: Page, index: number) =>
  page
    .getByRole("article")
    .nth(index)
    .getByRole("heading", { level: 2 })
    .textContent();

describe("the calculator page", () => {
  it("is prerendered: the default answer is in the HTML before any script runs", async () => {
    const html = await (await fetch(`${env.site.url}/`)).text();
    expect(html).toMatch(
      /data-testid="headline"[^>]*>(?:<!--[^>]*-->|\s)*[^<]*saves \d+% vs Muse Spark/,
    );
    expect(html).toMatch(/data-testid="monthly-muse-spark"[^>]*>\$[\d,]+</);
  });

  it("paints without waiting for another file: its styles are in the HTML, its scripts preloaded only after", async () => {
    const html = await (await fetch(`${env.site.url}/`)).text();
    expect(html).toMatch(/<style>(?:(?!<\/style>)[\s\S])*\.headline\b/);
    // Kit keeps the inlined files as links that never apply (disabled) so Vite does not add them.
    for (const [link] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g))
      expect(link).toContain("disabled");
    expect(html).not.toMatch(
      /rel="modulepreload"|rel="preload"|<script[^>]*src=/,
    );
    // The calculator's script and the chunks it imports are noted, for app.html's script to start
    // and preload once the page has painted; SvelteKit's client router is not among them.
    expect(html).toMatch(
      /<meta name="script-after-paint" content="\.\/_app\/immutable\/[\w/.-]+\.js">/,
    );
    expect(html).toMatch(
      /<meta name="preload-after-paint" content="\.\/_app\/immutable\/[\w/.-]+\.js">/,
    );
    expect(html).not.toMatch(/__sveltekit|entry\/start\./);
  });

  it("holds its first frame until the answer is parsed, so that the first paint is not an empty page", async () => {
    const html = await (await fetch(`${env.site.url}/`)).text();
    const [head = "", body = ""] = html.split("</head>");
    const expected = head.match(
      /<link rel="expect" href="#([\w-]+)" blocking="render"\/?>/,
    )?.[1];
    expect(expected).toBe("answer");
    // An id the page lacks would hold every frame until the whole page is parsed.
    expect(body).toMatch(new RegExp(`<section id="${expected}"`));
  });

  it("answers, draws its charts and loads its sources, all from its own origin, without console errors", async () => {
    const { page, requests, errors } = await open("/");
    expect(await headline(page)).toMatch(
      /saves \d+% vs Muse Spark \(Meta\) at [\d.]+B tokens\/month; break-even at/,
    );
    await chartsDrawn(page);
    const assumptions = page.getByRole("region", { name: "Assumptions table" });
    await expect.poll(() => assumptions.getByText("Loading…").count()).toBe(0);
    const firstSource = assumptions
      .getByRole("row")
      .nth(1)
      .getByRole("cell")
      .last();
    expect(await firstSource.textContent()).toMatch(/\w{10,}/);
    for (const url of requests)
      expect(url.startsWith(env.site.url), url).toBe(true);
    expect(errors).toEqual([]);
  });

  it("hydrates the prerendered page in place, the result cards, the workload, the options and the article's figure as parts of their own, and builds them anew after the comparison", async () => {
    const context = await env.newContext({
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "log") warnings.push(message.text());
    });
    // The nodes the HTML held, before any script ran.
    await page.addInitScript(() =>
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { prerendered: Element[] }).prerendered = [
          "[data-testid=headline]",
          ".results article",
          "#rate",
          ".cards fieldset",
          ".article-figure",
        ].map((selector) => document.querySelector(selector)!);
      }),
    );
    await page.goto(`${env.site.url}/`);
    await page.getByTestId("scenario-tabs").waitFor();
    const volume = page.getByLabel("Requests per period", { exact: true });
    const before = await headline(page);
    const figure = page.locator(".article-figure");
    // The figure's code arrives after the page's: it follows the inputs once hydrated.
    const figureBefore = await figure.textContent();
    await volume.fill("131400000");
    await expect.poll(() => headline(page)).not.toBe(before);
    await expect.poll(() => figure.textContent()).not.toBe(figureBefore);
    // Hydrated, not rendered again: the same nodes, and no hydration warning.
    expect(
      await page.evaluate(() =>
        (window as unknown as { prerendered: Element[] }).prerendered.map(
          (node) => node.isConnected,
        ),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);

    // Back from the comparison, the workload and the options are built anew and still work.
    await page.getByRole("button", { name: "Compare all" }).click();
    await page.getByRole("region", { name: "Comparison table" }).waitFor();
    await page
      .getByRole("group", { name: "View" })
      .getByRole("button", { name: "Calculator" })
      .click();
    await expect.poll(() => page.locator(".cards fieldset").count()).toBe(2);
    const back = await headline(page);
    const figureBack = await figure.textContent();
    await volume.fill("2000");
    await expect.poll(() => headline(page)).not.toBe(back);
    await expect.poll(() => figure.textContent()).not.toBe(figureBack);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it("says how sure the answer is, from a worker loaded after the answer", async () => {
    const { page, errors } = await open("/");
    // The default scenario has nothing typed as a range, and its one replica serves the traffic
    // at either end of the throughput estimate's band: the fleet is cheaper in every draw, and
    // the solvers say where that would change.
    await expect
      .poll(() => page.getByTestId("how-sure").textContent())
      .toMatch(
        /^Llama 4 Maverick .* is cheaper than Muse Spark \(Meta\) with 100% probability; it stops being cheaper if volume falls below [\d.]+M requests\/month or Muse Spark \(Meta\) cuts its prices by \d+%\.$/,
      );
    expect(errors).toEqual([]);
  });

  it("draws P10–P90 bands and a tornado for a link with ranges", async () => {
    const workspace = defaultWorkspace();
    const fleet = workspace.scenarios[0]!.options.find(
      (o) => o.kind === "self-host",
    )!;
    fleet.ranges = {
      usdPerGpuHour: { low: "1", high: "10", distribution: "triangular" },
    };
    const { page, errors } = await open(`/#${await encodeLink(workspace)}`);
    await page.getByTestId("preview").waitFor();
    const tornado = page.getByRole("figure", {
      name: "What swings the saving most",
    });
    await tornado.waitFor();
    await chartsDrawn(page, 5);
    const volume = page.getByRole("figure", {
      name: "Monthly cost against volume",
    });
    await volume.locator("summary").click();
    await tornado.locator("summary").click();
    // The bands arrive after the lines, from their own worker.
    await expect
      .poll(() => volume.getByRole("columnheader").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/ P10$/)]));
    const columns = await volume.getByRole("columnheader").allTextContents();
    expect(columns.filter((c) => / P(10|50|90)$/.test(c))).toHaveLength(3);
    expect(
      await tornado.getByRole("row").nth(1).getByRole("cell").allTextContents(),
    ).toEqual([
      "1 – 10",
      expect.stringMatching(/^\$[\d,]+ (saved|more)$/),
      expect.stringMatching(/^\$[\d,]+ (saved|more)$/),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    // A change drops the bands at once (they were for the old answer); new ones follow. The
    // table is read in the task after the edit, before any timer the edit set can run.
    const bandColumns = (headers: (string | null)[]) =>
      headers.filter((c) => / P(10|50|90)$/.test(c ?? "")).length;
    const afterEdit = await page
      .getByLabel("Requests per period", { exact: true })
      .evaluate(async (input: HTMLInputElement) => {
        input.value = "3000000";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((done) => setTimeout(done));
        return [
          ...document.querySelectorAll(
            '[aria-labelledby="volume-title"] th[scope="col"]',
          ),
        ].map((th) => th.textContent);
      });
    expect(afterEdit.length).toBeGreaterThan(0);
    expect(bandColumns(afterEdit)).toBe(0);
    await expect
      .poll(async () =>
        bandColumns(await volume.getByRole("columnheader").allTextContents()),
      )
      .toBe(3);
    expect(errors).toEqual([]);
  });

  it("updates the answer and the charts as the volume changes", async () => {
    // A phone's width, where the charts come after the options.
    const { page, errors } = await open("/", { width: 412 });
    await chartsDrawn(page);
    const volumeField = page.getByLabel("Requests per period", { exact: true });
    await volumeField.scrollIntoViewIfNeeded();
    // Two frames: the charts have seen that they left the screen.
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => requestAnimationFrame(done)),
        ),
    );
    const before = await headline(page);
    const revision = await page
      .getByTestId("chart-volume")
      .getAttribute("data-revision");
    await volumeField.fill("131400000");
    await expect.poll(() => headline(page)).not.toBe(before);
    expect(await headline(page)).toMatch(/263B tokens\/month/);
    // Off screen while typing, the chart waits; it catches up when it is scrolled back to.
    const volume = page.getByTestId("chart-volume");
    const farFromScreen = await volume.evaluate((canvas) => {
      const box = canvas.getBoundingClientRect();
      return box.top > 1.5 * innerHeight || box.bottom < -0.5 * innerHeight;
    });
    expect(farFromScreen).toBe(true);
    expect(await volume.getAttribute("data-revision")).toBe(revision);
    await volume.scrollIntoViewIfNeeded();
    await expect
      .poll(() => volume.getAttribute("data-revision"))
      .not.toBe(revision);
    expect(errors).toEqual([]);
  });

  it("reads out the value under the pointer, in the axis's own format, inside the chart", async () => {
    const { page } = await open("/");
    await chartsDrawn(page);
    const canvas = page.getByTestId("chart-volume");
    await canvas.scrollIntoViewIfNeeded();
    const readout = page.locator(".readout").first();
    for (const across of [0.3, 0.98]) {
      // Parts that load when idle can still move the chart: each try points at where it is now.
      await expect
        .poll(async () => {
          const { width, height } = (await canvas.boundingBox())!;
          await canvas.hover({
            position: { x: width * across, y: height / 2 },
          });
          return readout.isVisible();
        })
        .toBe(true);
      expect(await readout.textContent()).toMatch(
        /: \$[\d,]+ at [\d.]+[KMBT]?$/,
      );
      const shown = (await readout.boundingBox())!;
      const box = (await canvas.boundingBox())!;
      expect(shown.x + shown.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await expect.poll(() => readout.isVisible()).toBe(false);
  });

  it("picks models and GPUs from the catalog, with search", async () => {
    const { page } = await open("/");
    await page.getByLabel("Search model and provider").fill("gpt 5.4");
    await page
      .getByLabel("Model and provider", { exact: true })
      .selectOption("gpt-5.4");
    await expect.poll(() => cardTitle(page, 0)).toBe("GPT-5.4 (OpenAI)");
    await page.getByLabel("GPU", { exact: true }).selectOption("b200");
    // The count is automatic: Maverick's 400 GB of FP8 weights fit four B200s of 192 GB.
    await expect.poll(() => cardTitle(page, 1)).toMatch(/on 4 × B200/);
  });

  it("edits self-hosting: a model, owned GPUs, the unannounced launch price, reordering and the baseline", async () => {
    const { page, errors } = await open("/");
    await page
      .getByLabel("Open-weight model", { exact: true })
      .selectOption("llama-3.3-70b");
    await page.getByLabel("GPUs per replica").fill("2");
    await page.getByLabel("Hosting").selectOption("owned");
    await expect
      .poll(() => page.getByLabel("PUE", { exact: true }).count())
      .toBe(1);
    await expect
      .poll(() => cardTitle(page, 1))
      .toBe("Llama 3.3 70B on 2 × H100 SXM5 80GB");
    await page
      .getByLabel("Price", { exact: true })
      .selectOption("launch (price unannounced)");
    await expect
      .poll(() =>
        page
          .getByRole("article")
          .first()
          .getByText(/^Range /)
          .textContent(),
      )
      .toMatch(/^Range \$[\d,]+ – \$[\d,]+$/);
    await page
      .getByRole("button", { name: /^Move Llama 3.3 70B .* up$/ })
      .click();
    await expect.poll(() => cardTitle(page, 0)).toMatch(/^Llama 3.3 70B/);
    await page.getByRole("radio", { name: /^Baseline: Llama 3.3 70B/ }).check();
    await expect
      .poll(() => headline(page))
      .toMatch(
        /vs Llama 3.3 70B|Llama 3.3 70B on 2 × H100 SXM5 80GB is the cheapest/,
      );
    expect(await page.locator("body").textContent()).not.toMatch(
      /NaN|Infinity|-\$/,
    );
    expect(errors).toEqual([]);
  });

  it("offers a reasoning effort, bills cache storage, and lists other GPUs beside the quality chart", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("button", { name: "Add an API" }).click();
    // Only GPT-5.4 of the three has efforts measured.
    const effort = page.getByLabel("Reasoning effort");
    await expect.poll(() => effort.count()).toBe(1);
    await effort.selectOption("low");
    await expect
      .poll(() =>
        page.getByText(/GPT-5\.4 at low effort writes 0\.0957×/).count(),
      )
      .toBe(1);
    const storage = page.getByLabel("Cache storage", { exact: true }).first();
    await storage.fill("-1");
    await expect
      .poll(() => page.getByText("Enter a number from 0 to 10,000.").count())
      .toBe(1);
    await storage.fill("4.5");
    await chartsDrawn(page);
    const breakdown = page.getByRole("figure", {
      name: "What each option's month is made of",
    });
    await breakdown.locator("summary").click();
    await expect
      .poll(() => breakdown.getByRole("columnheader").allTextContents())
      .toContain("Cache storage");
    const quality = page.getByRole("figure", { name: "Cost against quality" });
    await quality.locator("summary").click();
    await expect
      .poll(() => quality.getByRole("row").allTextContents())
      .toContainEqual(
        expect.stringMatching(
          /^Llama 4 Maverick 17B-128E on \d+ × B200 .*\(another GPU\)14\.5/,
        ),
      );
    expect(errors).toEqual([]);
  });

  it("puts a plain message beside bad input and keeps the last good answer, marked stale", async () => {
    const { page, errors } = await open("/");
    const before = await headline(page);
    const field = page.getByLabel("Input per request", { exact: true });
    await field.fill("lots");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#input-tokens-error").textContent()).toBe(
      "Enter a number from 0 to 10,000,000.",
    );
    expect(
      await page.getByTestId("answer").getByRole("status").textContent(),
    ).toMatch(/last valid result/);
    expect(await headline(page)).toContain(before!.trim());
    expect(await headline(page)).toMatch(/^Out of date/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator("body").textContent()).not.toMatch(
      /NaN|Infinity/,
    );
    await field.fill("2000");
    await expect
      .poll(() => page.getByTestId("answer").getByRole("status").count())
      .toBe(0);
    expect(errors).toEqual([]);
  });

  it("switches theme and remembers the choice", async () => {
    const { page } = await open("/");
    expect(
      await page.evaluate(() => document.documentElement.dataset.theme),
    ).toBe("light");
    await page.getByLabel("Dark").check();
    expect(
      await page.evaluate(() => document.documentElement.dataset.theme),
    ).toBe("dark");
    await page.reload();
    expect(
      await page.evaluate(() => document.documentElement.dataset.theme),
    ).toBe("dark");
    expect(await page.getByLabel("Dark").isChecked()).toBe(true);
  });

  it("ignores a damaged saved theme: the system's applies, with no error", async () => {
    const context = await env.browser.newContext({ colorScheme: "dark" });
    await context.addInitScript(() =>
      localStorage.setItem("breakeven:theme", 'x"]'),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${env.site.url}/`, { waitUntil: "networkidle" });
    expect(
      await page.evaluate(() => document.documentElement.dataset.theme),
    ).toBe("dark");
    expect(await page.getByLabel("System").isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fits a 360 px wide phone without scrolling sideways, every table open, and passes axe there", async () => {
    const { page } = await open("/", { width: 360 });
    await chartsDrawn(page);
    for (const summary of await page.locator("summary").all())
      await summary.click();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Each chart's data table takes the figure's width below "Download PNG", not a strip beside it.
    const figures = await page.locator("figure.chart").evaluateAll((all) =>
      all.map((figure) => {
        const box = (selector: string) =>
          figure.querySelector(selector)!.getBoundingClientRect();
        const inner = box("canvas");
        return {
          figure: box(":scope > figcaption").width,
          table: box(".table-scroll").width,
          tableTop: box(".table-scroll").top,
          button: box(".png"),
          inner: inner.right,
        };
      }),
    );
    expect(figures).toHaveLength(4);
    for (const f of figures) {
      expect(f.table).toBeGreaterThanOrEqual(f.figure - 1);
      expect(f.tableTop).toBeGreaterThanOrEqual(f.button.bottom);
      expect(f.button.right).toBeLessThanOrEqual(360);
      expect(f.inner).toBeLessThanOrEqual(360);
    }
  });
});

describe("the answer, as a new user reads it", () => {
  const requests = (page: Page) =>
    page.getByLabel("Requests per period", { exact: true });

  it("takes the volume per month, says it a month beside the field, and warns when a per-second slip makes it implausible", async () => {
    const { page, errors } = await open("/");
    expect(await page.getByLabel("Period", { exact: true }).inputValue()).toBe(
      "month",
    );
    expect(await page.locator("#rate-hint").textContent()).toBe(
      "= 26.3B tokens a month",
    );
    await page.getByLabel("Period", { exact: true }).selectOption("second");
    await requests(page).fill("2000000");
    await expect
      .poll(() => page.locator("#rate-hint").textContent())
      .toBe("= 5.26T requests, 10,500T tokens a month");
    expect(await page.getByTestId("volume-warning").textContent()).toMatch(
      /Is the period right\? At this volume an option needs an implausible fleet or bill: see its card\./,
    );
    expect(await page.locator('[data-code="implausible-fleet"]').count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
  });

  it("gives each option's break-even on its card, in requests and tokens, and the volume for the article's 88%", async () => {
    const { page } = await open("/");
    await page.getByRole("button", { name: "Add an API" }).click();
    // Focus moves to the new card, so Tab goes on into its fields.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/Per-token API\s*GPT-5\.4 \(OpenAI\)/);
    const figures = page.getByTestId("figures-self-hosted");
    await expect
      .poll(() => figures.textContent())
      .toMatch(
        /Break-even\s*[\d.]+[KMB] requests per month \([\d.]+[KMB] tokens a month\): cheaper above it/,
      );
    expect(await figures.textContent()).toMatch(/Saves 88%\s*(from|never)/);
    // The added API is not a copy of one already there.
    expect(await cardTitle(page, 2)).toBe("GPT-5.4 (OpenAI)");
    await page.getByRole("button", { name: "Add an API" }).click();
    await expect.poll(() => cardTitle(page, 3)).not.toBe("GPT-5.4 (OpenAI)");
    expect(await page.getByTestId(/^figures-/).count()).toBe(3);
  });

  it("keeps the answer in view on a 360 px phone while the inputs are edited", async () => {
    const { page } = await open("/", { width: 360 });
    const sticky = page.getByTestId("sticky-answer");
    const inView = async () => {
      const box = (await sticky.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 900;
    };
    const gpus = page.getByLabel("GPUs per replica");
    await gpus.scrollIntoViewIfNeeded();
    expect(await page.getByTestId("headline").isVisible()).toBe(true);
    const headlineBox = (await page.getByTestId("headline").boundingBox())!;
    expect(headlineBox.y + headlineBox.height).toBeLessThan(0);
    expect(await inView()).toBe(true);
    const before = await sticky.textContent();
    await requests(page).fill("200000000");
    await expect.poll(() => sticky.textContent()).not.toBe(before);
    expect(await inView()).toBe(true);
    await requests(page).fill("lots");
    await expect.poll(() => sticky.textContent()).toMatch(/Out of date/);
    // Beside the inputs on a wide screen, the answer needs no bar.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await sticky.isVisible()).toBe(false);
  });

  it("prints the workload and options, and the assumptions with the user's own values marked", async () => {
    const { page } = await open("/");
    await page.getByLabel("Rent", { exact: true }).fill("2.10");
    const assumptions = page.getByRole("region", { name: "Assumptions table" });
    const rental = assumptions
      .getByRole("row")
      .filter({ hasText: "H100 SXM5 80GB rental" });
    await expect
      .poll(() => rental.textContent())
      .toMatch(/yours\s*\$2\.10 per GPU-hour \(catalog: \$2\.95/);
    await page.emulateMedia({ media: "print" });
    // The paper carries what the figures were costed from, without the controls.
    for (const [label, value] of [
      ["Requests per period", "13140000"],
      ["Input per request", "1500"],
      ["Rent", "2.10"],
    ] as const) {
      const field = page.getByLabel(label, { exact: true });
      expect(await field.isVisible()).toBe(true);
      expect(await field.inputValue()).toBe(value);
    }
    expect(await page.getByLabel("Period", { exact: true }).inputValue()).toBe(
      "month",
    );
    expect(
      await page.getByLabel("Model and provider", { exact: true }).isVisible(),
    ).toBe(true);
    expect(await page.getByLabel("Search model and provider").isVisible()).toBe(
      false,
    );
    expect(
      await page.getByRole("button", { name: "Add an API" }).isVisible(),
    ).toBe(false);
  });
});

describe("the methodology page", () => {
  it("renders every section, statically", async () => {
    const { page, requests, errors, close } = await open("/methodology");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(
      /\w/,
    );
    const sections = await page
      .locator("section[aria-labelledby] > h2")
      .evaluateAll((headings) => headings.map((h) => h.id));
    expect(sections).toEqual([...METHODOLOGY_SECTIONS]);
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(5);
    expect(requests.filter((url) => url.endsWith(".js"))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
    const phone = await open("/methodology", { width: 360 });
    const overflow = await phone.page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

describe("the Content-Security-Policy", () => {
  it("is strict, and the page still hydrates, draws its charts and saves them, the methodology renders, with no violation", async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const violations = () =>
      page.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );

    await page.goto(`${env.site.url}/`, { waitUntil: "networkidle" });
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "img-src 'self' data: blob:",
    ])
      expect(policy).toContain(directive);
    // app.html's one inline script, by hash.
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+';/);
    // Each inlined stylesheet, by hash.
    expect(policy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

    // The modules noted in the head were started or preloaded after the first paint.
    const notPreloaded = await page.evaluate(() => {
      const loaded = new Set([
        ...[
          ...document.querySelectorAll<HTMLLinkElement>(
            'link[rel="modulepreload"]',
          ),
        ].map((link) => link.href),
        ...[
          ...document.querySelectorAll<HTMLScriptElement>(
            'script[type="module"]',
          ),
        ].map((script) => script.src),
      ]);
      const notes = [
        ...document.querySelectorAll<HTMLMetaElement>(
          'meta[name$="-after-paint"]',
        ),
      ].map((note) => new URL(note.content, location.href).href);
      return notes.length >= 2 ? notes.filter((url) => !loaded.has(url)) : null;
    });
    expect(notPreloaded).toEqual([]);
    // Hydrated: typing changes the answer.
    await chartsDrawn(page);
    const before = await headline(page);
    await page
      .getByLabel("Requests per period", { exact: true })
      .fill("131400000");
    await expect.poll(() => headline(page)).not.toBe(before);
    const png = await downloadVolumeChart(page);
    expect(png.suggestedFilename()).toBe("breakeven-volume.png");
    expect(await violations()).toEqual([]);

    await page.goto(`${env.site.url}/methodology`, {
      waitUntil: "networkidle",
    });
    expect(await page.locator("h2").count()).toBeGreaterThanOrEqual(8);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a chart saved as PNG", () => {
  it("is light, with dark text, when the page is dark", async () => {
    const { page, errors } = await open("/", { colorScheme: "dark" });
    expect(
      await page.evaluate(() => document.documentElement.dataset.theme),
    ).toBe("dark");
    await chartsDrawn(page);
    const png = await downloadVolumeChart(page);
    const base64 = readFileSync((await png.path())!).toString("base64");
    // Decoded by the browser: a corner's colour, and the darkest pixel of the title's line.
    const { corner, darkest } = await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(
        new Blob([bytes], { type: "image/png" }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const corner = [...context.getImageData(0, 0, 1, 1).data];
      const darkest = (x: number, y: number, width: number, height: number) => {
        const pixels = context.getImageData(x, y, width, height).data;
        let least = 255 * 3;
        for (let i = 0; i < pixels.length; i += 4)
          least = Math.min(least, pixels[i]! + pixels[i + 1]! + pixels[i + 2]!);
        return least / 3;
      };
      return {
        corner,
        // The title's line, and the strip left of the plot: the y axis's title and ticks.
        darkest: [
          darkest(0, 0, bitmap.width, 30),
          darkest(0, 100, 60, bitmap.height - 100),
        ],
      };
    }, base64);
    expect(corner).toEqual([255, 255, 255, 255]);
    // Dark ink (#334155 is 70 on average); the dark theme's #cbd5e1 would be 212.
    for (const ink of darkest) expect(ink).toBeLessThan(100);
    expect(errors).toEqual([]);
  });
});

describe("accessibility (axe, WCAG 2.2 AA and best practices)", () => {
  for (const path of ["/", "/methodology"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${path} in ${colorScheme} mode has no violations`, async () => {
        const { page } = await open(path, { colorScheme });
        if (path === "/") await chartsDrawn(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
