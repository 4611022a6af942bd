import { browser } from "$app/environment";
import { prepareFormats } from "../lib/format";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * In the browser, hydration waits two tasks after the page's scripts have run: running the modules,
 * starting the number formats (see prepareFormats) and hydrating the page are then three shorter
 * tasks, not one long one during which a slow phone cannot answer a tap or a key.
 */
export async function load() {
  if (!browser) return;
  await nextTask();
  prepareFormats();
  await nextTask();
}
