import { tick } from "svelte";

/**
 * After a notice closes or the scenarios change under the user's hands, focus goes to the open
 * scenario's tab rather than falling back to the top of the page.
 */
export async function focusOpenScenario() {
  await tick();
  document
    .querySelector<HTMLElement>('[data-testid="scenario-tabs"] [data-open]')
    ?.focus();
}
