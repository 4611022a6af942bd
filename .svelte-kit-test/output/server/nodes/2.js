

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/2.BEOJy0Xm.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/COB8UZTd.js","_app/immutable/chunks/DclECHGd.js"];
export const stylesheets = [];
export const fonts = [];
