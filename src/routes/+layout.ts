// The whole site is static: every page is rendered at build time.
export const prerender = true;
// No page loads SvelteKit's client (src/routes/+page.ts says why), so SvelteKit builds none;
// scripts/vite-hydration.ts builds the calculator's script.
export const csr = false;
