import adapter from "@sveltejs/adapter-static";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: { discloseVersion: false },
  kit: {
    // Every page is prerendered: the app is static files with no server.
    adapter: adapter({
      pages: "build",
      assets: "build",
      fallback: undefined,
      strict: true,
    }),
  },
};

export default config;
