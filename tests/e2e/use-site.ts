/** The built site, served, and Debian's Chromium, launched once for a test file and closed after. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { serveBuild, type StaticSite } from "./server";

export function useSite(): { site: StaticSite; browser: Browser } {
  const handles = {} as { site: StaticSite; browser: Browser };
  beforeAll(async () => {
    handles.site = await serveBuild();
    handles.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.site?.close();
  });
  return handles;
}
