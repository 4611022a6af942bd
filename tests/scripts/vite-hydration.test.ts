import { describe, expect, it } from "vitest";
import { hydrationFiles } from "../../scripts/vite-hydration";

describe("hydrationFiles", () => {
  const manifest = {
    "src/routes/hydrate.ts": {
      file: "_app/immutable/chunks/entry.js",
      imports: ["_page.js", "_runtime.js"],
      dynamicImports: ["src/lib/components/ChartsSection.svelte"],
    },
    "_page.js": {
      file: "_app/immutable/chunks/page.js",
      imports: ["_runtime.js"],
    },
    "_runtime.js": { file: "_app/immutable/chunks/runtime.js" },
    "src/lib/components/ChartsSection.svelte": {
      file: "_app/immutable/chunks/charts.js",
    },
  };

  it("lists the entry first, then each chunk it imports statically, once", () => {
    expect(hydrationFiles(manifest, "src/routes/hydrate.ts")).toEqual([
      "_app/immutable/chunks/entry.js",
      "_app/immutable/chunks/page.js",
      "_app/immutable/chunks/runtime.js",
    ]);
  });

  it("says so when the entry is missing from the build", () => {
    expect(() => hydrationFiles(manifest, "src/routes/other.ts")).toThrow(
      "src/routes/other.ts is not in the client build's manifest",
    );
  });
});
