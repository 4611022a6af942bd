import adapter from "@sveltejs/adapter-static";

/**
 * Where a build goes. The tests build the site into folders of their own, so that `npm test`
 * never replaces the files a running `npm start` serves (`vite preview` serves the
 * .svelte-kit/output it found at start).
 */
export const BUILDS = {
  site: { kit: ".svelte-kit", pages: "build" },
  tests: { kit: ".svelte-kit-test", pages: "build-test" },
};
/** Set to 1 (tests/site-setup.ts does) to build into BUILDS.tests. */
export const TEST_BUILD = "BREAKEVEN_TEST_BUILD";

const { kit, pages } = process.env[TEST_BUILD] ? BUILDS.tests : BUILDS.site;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: { discloseVersion: false },
  kit: {
    outDir: kit,
    // Every page is prerendered: the app is static files with no server.
    adapter: adapter({
      pages,
      assets: pages,
      fallback: undefined,
      strict: true,
    }),
  },
};

export default config;
