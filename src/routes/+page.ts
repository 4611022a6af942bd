// The page is one calculator that never navigates in place: hydrate.ts hydrates it without
// SvelteKit's client router, which would add about 13 KB of gzipped JavaScript before the answer
// can follow a key. The build adds hydrate.ts as an entry of its own (scripts/vite-hydration.ts).
export const csr = false;
