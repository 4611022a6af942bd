// Svelte's element types do not know HTML's `blocking` attribute yet (render-blocking, used by
// the calculator page's head). A module, so that this adds to svelte/elements' types.
export {};

declare module "svelte/elements" {
  interface HTMLLinkAttributes {
    blocking?: "render" | null;
  }
}
