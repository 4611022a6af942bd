/** Debian's Chromium, headless, driven by playwright-core (no browser download). */
import { chromium, type Browser } from "playwright-core";
import { findChromium } from "../../scripts/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
