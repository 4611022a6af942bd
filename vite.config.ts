import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sveltekit } from "@sveltejs/kit/vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { catalogProvenance } from "./scripts/vite-catalog-provenance.ts";
import { chartJsShake } from "./scripts/vite-chart-js-shake.ts";
import { hydration } from "./scripts/vite-hydration.ts";
import { preload } from "./scripts/vite-preload.ts";
import svelteConfig from "./svelte.config.js";

/**
 * Unit test files that replace a module with `vi.mock`. The unit project shares one module graph
 * between files for speed; a mock there would reach the files after it, so these run isolated.
 */
const UNIT_TESTS = new URL("tests/lib/", import.meta.url);
const MOCKING = readdirSync(UNIT_TESTS, { recursive: true, encoding: "utf8" })
  .map((file) => file.replaceAll("\\", "/"))
  .filter(
    (file) =>
      file.endsWith(".test.ts") &&
      /\bvi\.mock\(/.test(readFileSync(new URL(file, UNIT_TESTS), "utf8")),
  )
  .map((file) => `tests/lib/${file}`);

/** What the calculator's client is built with (scripts/vite-hydration.ts): Svelte as SvelteKit compiles it. */
const client = () => ({
  plugins: [
    ...catalogProvenance(),
    chartJsShake(),
    preload(),
    svelte({
      configFile: false,
      compilerOptions: svelteConfig.compilerOptions,
    }),
  ],
  resolve: {
    alias: { $lib: fileURLToPath(new URL("src/lib", import.meta.url)) },
  },
});

export default defineConfig({
  plugins: [
    ...catalogProvenance(),
    hydration(svelteConfig.kit!.outDir!, client),
    sveltekit(),
    svelteTesting(),
  ],
  test: {
    // Component tests opt into a DOM with a `@vitest-environment happy-dom` comment.
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "tests/lib/**/*.test.ts",
            "tests/scripts/**/*.test.ts",
            "tests/data/**/*.test.ts",
            "tests/*.test.ts",
          ],
          exclude: MOCKING,
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: MOCKING } },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          // Checks for Chromium, then builds the site for these tests.
          globalSetup: "tests/site-setup.ts",
          // Browser tests share one machine's two cores; give them room.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
