/**
 * Everything the page needs for its link — the state, the address-bar sync and the two controls —
 * in one module, so it loads after the answer in a single request.
 */
export { default as CopyLinkButton } from "./CopyLinkButton.svelte";
export { default as LinkProblemBanner } from "./LinkProblemBanner.svelte";
export { default as LinkSync } from "./LinkSync.svelte";
export { ShareLink } from "../state/share-link.svelte";
