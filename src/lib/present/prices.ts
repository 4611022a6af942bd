/** Which of an API offer's dated prices a card is costed at, and whether it still applies. */
import { catalogDate, findApiOffer, priceAt, priceEnded } from "../catalog";
import { pricePointOf, type ApiForm } from "../scenario/form";

/**
 * "Priced at the list price (from 2026-12-01)", or for a price that has ended by the catalog's
 * date: "Priced at the introductory price (2026-11-16 to 2026-11-30), which has ended: the
 * price in effect now is the list price".
 */
export function priceNote(form: ApiForm, asOf = catalogDate): string | null {
  const offer = findApiOffer(form.offerId);
  const point = pricePointOf(form);
  if (!offer || !point) return null;
  const span = point.until
    ? `${point.asOf} to ${point.until}`
    : `from ${point.asOf}`;
  const priced = `Priced at the ${point.label} (${span})`;
  if (!priceEnded(point, asOf)) return `${priced}.`;
  return `${priced}, which has ended: the price in effect now is the ${priceAt(offer, asOf).label}.`;
}
