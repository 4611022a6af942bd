import { sveltekit } from "@sveltejs/kit/vite";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { catalogProvenance } from "./scripts/vite-catalog-provenance.ts";

/**
 * Code the calculator page shares with what it loads later (charts, workspace, comparison) goes in
 * one chunk. Left alone, the bundler splits it by which later parts also use each module, into
 * several small chunks that each compress worse and that the page must all load before its answer.
 * The chart helpers stay out: only the lazily loaded parts use them.
 */
const SHARED_WITH_PAGE =
  /\/src\/lib\/(catalog|engine|scenario|share|present|format)\b(?!.*charts)|\/node_modules\/valibot\//;

export default defineConfig({
  plugins: [...catalogProvenance(), sveltekit(), svelteTesting()],
  build: {
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "shared", test: SHARED_WITH_PAGE, minShareCount: 2 },
          ],
        },
      },
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // Component tests opt into a DOM with a `@vitest-environment happy-dom` comment.
    environment: "node",
    // Browser tests share one machine's two cores with the build; give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
