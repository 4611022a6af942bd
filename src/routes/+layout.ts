// The whole site is static: every page is rendered at build time.
export const prerender = true;
// No page loads SvelteKit's client, so SvelteKit builds none. The methodology is text and tables
// computed at build time; the calculator is one page that never navigates in place, and
// src/routes/hydrate.ts hydrates it without SvelteKit's client router, which would add about 13 KB
// of gzipped JavaScript before the answer can follow a key. scripts/vite-hydration.ts builds that
// script.
export const csr = false;
