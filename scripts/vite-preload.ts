/**
 * Gives the calculator's client a smaller helper before each dynamic import than Vite's own
 * (scripts/preload.ts; 0.45 KB gzipped less in the chunk the page loads before its answer).
 * Vite's also reads a CSP nonce, raises `vite:preloadError` and resolves files through
 * `import.meta.resolve` where there is one (for import maps); the site's policy uses no nonce,
 * nothing listens for the event and the site has no import map. The helper resolves each file
 * against the importing chunk's URL, which Vite passes only when the build's base is relative.
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
    configResolved(config) {
      if (config.base !== "./" && config.base !== "")
        throw new Error(
          `The preload helper needs a relative base ("./"), not ${JSON.stringify(config.base)}: only then does Vite pass it the importing chunk's URL`,
        );
    },
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
