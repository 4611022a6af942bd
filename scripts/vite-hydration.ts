/**
 * No page loads a SvelteKit client, so SvelteKit builds none (`csr = false` in
 * src/routes/+layout.ts says why): the calculator's script, src/routes/hydrate.ts, is
 * built by this plugin, into the folder and names where SvelteKit puts a client. Had SvelteKit
 * built its client too, with hydrate.ts as one more entry, its chunks would import Svelte's
 * runtime from the calculator's chunk, and the bundler would put the runtime's parts only they use
 * in that chunk as well (3.4 KB gzipped that the page loaded and never ran).
 * The plugin also gives the server a function that lists the files a page must load to run the
 * script, as `virtual:hydration-script`: the entry first, then the chunks it imports. The client
 * is built after the server, before SvelteKit prerenders the pages, so the function reads the
 * client's manifest when a page is rendered; the dev server serves the source file itself.
 */
import { resolve } from "node:path";
import {
  build,
  mergeConfig,
  type InlineConfig,
  type Manifest,
  type Plugin,
  type Rolldown,
} from "vite";

type RolldownOutput = Rolldown.RolldownOutput;

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

/** Where SvelteKit's client puts its files (kit.appDir is left at its default). */
const IMMUTABLE = "_app/immutable";

/**
 * `outDir`: SvelteKit's output folder (kit.outDir), where the client goes.
 * `client`: what the client's build needs besides its entry, chunks and file names (its plugins,
 * Svelte's among them, and its aliases), made afresh for each build.
 */
export function hydration(outDir: string, client: () => InlineConfig): Plugin {
  let module = "";
  let clientConfig: InlineConfig | null = null;
  return {
    name: "breakeven:hydration",
    configResolved(config) {
      const clientDir = resolve(config.root, outDir, "output/client");
      clientConfig =
        config.command === "build" && config.build.ssr
          ? mergeConfig(client(), {
              configFile: false,
              root: config.root,
              mode: config.mode,
              logLevel: config.logLevel,
              clearScreen: false,
              // Chunks load each other by paths relative to themselves, as SvelteKit's do.
              base: "./",
              // SvelteKit copies the static folder into the client itself.
              publicDir: false,
              build: {
                outDir: clientDir,
                emptyOutDir: true,
                manifest: true,
                sourcemap: config.build.sourcemap,
                rollupOptions: {
                  input: resolve(config.root, HYDRATION_ENTRY),
                  output: {
                    entryFileNames: `${IMMUTABLE}/entry/[name].[hash].js`,
                    chunkFileNames: `${IMMUTABLE}/chunks/[hash].js`,
                    assetFileNames: `${IMMUTABLE}/assets/[name].[hash][extname]`,
                    hoistTransitiveImports: false,
                  },
                },
              },
              worker: {
                rollupOptions: {
                  output: {
                    entryFileNames: `${IMMUTABLE}/workers/[name]-[hash].js`,
                    chunkFileNames: `${IMMUTABLE}/workers/chunks/[hash].js`,
                    assetFileNames: `${IMMUTABLE}/workers/assets/[name]-[hash][extname]`,
                    hoistTransitiveImports: false,
                  },
                },
              },
            } satisfies InlineConfig)
          : null;
      const manifest = resolve(clientDir, ".vite/manifest.json");
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
    // After the server's files are written, before SvelteKit's own step prerenders the pages.
    writeBundle: {
      sequential: true,
      order: "pre",
      async handler() {
        if (!clientConfig) return;
        const { runs, dropped } = await pageModules(clientConfig);
        await build(
          mergeConfig(clientConfig, {
            build: {
              rollupOptions: {
                // The bundler drops a module from a bundle only if its top-level code has no
                // effects: left out of the script's own, none need run before the script.
                treeshake: {
                  moduleSideEffects: (id: string) =>
                    dropped.has(id) ? false : undefined,
                },
                output: {
                  codeSplitting: {
                    includeDependenciesRecursively: false,
                    groups: [
                      {
                        name: (id: string) =>
                          runs.has(id)
                            ? "calculator"
                            : dropped.has(id)
                              ? "calculator-later"
                              : null,
                      },
                    ],
                  },
                },
              },
            },
          } satisfies InlineConfig),
        );
      },
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? module : null),
  };
}

/** A component's styles: no code in the bundle, but the page's stylesheet. */
const STYLE = /[?&]type=style\b|\.css$/;

/**
 * Which modules the script runs, and which it imports but does not run, found by bundling it alone
 * with every dynamic import left out: the bundler keeps the code of the first, and drops the
 * second whole (what they offer only the later parts use: Svelte's `$state.snapshot` and
 * `bind:this`, for one). The first go in one chunk, and nothing else does. Left alone, the bundler
 * splits that code by which later parts (workspace, charts, comparison) also use each module, into
 * several chunks that each compress worse and that the page must all load before its answer; one
 * chunk is one gzip stream and spares the names chunks import from each other. The second go in a
 * chunk of their own for the later parts: as the script imports them, the bundler would otherwise
 * put them in the script's chunk, since it places modules, not the parts of them a chunk uses.
 */
async function pageModules(
  config: InlineConfig,
): Promise<{ runs: Set<string>; dropped: Set<string> }> {
  const loaded: string[] = [];
  const output = await build(
    mergeConfig(config, {
      logLevel: "warn",
      build: {
        write: false,
        manifest: false,
        sourcemap: false,
        minify: false,
        rollupOptions: { output: { codeSplitting: false } },
      },
      plugins: [
        {
          name: "breakeven:hydration-script-alone",
          resolveDynamicImport: (specifier) => ({
            id: String(specifier),
            external: true,
          }),
          buildEnd() {
            loaded.push(...this.getModuleIds());
          },
        },
      ],
    } satisfies InlineConfig),
  );
  const runs = new Set<string>();
  for (const { output: files } of [output].flat() as RolldownOutput[])
    for (const file of files)
      if (file.type === "chunk")
        for (const [id, module] of Object.entries(file.modules))
          if (module.renderedLength > 0 || STYLE.test(id)) runs.add(id);
  return { runs, dropped: new Set(loaded.filter((id) => !runs.has(id))) };
}
