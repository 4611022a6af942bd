/**
 * Keeps the catalog's prose out of the page's first JavaScript. Every catalog record carries its
 * `source` and `notes` — long strings that only the assumptions table shows. In a build, this
 * plugin drops those two properties from the catalog modules the page imports, and gives
 * `src/lib/catalog/provenance.ts` (written to the static provenance.json that the page fetches after
 * first paint) untouched copies of the same modules.
 * Tests, the dev server and the command line read the catalog as written.
 */
import type { Plugin } from "vite";
import { isNode, type Node } from "./estree-node.ts";

/** Catalog data modules; the types, the index and the provenance module are left as they are. */
const DATA_MODULE =
  /\/src\/lib\/catalog\/(?!types|index|provenance)[\w-]+\.ts$/;
/** The article's source is quoted under its figure on the page, so only its notes go. */
const ARTICLE_MODULE = /\/src\/lib\/catalog\/article\.ts$/;
const PROVENANCE_MODULE = /\/src\/lib\/catalog\/provenance\.ts$/;
const FULL = "?with-provenance";
const PROSE = new Set(["source", "notes"]);
const ARTICLE_PROSE = new Set(["notes"]);

/** Every `source: …` and `notes: …` property of an object literal, anywhere in the tree. */
function proseProperties(
  node: Node,
  prose: Set<string>,
  found: Node[] = [],
): Node[] {
  if (
    node.type === "Property" &&
    isNode(node.key) &&
    prose.has(String(node.key.name ?? node.key.value))
  ) {
    found.push(node);
    return found;
  }
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) proseProperties(child, prose, found);
    }
  }
  return found;
}

export function stripProse(
  code: string,
  program: Node,
  prose: Set<string> = PROSE,
): string {
  let out = code;
  for (const property of proseProperties(program, prose).sort(
    (a, b) => b.start - a.start,
  )) {
    const comma = /^\s*,/.exec(out.slice(property.end));
    out =
      out.slice(0, property.start) +
      out.slice(property.end + (comma?.[0].length ?? 0));
  }
  return out;
}

export function catalogProvenance(): Plugin[] {
  return [
    {
      // Before Vite's own resolver, which would otherwise hand provenance.ts the stripped modules.
      name: "breakeven:catalog-provenance-resolve",
      apply: "build",
      enforce: "pre",
      async resolveId(source, importer, options) {
        if (!importer || !PROVENANCE_MODULE.test(importer)) return null;
        const resolved = await this.resolve(source, importer, {
          ...options,
          skipSelf: true,
        });
        return resolved && DATA_MODULE.test(resolved.id)
          ? `${resolved.id}${FULL}`
          : null;
      },
    },
    {
      // After TypeScript is compiled away, so the module parses as JavaScript.
      name: "breakeven:catalog-provenance-strip",
      apply: "build",
      transform(code, id) {
        if (!DATA_MODULE.test(id)) return null;
        const prose = ARTICLE_MODULE.test(id) ? ARTICLE_PROSE : PROSE;
        return {
          code: stripProse(code, this.parse(code) as unknown as Node, prose),
          map: null,
        };
      },
    },
  ];
}
