/**
 * Before the site tests (tests/build, tests/e2e): find Chromium, then build the site as the code
 * is now, into the test build's own folders (BUILDS.tests in svelte.config.js), so that a running
 * `npm start` keeps serving its files.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BUILDS, TEST_BUILD } from "../svelte.config.js";
import { findChromium } from "../scripts/chromium";

const ROOT = join(import.meta.dirname, "..");

export default function setup() {
  findChromium();
  // Built as `npm run build` would, without the variables Vitest sets for its tests.
  const { TEST, VITEST, NODE_ENV, MODE, ...env } = process.env;
  const vite = join(
    dirname(createRequire(import.meta.url).resolve("vite/package.json")),
    "bin/vite.js",
  );
  const start = performance.now();
  const build = spawnSync(process.execPath, [vite, "build"], {
    cwd: ROOT,
    env: { ...env, [TEST_BUILD]: "1" },
    encoding: "utf8",
  });
  if (build.status !== 0)
    throw new Error(`The site did not build:\n${build.stdout}${build.stderr}`);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`Built the site into ${BUILDS.tests.pages}/ in ${seconds} s`);
}
