import * as universal from '../entries/pages/_layout.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/+layout.ts";
export const imports = ["_app/immutable/nodes/0.BH1QzXVT.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/yWlS6BGh.js","_app/immutable/chunks/Bhzej5M7.js"];
export const stylesheets = ["_app/immutable/assets/0.B4cUYgar.css"];
export const fonts = [];
