import * as universal from '../entries/pages/methodology/_page.ts.js';

export const index = 3;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/methodology/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/methodology/+page.ts";
export const imports = ["_app/immutable/nodes/3.CILJx3d5.js","_app/immutable/chunks/yWlS6BGh.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/COB8UZTd.js","_app/immutable/chunks/C1rSYqvV.js"];
export const stylesheets = ["_app/immutable/assets/3.QTthsfBY.css"];
export const fonts = [];
