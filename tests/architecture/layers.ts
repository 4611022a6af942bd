/**
 * README's layer rule, as data: the layers in order, and for each the layers (folders of src/lib,
 * or src/routes) and packages its files may import. A layer imports only layers before it, and not
 * always all of them: present builds view data from the scenario, never from its encodings (share)
 * or the live state; the CLI has no use for the page's state or views.
 */
import { posix } from "node:path";

interface Rule {
  layers: readonly string[];
  packages: readonly string[];
}

const BELOW_STATE = ["format", "catalog", "engine", "scenario"] as const;

export const LAYERS: Record<string, Rule> = {
  format: { layers: [], packages: [] },
  catalog: { layers: ["format"], packages: [] },
  engine: { layers: ["format", "catalog"], packages: ["valibot"] },
  scenario: {
    layers: ["format", "catalog", "engine"],
    packages: ["valibot"],
  },
  share: { layers: BELOW_STATE, packages: ["valibot"] },
  state: { layers: [...BELOW_STATE, "share"], packages: ["svelte"] },
  present: { layers: BELOW_STATE, packages: ["chart.js"] },
  components: {
    layers: [...BELOW_STATE, "share", "state", "present"],
    packages: ["svelte", "chart.js"],
  },
  cli: { layers: [...BELOW_STATE, "share"], packages: ["node"] },
  routes: {
    layers: [...BELOW_STATE, "share", "state", "present", "components"],
    // The build's list of the calculator's script files (scripts/vite-hydration.ts).
    packages: ["svelte", "@sveltejs/kit", "$app", "virtual:hydration-script"],
  },
};

/** The layer a file belongs to, by its path from the repository's root. */
export function layerOf(file: string): string | undefined {
  const [top, dir, name] = file.split("/");
  if (top !== "src") return undefined;
  // SvelteKit's hooks (src/hooks.server.ts) shape the pages as routes do.
  const layer =
    dir === "lib"
      ? name?.replace(/\.\w+$/, "")
      : dir?.startsWith("hooks.")
        ? "routes"
        : dir;
  return layer && layer in LAYERS ? layer : undefined;
}

/** "svelte" for "svelte/attachments", "@sveltejs/kit" for itself, "node" for "node:fs". */
function packageOf(specifier: string): string {
  if (specifier.startsWith("node:")) return "node";
  const parts = specifier.split("/");
  return parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

const STYLES = /\.css$/;

/** Every import that breaks the rule, one line each, naming the file, the import and the rule. */
export function layerViolations(
  modules: { file: string; imports: { specifier: string }[] }[],
): string[] {
  const wrong: string[] = [];
  for (const { file, imports } of modules) {
    const layer = layerOf(file);
    if (!layer) {
      wrong.push(
        `${file} is in no layer: add its folder to LAYERS in tests/architecture/layers.ts`,
      );
      continue;
    }
    const rule = LAYERS[layer]!;
    for (const { specifier } of imports) {
      const at = `${file} imports "${specifier}"`;
      if (STYLES.test(specifier)) continue;
      if (
        specifier.startsWith("$lib/") &&
        file.startsWith("src/lib/") &&
        file.endsWith(".ts")
      )
        wrong.push(
          `${at}: TypeScript files use relative imports, because the CLI runs under tsx, which has no $lib`,
        );
      if (!specifier.startsWith(".") && !specifier.startsWith("$lib/")) {
        const name = packageOf(specifier);
        if (!rule.packages.includes(name))
          wrong.push(`${at}: ${layer} may not use the package ${name}`);
        continue;
      }
      const target = specifier.startsWith("$lib/")
        ? posix.join("src/lib", specifier.slice(5))
        : posix.join(posix.dirname(file), specifier);
      const to = layerOf(target);
      if (to !== layer && !(to && rule.layers.includes(to)))
        wrong.push(
          `${at}: ${layer} may import ${rule.layers.join(", ") || "no other layer"}, not ${to ?? target}`,
        );
    }
  }
  return wrong;
}
