

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.C3SM3LjN.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/DPJene_h.js"];
export const stylesheets = [];
export const fonts = [];
