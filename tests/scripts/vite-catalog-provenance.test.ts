import { parseAst } from "vite";
import { describe, expect, it } from "vitest";
import { stripProse } from "../../scripts/vite-catalog-provenance";

const strip = (code: string) => stripProse(code, parseAst(code) as never);

describe("stripProse", () => {
  it("drops source and notes from every object literal, keeping the figures", () => {
    const code = `export const gpus = [{ id: "h100", source: "datasheet " + YEAR, asOf: "2026", rental: { low: 1, source: f("x"), notes: \`a, b\` } }];`;
    const stripped = strip(code);
    expect(stripped.replace(/\s+/g, " ")).toBe(
      `export const gpus = [{ id: "h100", asOf: "2026", rental: { low: 1, } }];`,
    );
    expect(() => parseAst(stripped)).not.toThrow();
  });

  it("leaves other properties named alike alone", () => {
    const code = `const a = { sourceCode: 1, notesCount: 2 }; a.source = 3;`;
    expect(strip(code)).toBe(code);
  });

  it("can keep a source the page quotes and drop only the notes", () => {
    const code = `export const claim = { share: 0.88, source: "article", notes: "long" };`;
    expect(
      stripProse(code, parseAst(code) as never, new Set(["notes"])).replace(
        /\s+/g,
        " ",
      ),
    ).toBe(`export const claim = { share: 0.88, source: "article", };`);
  });
});
