// The page is one calculator that never navigates in place: hydrate.ts hydrates it without
// SvelteKit's client router, which would add about 13 KB of gzipped JavaScript before the answer
// can follow a key. scripts/vite-hydration.ts builds hydrate.ts.
export const csr = false;
