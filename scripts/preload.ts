/**
 * What runs in the browser before each part the calculator loads later (scripts/vite-preload.ts
 * puts it in place of Vite's own): the part's chunk would only discover the chunks it imports once
 * it is fetched and parsed, a round trip each on a slow link, so they are asked for at once; and
 * its stylesheets load before the part renders, so that it never shows unstyled. A stylesheet
 * the page already links (SvelteKit marks each one it inlined with such a link) is not fetched.
 */
const pending = new Map<string, Promise<unknown>>();

/** Fetches one chunk or stylesheet once; the promise settles when a stylesheet has loaded. */
function fetchOnce(href: string): Promise<unknown> {
  let done = pending.get(href);
  if (!done) {
    done = fetchFile(href);
    pending.set(href, done);
  }
  return done;
}

function fetchFile(href: string): Promise<unknown> {
  const css = href.endsWith(".css");
  const linked = [...document.querySelectorAll("link")].some(
    (link) => link.href === href,
  );
  if (linked) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = css ? "stylesheet" : "modulepreload";
  link.href = href;
  // A stylesheet that fails to load leaves the part unstyled but working.
  const loaded = new Promise((settle) => {
    link.onload = link.onerror = settle;
  });
  document.head.append(link);
  return css ? loaded : Promise.resolve();
}

/**
 * `load` imports the part; `files` are the chunks and stylesheets it needs, relative to
 * `importer`, the URL of the chunk that imports it. Vite calls it by this name.
 */
export function __vitePreload<T>(
  load: () => Promise<T>,
  files: string[] | undefined,
  importer: string,
): Promise<T> {
  return Promise.all(
    (files ?? []).map((file) => fetchOnce(new URL(file, importer).href)),
  ).then(load);
}
