/**
 * What the result cards add once the page has hydrated (./card-extras.ts): the notes under each
 * card's cost, then, a task later, each card's break-even and 88% volumes. Shared through a
 * context, as the cards are a root of their own (./island.ts).
 */
import { createContext } from "svelte";

type Extras = typeof import("./card-extras");

export class CardExtras {
  notes = $state.raw<Extras["CardNotes"] | null>(null);
  figures = $state.raw<Extras["cardFigures"] | null>(null);

  /** Loads them: the notes, then the break-evens, in two tasks, not one. */
  load() {
    import("./card-extras").then((module) => {
      this.notes = module.CardNotes;
      setTimeout(() => (this.figures = module.cardFigures));
    });
  }
}

export const [getCardExtras, setCardExtras] = createContext<CardExtras>();
