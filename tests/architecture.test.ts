/**
 * The architecture README describes, checked on the code: each layer imports only what its rule
 * allows, and every name exported under src/lib is imported somewhere.
 */
import { describe, expect, it } from "vitest";
import { unusedExports } from "./architecture/exports";
import { LAYERS, layerOf, layerViolations } from "./architecture/layers";
import { modulesUnder, parseModule } from "./architecture/modules";

const app = modulesUnder("src");

describe("layers", () => {
  it("each layer imports only the layers and packages its rule lists", () => {
    expect(layerViolations(app)).toEqual([]);
  });

  it("a rule lists only layers before its own", () => {
    const order = Object.keys(LAYERS);
    for (const [layer, rule] of Object.entries(LAYERS))
      for (const allowed of rule.layers)
        expect(order.indexOf(allowed), `${layer} → ${allowed}`).toBeLessThan(
          order.indexOf(layer),
        );
  });

  it("finds each file's layer", () => {
    expect(layerOf("src/lib/format.ts")).toBe("format");
    expect(layerOf("src/lib/state/session.svelte.ts")).toBe("state");
    expect(layerOf("src/routes/methodology/+page.svelte")).toBe("routes");
    expect(layerOf("src/hooks.server.ts")).toBe("routes");
    expect(layerOf("src/lib/widgets/x.ts")).toBeUndefined();
  });

  it("reports a view model that reads a link, a later layer, a package and a new folder", () => {
    const present = (specifier: string) => ({
      file: "src/lib/present/headline.ts",
      imports: [{ specifier }],
    });
    expect(layerViolations([present("../share/link")])).toEqual([
      'src/lib/present/headline.ts imports "../share/link": present may import format, catalog, engine, scenario, not share',
    ]);
    expect(
      layerViolations([present("../state/calculator.svelte")]),
    ).toHaveLength(1);
    expect(layerViolations([present("svelte")])).toEqual([
      'src/lib/present/headline.ts imports "svelte": present may not use the package svelte',
    ]);
    expect(layerViolations([present("$lib/engine/evaluate")])).toEqual([
      'src/lib/present/headline.ts imports "$lib/engine/evaluate": TypeScript files use relative imports, because the CLI runs under tsx, which has no $lib',
    ]);
    expect(
      layerViolations([{ file: "src/lib/widgets/x.ts", imports: [] }]),
    ).toEqual([
      "src/lib/widgets/x.ts is in no layer: add its folder to LAYERS in tests/architecture/layers.ts",
    ]);
    expect(
      layerViolations([
        present("../engine/evaluate"),
        present("./labels"),
        present("../format"),
        present("chart.js"),
      ]),
    ).toEqual([]);
  });
});

describe("exports", () => {
  it("every value exported under src/lib is imported somewhere", () => {
    const importers = [
      ...app,
      ...modulesUnder("tests"),
      ...modulesUnder("scripts"),
    ];
    expect(
      unusedExports(importers, (file) => file.startsWith("src/lib/")),
    ).toEqual([]);
  });

  it("reports a name no one imports, and follows `export *` and `import *`", () => {
    const files = {
      "a.ts": "export const used = 1; export function unused() {}",
      "b.ts": "export * from './a'; export const own = 1; export type T = 1;",
      "c.ts": "import { used } from './b'; import * as d from './d';",
      "d.ts": "export const any = 1;",
    };
    const modules = Object.entries(files).map(([file, text]) =>
      parseModule(file, text),
    );
    const resolve = (_: string, specifier: string) =>
      `${specifier.slice(2)}.ts`;
    expect(unusedExports(modules, () => true, resolve)).toEqual([
      "a.ts: unused",
      "b.ts: own",
    ]);
  });
});
