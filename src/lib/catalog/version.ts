/**
 * The catalog's version is the date of its last change, written `YYYY.MM.DD`; shared links carry
 * it, so bump it whenever a catalog figure changes. A link's API prices are the price points in
 * effect at its catalog's date, which is why a changed price is never edited in place: it is
 * added as a new dated price point (see `PricePoint`), and old links keep their numbers.
 */
export const catalogVersion = "2026.12.01";

const VERSION = /^\d{4}\.\d{2}\.\d{2}$/;
const isoDate = (version: string) => version.replace(/\./g, "-");

/** The catalog version as the ISO date (`2026-11-29`) dated figures are compared with. */
export const catalogDate = isoDate(catalogVersion);

/**
 * The ISO date (`2026-07-01`) a catalog version (`2026.07.01`) stands for, or null when the text
 * is not one: wrong shape, or a day the calendar does not have.
 */
export function parseCatalogVersion(text: string): string | null {
  if (!VERSION.test(text)) return null;
  const iso = isoDate(text);
  const time = Date.parse(`${iso}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March rather than refusing it.
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(iso)
    ? iso
    : null;
}
