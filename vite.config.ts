import { sveltekit } from "@sveltejs/kit/vite";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { catalogProvenance } from "./scripts/vite-catalog-provenance.ts";

export default defineConfig({
  plugins: [...catalogProvenance(), sveltekit(), svelteTesting()],
  test: {
    include: ["tests/**/*.test.ts"],
    // Component tests opt into a DOM with a `@vitest-environment happy-dom` comment.
    environment: "node",
    // Browser tests share one machine's two cores with the build; give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
