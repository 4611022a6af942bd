import * as universal from "../../../../src/routes/methodology/+page.ts";
export { universal };
export { default as component } from "../../../../src/routes/methodology/+page.svelte";