

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.CiR3zW5w.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/V6Yz5PMa.js"];
export const stylesheets = [];
export const fonts = [];
