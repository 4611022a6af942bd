import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
 * Where a build goes. The tests build the site into folders of their own, so that `npm test`
 * never replaces the files a running `npm start` serves (`vite preview` serves the
 * .svelte-kit/output it found at start).
 */
export const BUILDS = {
  site: { kit: ".svelte-kit", pages: "build" },
  tests: { kit: ".svelte-kit-test", pages: "build-test" },
};
/** Set to 1 (tests/site-setup.ts does) to build into BUILDS.tests. */
export const TEST_BUILD = "BREAKEVEN_TEST_BUILD";

const { kit, pages } = process.env[TEST_BUILD] ? BUILDS.tests : BUILDS.site;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: {
    discloseVersion: false,
    runes: true,
    // Scoped styles' class names, "s-" and the hash of the component's CSS rather than Svelte's
    // "svelte-": the page's markup and the compiled components repeat it on every styled element.
    cssHash: ({ hash, css }) => `s-${hash(css)}`,
  },
  kit: {
    outDir: kit,
    // Every stylesheet a page needs is inlined in its HTML, so that the first paint waits for no
    // other file (all of it is 2.5 KB gzipped; kit adds each inline style's hash to the CSP below).
    // Styles of the parts loaded later come with them as files.
    inlineStyleThreshold: Infinity,
    // Every page is prerendered: the app is static files with no server.
    adapter: adapter({
      pages,
      assets: pages,
      fallback: undefined,
      strict: true,
    }),
    // A strict policy, written into each page as a <meta>: scripts and styles only from the site
    // itself (app.html's script, the only inline one, is hashed above),
    // images also from data: and blob: URLs (charts saved as PNG), no plugins, no <base>, forms
    // posting only here.
    csp: {
      mode: "hash",
      directives: {
        "default-src": ["self"],
        "script-src": ["self", ...appScripts],
        "style-src": ["self"],
        "img-src": ["self", "data:", "blob:"],
        "object-src": ["none"],
        "base-uri": ["self"],
        "form-action": ["self"],
      },
    },
  },
};

export default config;
