import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAst } from "vite";
import { describe, expect, it } from "vitest";
import { markPureClasses } from "../../scripts/vite-chart-js-shake";

const mark = (code: string) => markPureClasses(code, parseAst(code) as never);

/** Runs a script and gives back the value of `names` at its end. */
const run = (code: string, names: string) =>
  new Function(`${code}\nreturn ${names};`)() as Record<string, unknown>;

describe("markPureClasses", () => {
  const sample = [
    "const Ticks = { formatters: { numeric: (v) => String(v) } };",
    "class Base { static defaults = { a: 1 }; }",
    "class Scale extends Base {",
    "  static id = 'linear';",
    "  static defaults = { ticks: { callback: Ticks.formatters.numeric } };",
    "  value() { return Scale.id; }",
    "}",
  ].join("\n");

  it("wraps a class whose static fields read properties in a pure call, on the same lines", () => {
    const out = mark(sample);
    expect(out).toContain(
      "const Scale = /* @__PURE__ */ (() => class Scale extends Base {",
    );
    expect(out).toContain("class Base { static defaults");
    expect(out.split("\n")).toHaveLength(sample.split("\n").length);
  });

  it("declares the same class", () => {
    const { Base, Scale } = run(mark(sample), "{ Base, Scale }") as {
      Base: new () => object;
      Scale: (new () => { value(): string }) & {
        name: string;
        defaults: { ticks: { callback: (v: number) => string } };
      };
    };
    expect(Scale.name).toBe("Scale");
    expect(new Scale()).toBeInstanceOf(Base);
    expect(new Scale().value()).toBe("linear");
    expect(Scale.defaults.ticks.callback(3)).toBe("3");
  });

  it("leaves classes whose declaration could do more than read", () => {
    const code = [
      "class Reads { static a = b.c; }",
      "class Calls { static a = f(b.c); }",
      "class Assigns { static a = (b.c = 1); }",
      "class Block { static { b.c; g(); } }",
      "class Extends extends mixin(b.c) {}",
      "class Later { static a = () => b.c; m() { return b.c; } }",
    ].join("\n");
    const out = mark(code);
    expect(out).toContain("const Reads = /* @__PURE__ */");
    expect(out.match(/@__PURE__/g)).toHaveLength(1);
  });

  it("throws when no class reads a property, rather than leaving the chunk as it was", () => {
    expect(() =>
      mark("class A { static id = 'a'; m() { return this.x.y; } }"),
    ).toThrow(/No Chart.js class/);
  });

  it("marks the installed Chart.js's scales that keep the unused ones in the bundle", () => {
    const file = createRequire(import.meta.url).resolve("chart.js");
    const out = mark(readFileSync(file, "utf8"));
    for (const name of ["RadialLinearScale", "TimeSeriesScale"]) {
      expect(out).toContain(`const ${name} = /* @__PURE__ */ (() => class`);
    }
    expect(() => parseAst(out)).not.toThrow();
  });
});
