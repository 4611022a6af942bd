import type { Handle } from "@sveltejs/kit";

/**
 * Runs as each page is prerendered. The pages preload no JavaScript: on a slow phone, fetching and
 * compiling the ~58 KB of modules that hydration needs, announced in the head, delayed the first
 * paint by about a quarter of a second (bench:ui), and the answer needs none of it. The modules
 * load from the page's own script at the end of the body instead.
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { preload: ({ type }) => type !== "js" });
