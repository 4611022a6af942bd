/** What the browser tests ask of the calculator's charts. */
import type { Download, Page } from "playwright-core";

/**
 * Scrolls to each chart in turn (four on the calculator, two in the comparison) and waits until
 * it has drawn (each canvas counts its renders in data-revision): charts are created as they come
 * near the screen.
 */
export async function chartsDrawn(page: Page, count = 4): Promise<void> {
  const canvases = page.locator("canvas[data-testid^=chart-]");
  await canvases.nth(count - 1).waitFor({ state: "attached" });
  for (const canvas of await canvases.all()) {
    await canvas.scrollIntoViewIfNeeded();
    const id = await canvas.getAttribute("data-testid");
    await page.locator(`canvas[data-testid="${id}"][data-revision]`).waitFor();
  }
}

/** Clicks the volume chart's "Download PNG" and returns the download. */
export async function downloadVolumeChart(page: Page): Promise<Download> {
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", {
        name: /^Download PNG\W+Monthly cost against volume$/,
      })
      .click(),
  ]);
  return png;
}
