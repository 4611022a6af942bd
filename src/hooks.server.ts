import type { Handle } from "@sveltejs/kit";

/** Kit's preload of a module, as it writes it into the head. */
const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/**
 * Runs as each page is prerendered. The head announces no script to preload: on a slow phone,
 * fetching and compiling the ~59 KB of modules that hydration needs delayed the first paint by
 * about a quarter of a second (bench:ui), and the answer needs none of it. Each preload becomes a
 * note that app.html's script turns back into a preload once the page has painted, so that the
 * modules still arrive together rather than one import after another.
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace(
        MODULE_PRELOAD,
        '<meta name="preload-after-paint" content="$1">',
      ),
  });
