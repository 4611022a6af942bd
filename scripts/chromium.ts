/** Where the browser tests find Chromium, and what they say when there is none. */
import { accessSync, constants, statSync } from "node:fs";

export const CHROMIUM_MISSING =
  "The browser tests need Chromium: install Debian's (`apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.";

/** The Chromium to launch: CHROMIUM_PATH, else Debian's. Throws CHROMIUM_MISSING if it is not there. */
export function findChromium(
  path = process.env.CHROMIUM_PATH || "/usr/bin/chromium",
): string {
  try {
    if (!statSync(path).isFile()) throw new Error();
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new Error(`${CHROMIUM_MISSING} No executable at ${path}.`);
  }
}
