import type { Handle } from "@sveltejs/kit";
import hydrationFiles from "virtual:hydration-script";

/**
 * Runs as each page is prerendered. The calculator names its script and the chunks that script
 * imports in notes, which app.html's script turns into a module script and preloads once the page
 * has painted: on a slow phone, fetching and compiling the modules that hydration needs delayed
 * the first paint by about a quarter of a second (bench:ui), and the answer needs none of it.
 * Other pages load no JavaScript.
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      event.route.id === "/"
        ? html.replace("</head>", `${notes(hydrationFiles())}</head>`)
        : html,
  });

const notes = ([script, ...imports]: string[]) =>
  [
    `<meta name="script-after-paint" content="${script}">`,
    ...imports.map(
      (file) => `<meta name="preload-after-paint" content="${file}">`,
    ),
  ].join("\n");
