/**
 * What the result cards add once the page has hydrated, in one request: the notes under each
 * card's cost, and each card's break-even and 88% volumes.
 */
export { default as CardNotes } from "./CardNotes.svelte";
export { cardFigures } from "../present/card-figures";
