/**
 * Gives the calculator's client a smaller helper before each dynamic import than Vite's own
 * (scripts/preload.ts, about 0.2 KB against 0.75 KB gzipped, in the chunk the page loads before
 * its answer). Vite's also reads a CSP nonce, raises `vite:preloadError` and works where
 * `import.meta.resolve` is missing; the site's policy uses no nonce, nothing listens for the
 * event, and the helper resolves files against the importer's URL, as Vite's does without
 * `import.meta.resolve`.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** Where Vite's build imports its helper from, in each module with a dynamic import. */
export const VITE_HELPER = "\0vite/preload-helper.js";
const HELPER = fileURLToPath(new URL("preload.ts", import.meta.url));
/** Text only Vite's helper has: if it is in a chunk, the replacement was missed. */
const VITE_HELPER_MARK = "vite:preloadError";

export function preload(): Plugin {
  return {
    name: "breakeven:preload",
    apply: "build",
    enforce: "pre",
    resolveId: (id) => (id === VITE_HELPER ? HELPER : null),
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk" && file.code.includes(VITE_HELPER_MARK))
          this.error(
            `${file.fileName} holds Vite's preload helper: its module is no longer ${JSON.stringify(VITE_HELPER)}`,
          );
      }
    },
  };
}
