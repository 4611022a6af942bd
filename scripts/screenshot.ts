/**
 * The README's screenshot: the calculator at 1280 × 900 in the light theme, once its charts have
 * drawn, written to docs/screenshot.png.
 *
 *   npm run screenshot
 */
import { writeFileSync } from "node:fs";
import { BUILDS } from "../svelte.config.js";
import { launchBrowser } from "../tests/e2e/browser";
import { serveBuild } from "../tests/e2e/server";

const site = await serveBuild(BUILDS.site.pages);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    colorScheme: "light",
  });
  await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
  await page.waitForFunction(
    () => document.querySelectorAll("canvas[data-revision]").length === 3,
  );
  const shot = await page.screenshot();
  writeFileSync(new URL("../docs/screenshot.png", import.meta.url), shot);
  console.log(`docs/screenshot.png: ${shot.length} bytes`);
} finally {
  await browser.close();
  await site.close();
}
