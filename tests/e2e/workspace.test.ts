/**
 * The workspace in the built site: scenarios, the link, autosave, previews of shared links, files
 * and the comparison, in Debian's Chromium.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { chartsDrawn, downloadVolumeChart } from "./charts";
import fixtures from "../lib/share/fixtures/links.json";
import { typedWorkspace } from "../lib/share/big-workspaces";
import { exportWorkspace } from "../../src/lib/share/file";
import { defaultWorkload } from "../../src/lib/scenario/defaults";
import { useSite } from "./use-site";

const DEFAULT_INPUT = defaultWorkload().inputTokens;

const env = useSite();

async function newContext(): Promise<BrowserContext> {
  const context = await env.newContext({
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: env.site.url,
  });
  return context;
}

/** Opens `path` and waits for the workspace's controls, which load after the answer. */
async function openIn(context: BrowserContext, path = "/") {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${env.site.url}${path}`);
  await page.getByTestId("scenario-tabs").waitFor();
  return { page, errors };
}

/** A CSV line's fields, quotes undone (no line breaks inside fields). */
const csvFields = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map(([, field]) =>
      field!.replace(/^"([\s\S]*)"$/, "$1").replace(/""/g, '"'),
    )
    .slice(0, -1);

/** An element's text with its whitespace collapsed. */
const textOf = async (locator: Locator) =>
  (await locator.textContent())?.replace(/\s+/g, " ").trim();
const headline = (page: Page) => page.getByTestId("headline").textContent();
const tabs = (page: Page) =>
  page.getByTestId("scenario-tabs").getByRole("button");
const rate = (page: Page) =>
  page.getByLabel("Requests per period", { exact: true });

/** Adds a scenario with its own request rate, and returns its headline. */
async function addScenario(page: Page, requests: string) {
  const before = await headline(page);
  await page.getByRole("button", { name: "Add scenario" }).click();
  await rate(page).fill(requests);
  await expect.poll(() => headline(page)).not.toBe(before);
  return headline(page);
}

/** Every scenario's headline, opening each in turn. */
async function headlines(page: Page): Promise<string[]> {
  const count = await tabs(page).count();
  const found: string[] = [];
  for (let i = 0; i < count - 1; i++) {
    await tabs(page).nth(i).click();
    found.push((await headline(page))!);
  }
  return found;
}

/** Three scenarios at different volumes, the second renamed. */
async function buildThree(page: Page) {
  await rate(page).fill("20000000");
  await addScenario(page, "40000000");
  await page.getByLabel("Name", { exact: true }).fill("Growth");
  await page.getByLabel("Name", { exact: true }).press("Enter");
  await addScenario(page, "80000000");
  // The hash follows the edits.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#b2\./);
}

describe("the workspace", () => {
  it("shares three scenarios by link: a fresh browser sees the same numbers", async () => {
    const mine = await newContext();
    const { page, errors } = await openIn(mine);
    const historyBefore = await page.evaluate(() => history.length);
    await buildThree(page);
    const names = await tabs(page).allTextContents();
    expect(names).toEqual([
      "Scenario 1",
      "Growth",
      "Scenario 3",
      "Add scenario",
    ]);
    const expected = await headlines(page);
    const historyLength = await page.evaluate(() => history.length);

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect
      .poll(() => page.getByTestId("copy-status").textContent())
      .toMatch(/Link copied: 3 scenarios, \d+ characters\./);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#b2\.[\w-]+$/);
    expect(link.length - env.site.url.length).toBeLessThan(300);
    // Edits replaced the address; they added no history entries.
    expect(historyLength).toBe(historyBefore);
    expect(errors).toEqual([]);

    const fresh = await newContext();
    const { page: other, errors: otherErrors } = await openIn(
      fresh,
      link.slice(env.site.url.length),
    );
    await other.getByTestId("preview").waitFor();
    expect(await tabs(other).allTextContents()).toEqual(names);
    expect(await headlines(other)).toEqual(expected);
    await other.getByRole("button", { name: "Add to my workspace" }).click();
    // A fresh browser had only the untouched default: the three replace it.
    expect(await tabs(other).allTextContents()).toEqual(names);
    expect(otherErrors).toEqual([]);
  });

  it("reports a tampered link, keeps its text, and loses nothing saved", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await buildThree(page);
    const expected = await headlines(page);
    const hash = await page.evaluate(() => location.hash);
    // Cut short, as a link pasted into a chat that wraps it often is.
    const tampered = hash.slice(0, -12);

    const { page: broken } = await openIn(context, `/${tampered}`);
    const problem = broken.getByTestId("link-problem");
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(
      /This link could not be opened\. This link is damaged/,
    );
    expect(
      await broken.getByLabel(/The link as it was opened/).inputValue(),
    ).toBe(tampered.slice(1));
    expect(await tabs(broken).allTextContents()).toEqual([
      "Scenario 1",
      "Growth",
      "Scenario 3",
      "Add scenario",
    ]);
    expect(await headlines(broken)).toEqual(expected);
    // The address keeps the broken link until the message is closed.
    expect(await broken.evaluate(() => location.hash)).toBe(tampered);
  });

  it("skips to the answer from the keyboard without taking the skip link for a share link", async () => {
    const context = await newContext();
    const { page, errors } = await openIn(context);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to the answer",
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.closest('[data-testid="answer"]') !== null,
        ),
      )
      .toBe(true);
    // The hash change has been heard by now: the edit below is written over it.
    await rate(page).fill("44");
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#b2\./);
    expect(await page.getByTestId("link-problem").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("finds the autosaved workspace after a reload, and the deleted scenario can be undone", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await buildThree(page);
    const expected = await headlines(page);
    await page.goto(`${env.site.url}/`);
    await page.getByTestId("scenario-tabs").waitFor();
    expect(await headlines(page)).toEqual(expected);

    await tabs(page).nth(1).click();
    await page.getByRole("button", { name: "Delete" }).click();
    expect(await tabs(page).allTextContents()).toEqual([
      "Scenario 1",
      "Scenario 3",
      "Add scenario",
    ]);
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await tabs(page).allTextContents()).toEqual([
      "Scenario 1",
      "Growth",
      "Scenario 3",
      "Add scenario",
    ]);
  });

  it("keeps an edit made just before the page is left: the pending save is made as it goes", async () => {
    const context = await newContext();
    // The browser is never idle here, so the edit's save is still pending when the page goes.
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const { page } = await openIn(context);
    await rate(page).fill("47");
    await page.goto(`${env.site.url}/`);
    await page.getByTestId("scenario-tabs").waitFor();
    expect(await rate(page).inputValue()).toBe("47");
  });

  it("follows what another tab saves, and says so", async () => {
    const context = await newContext();
    const { page: first } = await openIn(context);
    const { page: second } = await openIn(context);
    await rate(first).fill("33");
    await expect.poll(() => rate(second).inputValue()).toBe("33");
    expect(await second.getByTestId("workspace-message").textContent()).toMatch(
      /This tab now shows the changes saved in another tab\./,
    );
  });

  it("never loses an edit silently when two tabs edit at the same moment", async () => {
    const context = await newContext();
    const { page: first, errors } = await openIn(context);
    const { page: second } = await openIn(context);
    const input = (page: Page) =>
      page.getByLabel("Input per request", { exact: true });
    const conflict = async (page: Page) =>
      (await page.getByTestId("conflict").count()) > 0;
    const stored = () =>
      first.evaluate(
        () =>
          JSON.parse(localStorage.getItem("breakeven:workspace")!).s[0].w as {
            rate: string;
            inputTokens?: string;
          },
      );
    for (let trial = 0; trial < 4; trial++) {
      const requests = String(31 + trial);
      const tokens = String(4321 + trial);
      await Promise.all([
        rate(first).fill(requests),
        input(second).fill(tokens),
      ]);
      // Each tab's edit is saved, or that tab asks which version stays. Each tab saves when its
      // browser is idle, so on a busy machine both saves and both storage events may take longer
      // than the pause: a lost edit never comes right, and fails the poll.
      await first.waitForTimeout(400);
      const kept = async () => {
        const saved = await stored();
        return [
          saved.rate === requests || (await conflict(first)),
          saved.inputTokens === tokens || (await conflict(second)),
        ];
      };
      await expect.poll(kept, { timeout: 5000 }).toEqual([true, true]);
      const [firstAsked, secondAsked] = [
        await conflict(first),
        await conflict(second),
      ];
      if (firstAsked)
        await first
          .getByRole("button", { name: "Keep this tab's version" })
          .click();
      if (secondAsked)
        await second
          .getByRole("button", { name: "Take the other tab's version" })
          .click();
      // Chosen or merged, both tabs end up showing what is saved (a value left out is the default).
      for (const page of [first, second]) {
        await expect.poll(() => conflict(page)).toBe(false);
        const { rate: savedRate, inputTokens = DEFAULT_INPUT } = await stored();
        await expect
          .poll(async () => [
            await rate(page).inputValue(),
            await input(page).inputValue(),
          ])
          .toEqual([savedRate, inputTokens]);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("exports the workspace as JSON and imports it back", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await buildThree(page);
    const expected = await headlines(page);
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe("breakeven-workspace.json");
    const text = readFileSync((await json.path())!, "utf8");
    expect(JSON.parse(text)).toMatchObject({
      format: "breakeven-workspace",
      version: 2,
    });

    const fresh = await newContext();
    const { page: other } = await openIn(fresh);
    await other.getByLabel("Import JSON").setInputFiles({
      name: "breakeven-workspace.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await other.getByTestId("preview").waitFor();
    expect(await other.getByTestId("workspace-message").textContent()).toMatch(
      /Showing 3 scenarios from breakeven-workspace\.json\./,
    );
    expect(await headlines(other)).toEqual(expected);
    await other.getByLabel("Import JSON").setInputFiles({
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await expect
      .poll(() => other.getByTestId("workspace-message").textContent())
      .toMatch(
        /notes\.json could not be imported: This file is not valid JSON\./,
      );
  });

  it("refuses a link for a workspace too big for one, and offers the file instead", async () => {
    const context = await newContext();
    const { page, errors } = await openIn(context);
    await page.getByLabel("Import JSON").setInputFiles({
      name: "big.json",
      mimeType: "application/json",
      buffer: Buffer.from(exportWorkspace(typedWorkspace())),
    });
    await page.getByRole("button", { name: "Add to my workspace" }).click();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect
      .poll(() => page.getByTestId("copy-status").textContent())
      .toMatch(/No link copied\./);
    expect(await textOf(page.getByTestId("link-refusal"))).toMatch(
      /^A link to this workspace would be [\d,]+ characters, more than the 8,192 a link can be\. Share it as a file instead: Export JSON instead$/,
    );
    // The address bar holds no link rather than one for another workspace.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("");
    expect(
      await page
        .getByRole("button", { name: "Add an API" })
        .evaluate((b) => (b as HTMLButtonElement).disabled),
    ).toBe(true);
    expect(await page.locator("#options-full").textContent()).toMatch(
      /at most 20 options/,
    );
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON instead" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe("breakeven-workspace.json");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a link from an older catalog at its old prices, and re-prices it in one click", async () => {
    const old = fixtures.links.find((l) => l.catalogVersion === "2026.07.01")!;
    const context = await newContext();
    const { page, errors } = await openIn(context, `/#${old.link}`);
    const notice = page.getByTestId("reprice-notice");
    await notice.waitFor();
    expect(await textOf(notice)).toMatch(
      /priced with the catalog of 1 July 2026; the prices shown are as they were then/,
    );
    // The launch price was a range; the card shows its middle.
    expect(await page.getByTestId("monthly-muse-spark").textContent()).toBe(
      "$143,752",
    );
    await page
      .getByRole("button", { name: "Re-price with today's catalog" })
      .click();
    await expect
      .poll(() => textOf(notice))
      .toMatch(/Scenario 1.*\$42,442–\$245,061 → \$48,224/);
    expect(await page.getByTestId("monthly-muse-spark").textContent()).toMatch(
      /\$48,224/,
    );
    expect(errors).toEqual([]);
  });

  it("prints a report of the open scenario, its inputs without their controls", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await buildThree(page);
    await tabs(page).nth(1).click();
    await page.emulateMedia({ media: "print" });
    const title = page.getByText(/^\s*Breakeven report:/);
    await expect.poll(() => title.isVisible()).toBe(true);
    expect(await title.textContent()).toMatch(/Breakeven report: Growth/);
    await expect
      .poll(() => page.getByTestId("headline").isVisible())
      .toBe(true);
    // The workload and options print (what the figures were costed from); their controls do not.
    expect(
      await page
        .getByRole("region", { name: "Your usage and options" })
        .isVisible(),
    ).toBe(true);
    for (const hidden of [
      page.getByRole("button").first(),
      page.getByRole("banner"),
    ])
      await expect
        .poll(() => hidden.isVisible(), { message: `${hidden}` })
        .toBe(false);

    // The comparison prints as a report too, its whole table on the page.
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "Compare all" }).click();
    const table = page.getByRole("region", { name: "Comparison table" });
    await table.waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await title.textContent()).toMatch(
      /Breakeven report: 3 scenarios compared/,
    );
    expect(
      await table.evaluate((region) => region.scrollWidth - region.clientWidth),
    ).toBeLessThanOrEqual(0);
    await expect
      .poll(() =>
        page.getByRole("button", { name: "Download CSV" }).isVisible(),
      )
      .toBe(false);
    // Charts drawn in the dark theme print with dark ink.
    const canvas = page.locator("canvas").first();
    expect(await canvas.evaluate((c) => getComputedStyle(c).filter)).toBe(
      "none",
    );
    await page.evaluate(
      () => (document.documentElement.dataset.theme = "dark"),
    );
    expect(await canvas.evaluate((c) => getComputedStyle(c).filter)).toMatch(
      /invert/,
    );
  });

  it("folds the scenario tools away on a phone and unfolds them when the window widens", async () => {
    const context = await env.newContext({
      viewport: { width: 360, height: 800 },
    });
    const { page } = await openIn(context);
    const copy = page.getByRole("button", { name: "Copy link" });
    await expect.poll(() => copy.isVisible()).toBe(false);
    await page.getByText("Rename, reorder, share or export").click();
    await expect.poll(() => copy.isVisible()).toBe(true);
    await page.getByText("Rename, reorder, share or export").click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => copy.isVisible()).toBe(true);
  });

  it("keeps each scenario's own choices when switching between them", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    const period = page.getByLabel("Period", { exact: true });
    await period.selectOption("day");
    await page.getByRole("button", { name: "Add scenario" }).click();
    expect(await period.inputValue()).toBe("month");
    await tabs(page).nth(0).click();
    expect(await period.inputValue()).toBe("day");
    await tabs(page).nth(1).click();
    expect(await period.inputValue()).toBe("month");
  });

  it("compares the scenarios side by side, exports the CSV, and passes axe in both themes", async () => {
    const context = await newContext();
    const { page, errors } = await openIn(context);
    await buildThree(page);
    const expected = await headlines(page);
    await page.getByRole("button", { name: "Compare all" }).click();
    const table = page.getByRole("region", { name: "Comparison table" });
    await table.waitFor();
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Field",
      "Scenario 1",
      "Growth",
      "Scenario 3",
    ]);
    // Only the request rate and what follows from it differ; the first scenario is never marked.
    const requests = table.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: "Requests", exact: true }),
    });
    expect(await requests.getByText(/differs from/).count()).toBe(2);
    const compared = page
      .getByRole("region", { name: "Scenarios side by side" })
      .getByRole("listitem");
    for (const [i, sentence] of expected.entries())
      expect(await textOf(compared.nth(i).getByRole("paragraph").first())).toBe(
        sentence.trim(),
      );
    // How sure each answer is follows from the worker, under each headline and in the table.
    await expect
      .poll(() => textOf(compared.nth(0).locator(".sure")))
      .toMatch(/^Self-hosting is cheapest with \d+% probability; .+ a month/);
    expect(
      await table
        .getByRole("row")
        .filter({
          has: page.getByRole("rowheader", {
            name: "Self-hosting cheapest, probability",
          }),
        })
        .getByRole("cell")
        .allTextContents(),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^\s*\d+%/)]));
    // Each option's results are named for it.
    expect(
      await table
        .getByRole("rowheader", { name: /^Llama 4 Maverick .+ — results$/ })
        .count(),
    ).toBe(1);
    await chartsDrawn(page, 2);
    // The three differ only in volume, so their cheapest-cost lines are one: the table says so.
    await page
      .getByText("Data table: Cheapest monthly cost against volume")
      .click();
    // The table is built as its details open.
    const headers = page
      .getByRole("region", {
        name: "Cheapest monthly cost against volume: data",
      })
      .getByRole("columnheader");
    await headers.first().waitFor();
    expect(await headers.allTextContents()).toEqual([
      "Tokens a month",
      "Scenario 1",
      "Growth (same as Scenario 1)",
      "Scenario 3 (same as Scenario 1)",
    ]);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("breakeven-comparison.csv");
    const lines = readFileSync((await csv.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toMatch(/^Scenario,/);
    // The Monte Carlo's percentiles, a column each, in the units line's dollars and percent.
    const header = csvFields(lines[0]!);
    const units = csvFields(lines[1]!);
    for (const column of [
      "Muse Spark (Meta) — results: Monthly cost, P10",
      "Muse Spark (Meta) — results: Monthly cost, P50",
      "Muse Spark (Meta) — results: Monthly cost, P90",
      "Results: Saving vs baseline, P10",
      "Results: Saving vs baseline, P90",
    ])
      expect(units[header.indexOf(column)], column).toBe("USD/month");
    expect(
      units[
        header.indexOf("Muse Spark (Meta) — results: Probability cheapest")
      ],
    ).toBe("%");
    const line = csvFields(lines[2]!);
    const at = (column: string) => Number(line[header.indexOf(column)]);
    expect(at("Results: Saving vs baseline, P10")).toBeLessThanOrEqual(
      at("Results: Saving vs baseline, P90"),
    );
    expect(lines[2]).toMatch(/^"?Scenario 1"?,/);
    expect(lines[3]).toMatch(/^"?Growth"?,/);
    expect(lines.slice(2).join("\n")).not.toMatch(/\$/);

    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("radio", { name: "Dark" }).check();
    expect(await axeViolations(page)).toEqual([]);

    // A phone: the table scrolls inside its region, its first column stays in view.
    await page.setViewportSize({ width: 360, height: 800 });
    // The charts follow the new width on their next resize callback.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.documentElement.scrollWidth -
            document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
    await table.evaluate((region) => region.scrollBy(400, 0));
    const first = table.getByRole("rowheader").first();
    expect((await first.boundingBox())!.x).toBeLessThan(40);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Edit Growth" }).click();
    expect(await headline(page)).toBe(expected[1]);
    expect(errors).toEqual([]);
  });

  it("saves each chart as a PNG", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await chartsDrawn(page);
    const png = await downloadVolumeChart(page);
    expect(png.suggestedFilename()).toBe("breakeven-volume.png");
    const bytes = readFileSync((await png.path())!);
    expect(
      [...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""),
    ).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it("passes axe with three scenarios and a preview showing", async () => {
    const context = await newContext();
    const { page } = await openIn(context);
    await buildThree(page);
    const hash = await page.evaluate(() => location.hash);
    const fresh = await newContext();
    const { page: other } = await openIn(fresh, `/${hash}`);
    await other.getByTestId("preview").waitFor();
    expect(await axeViolations(other)).toEqual([]);
  });
});
