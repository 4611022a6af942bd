

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.Cq_8Zs4k.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/C_4RGBze.js"];
export const stylesheets = [];
export const fonts = [];
