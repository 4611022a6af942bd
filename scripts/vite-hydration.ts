/**
 * The calculator page loads no SvelteKit client (src/routes/+page.ts says why): its script is
 * src/routes/hydrate.ts. This plugin adds that file to SvelteKit's client build as an entry, and
 * gives the server a function that lists the files a page must load to run it, as
 * `virtual:hydration-script`: the entry first, then the chunks it imports. SvelteKit builds the
 * server before the client, so in a build the function reads the client's manifest when the pages
 * are prerendered, after both; the dev server serves the source file itself.
 */
import { resolve } from "node:path";
import type { Manifest, Plugin } from "vite";

export const HYDRATION_ENTRY = "src/routes/hydrate.ts";
const VIRTUAL = "virtual:hydration-script";
const RESOLVED = `\0${VIRTUAL}`;

/** The entry's file and every chunk it imports statically, as paths under the client's output. */
export function hydrationFiles(manifest: Manifest, entry: string): string[] {
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the client build's manifest`);
    if (files.includes(chunk.file)) return;
    files.push(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  return files;
}

/** `outDir`: SvelteKit's output folder (kit.outDir), where the client's manifest is written. */
export function hydration(outDir: string): Plugin {
  let module = "";
  let entry = "";
  let clientBuild = false;
  return {
    name: "breakeven:hydration",
    configResolved(config) {
      clientBuild = config.command === "build" && !config.build.ssr;
      entry = resolve(config.root, HYDRATION_ENTRY);
      const manifest = resolve(
        config.root,
        outDir,
        "output/client/.vite/manifest.json",
      );
      module =
        config.command === "serve"
          ? `export default () => ${JSON.stringify([`/${HYDRATION_ENTRY}`])};`
          : [
              `import { readFileSync } from "node:fs";`,
              `import { hydrationFiles } from ${JSON.stringify(resolve(config.root, "scripts/vite-hydration.ts"))};`,
              // Read when a page is rendered: SvelteKit also loads the server's modules to analyse
              // them before the client is built. The calculator is the site's root page, so its
              // files are under "./".
              `export default () => hydrationFiles(JSON.parse(readFileSync(${JSON.stringify(manifest)}, "utf8")), ${JSON.stringify(HYDRATION_ENTRY)}).map((file) => "./" + file);`,
            ].join("\n");
    },
    buildStart() {
      if (clientBuild) this.emitFile({ type: "chunk", id: entry });
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? module : null),
  };
}
