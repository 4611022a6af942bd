/**
 * The built site, served, and Debian's Chromium, launched once for a test file and closed after.
 * Browser contexts opened through `newContext` close after each test, whether it passed or not.
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
} from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { serveBuild, type StaticSite } from "./server";

export interface Site {
  site: StaticSite;
  browser: Browser;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function useSite(): Site {
  const open: BrowserContext[] = [];
  const handles = {
    async newContext(options?: BrowserContextOptions) {
      const context = await handles.browser.newContext(options);
      open.push(context);
      return context;
    },
  } as Site;
  beforeAll(async () => {
    handles.site = await serveBuild();
    handles.browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.site?.close();
  });
  return handles;
}
