/** What the browser tests ask of the calculator's charts. */
import type { Download, Page } from "playwright-core";

/** Waits until the four charts have drawn (each canvas counts its renders in data-revision). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll("canvas[data-revision]").length === 4,
  );
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
