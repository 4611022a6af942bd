import { fileURLToPath } from "node:url";
import type { Rollup } from "vite";
import { describe, expect, it, vi } from "vitest";
import { preload, VITE_HELPER } from "../../scripts/vite-preload";

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = preload();
const resolveId = plugin.resolveId as Hook;
const generateBundle = plugin.generateBundle as Hook;
const configResolved = plugin.configResolved as Hook;

const bundleOf = (code: string) =>
  ({
    "chunks/page.js": { type: "chunk", fileName: "chunks/page.js", code },
  }) as unknown as Rollup.OutputBundle;

describe("preload", () => {
  it("puts the site's helper in place of Vite's, and leaves other modules alone", () => {
    expect(resolveId.call({}, VITE_HELPER)).toBe(
      fileURLToPath(new URL("../../scripts/preload.ts", import.meta.url)),
    );
    expect(resolveId.call({}, "svelte")).toBeNull();
  });

  it("fails the build if Vite's helper reached a chunk", () => {
    const error = vi.fn();
    generateBundle.call({ error }, {}, bundleOf("import('./a.js')"));
    expect(error).not.toHaveBeenCalled();
    generateBundle.call(
      { error },
      {},
      bundleOf("new Event(`vite:preloadError`)"),
    );
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining("chunks/page.js holds Vite's preload helper"),
    );
  });

  it("refuses a build whose base is not relative, where Vite would not pass the importer's URL", () => {
    expect(() => configResolved.call({}, { base: "./" })).not.toThrow();
    expect(() => configResolved.call({}, { base: "/" })).toThrow(
      'The preload helper needs a relative base ("./"), not "/"',
    );
  });
});
