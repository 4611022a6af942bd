/** The architecture README describes, checked on the code: each layer imports only what its rule allows. */
import { describe, expect, it } from "vitest";
import { LAYERS, layerOf, layerViolations } from "./architecture/layers";
import { modulesUnder } from "./architecture/modules";

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
