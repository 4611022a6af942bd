// src/routes/+layout.ts
var prerender = true;
export { prerender };
