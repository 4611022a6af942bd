/**
 * The built methodology page against what points into it: every `/methodology#…` anchor the
 * engine's comments cite exists, and the page has all its sections, in order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILDS } from "../../svelte.config.js";
import { METHODOLOGY_SECTIONS } from "./methodology-sections";

// The tests' own build (tests/site-setup.ts makes it), never the one `npm start` serves.
const page = readFileSync(
  new URL(`../../${BUILDS.tests.pages}/methodology.html`, import.meta.url),
  "utf8",
);
const ids = [...page.matchAll(/<h2[^>]* id="([^"]+)"/g)].map((m) => m[1]);

const ENGINE = new URL("../../src/lib/engine/", import.meta.url);
const cited = readdirSync(ENGINE)
  .filter((file) => file.endsWith(".ts"))
  .flatMap((file) =>
    [
      ...readFileSync(new URL(file, ENGINE), "utf8").matchAll(
        /\/methodology#([\w-]+)/g,
      ),
    ].map((m) => ({ file, id: m[1]! })),
  );

describe("the methodology page's anchors", () => {
  it("has every section, in order", () => {
    expect(ids).toEqual([...METHODOLOGY_SECTIONS]);
  });

  it("has every section the engine's comments link to", () => {
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const { file, id } of cited)
      expect(ids, `${file} links to /methodology#${id}`).toContain(id);
  });
});
