import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sveltekit } from "@sveltejs/kit/vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { catalogProvenance } from "./scripts/vite-catalog-provenance.ts";
import { chartJsShake } from "./scripts/vite-chart-js-shake.ts";
import { HYDRATION_ENTRY, hydration } from "./scripts/vite-hydration.ts";
import svelteConfig from "./svelte.config.js";

/**
 * The code the calculator's script imports statically goes in one chunk, and nothing else does.
 * Left alone, the bundler splits that code by which later parts (charts, workspace, comparison)
 * also use each module, into several chunks that each compress worse and that the page must all
 * load before its answer, and the page's own components into another; one chunk is one gzip
 * stream and spares the names chunks import from each other. Code only the later parts import
 * (the links' and files' code and their schemas, the Monte Carlo and the solvers, the charts'
 * data) is not reachable from the page this way, so it stays out of the page's first load.
 */
const ENTRY = `/${HYDRATION_ENTRY}`;
/** What the bundler tells a chunk group of a module (Rolldown's `ChunkingContext`, in part). */
interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}
/** Whether the calculator's script imports a module through static imports alone. */
function staticFromEntry(id: string, ctx: ChunkingContext): boolean {
  const seen = new Set([id]);
  const queue = [id];
  for (let module = queue.pop(); module; module = queue.pop()) {
    if (module.endsWith(ENTRY)) return true;
    for (const importer of ctx.getModuleInfo(module)?.importers ?? []) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return false;
}

const pageChunk = (id: string, ctx: ChunkingContext) =>
  staticFromEntry(id, ctx) ? "calculator" : null;

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

/** The calculator's client (scripts/vite-hydration.ts builds it): Svelte as SvelteKit compiles it. */
const client = () => ({
  plugins: [
    ...catalogProvenance(),
    chartJsShake(),
    svelte({
      configFile: false,
      compilerOptions: svelteConfig.compilerOptions,
    }),
  ],
  resolve: {
    alias: { $lib: fileURLToPath(new URL("src/lib", import.meta.url)) },
  },
  build: {
    rollupOptions: {
      output: { codeSplitting: { groups: [{ name: pageChunk }] } },
    },
  },
});

export default defineConfig({
  plugins: [
    ...catalogProvenance(),
    hydration(svelteConfig.kit!.outDir!, client),
    chartJsShake(),
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
