import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import adapter from "@sveltejs/adapter-static";

/**
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) =>
  `sha256-${createHash("sha256").update(text).digest("base64")}`;

/** The inline scripts of app.html (the theme script), hashed as the browser hashes them. */
const appScripts = [
  ...readFileSync(new URL("./src/app.html", import.meta.url), "utf8").matchAll(
    /<script>([\s\S]*?)<\/script>/g,
  ),
].map((match) => sha256(match[1] ?? ""));

/**
 * SvelteKit's route announcer is drawn with an inline style attribute (kit's write_root.js); the
 * page allows that one attribute by its hash ('unsafe-hashes' admits hashed attributes only), read
 * from the installed kit so an upgrade that changes it cannot slip past.
 */
const kitRoot = readFileSync(
  join(
    dirname(
      createRequire(import.meta.url).resolve("@sveltejs/kit/package.json"),
    ),
    "src/core/sync/write_root.js",
  ),
  "utf8",
);
const announcerStyle = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(
  kitRoot,
)?.[1];
if (!announcerStyle)
  throw new Error("SvelteKit's route announcer style was not found");

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: { discloseVersion: false },
  kit: {
    // Every page is prerendered: the app is static files with no server.
    adapter: adapter({
      pages: "build",
      assets: "build",
      fallback: undefined,
      strict: true,
    }),
    // A strict policy, written into each page as a <meta>: scripts and styles only from the site
    // itself (kit hashes its own inline bootstrap script; app.html's theme script is hashed above),
    // images also from data: and blob: URLs (charts saved as PNG), no plugins, no <base>, forms
    // posting only here.
    csp: {
      mode: "hash",
      directives: {
        "default-src": ["self"],
        "script-src": ["self", ...appScripts],
        "style-src": ["self", "unsafe-hashes", sha256(announcerStyle)],
        "img-src": ["self", "data:", "blob:"],
        "object-src": ["none"],
        "base-uri": ["self"],
        "form-action": ["self"],
      },
    },
  },
};

export default config;
