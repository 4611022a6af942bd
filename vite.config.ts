import { readdirSync, readFileSync } from "node:fs";
import { sveltekit } from "@sveltejs/kit/vite";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { catalogProvenance } from "./scripts/vite-catalog-provenance.ts";

/**
 * Code the calculator page shares with what it loads later (charts, workspace, comparison) goes in
 * one chunk. Left alone, the bundler splits it by which later parts also use each module, into
 * several small chunks that each compress worse and that the page must all load before its answer.
 * What only the later parts use stays out, or the page would load it before its answer: the
 * links' and files' code and their schemas, the Monte Carlo and the solvers, the charts' data. (`whenIdle` joins them: a chunk of its own
 * cost more than its own size.)
 */
const LIBRARY =
  /\/src\/lib\/(catalog|engine|scenario|present|format|components\/idle)\b/;
const LATER_ONLY =
  /\/src\/lib\/(engine\/(schema|random|uncertainty|solve|volume-bands|curves)|present\/(.*charts|compare|how-sure|tornado|volume-bands))\b/;
const sharedWithPage = (id: string) => LIBRARY.test(id) && !LATER_ONLY.test(id);

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

export default defineConfig({
  plugins: [...catalogProvenance(), sveltekit(), svelteTesting()],
  build: {
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "shared", test: sharedWithPage, minShareCount: 2 }],
        },
      },
    },
  },
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
