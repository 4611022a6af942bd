/**
 * Every number and date the page and the command line show. Every figure goes through Intl so
 * separators and currency signs are right, and nothing ever prints NaN or Infinity.
 */

const LOCALE = "en-US";
const DASH = "—";

/**
 * Made on first use and kept: building an Intl formatter costs far more than calling one, and a
 * page should not build, while it loads, formats it may never show.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const numberFormat = (options: Intl.NumberFormatOptions) =>
  once(() => new Intl.NumberFormat(LOCALE, options));

const USD = { style: "currency", currency: "USD" } as const;
const usdWhole = numberFormat({ ...USD, maximumFractionDigits: 0 });
const usdCents = numberFormat({
  ...USD,
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usdSmall = numberFormat({
  ...USD,
  minimumSignificantDigits: 2,
  maximumSignificantDigits: 3,
});
const compact = numberFormat({
  notation: "compact",
  maximumSignificantDigits: 3,
});
const percent = numberFormat({ style: "percent", maximumFractionDigits: 0 });
const significant = numberFormat({ maximumSignificantDigits: 7 });
/** Plain numbers: one formatter per number of decimals asked for. */
const plain = new Map<number, Intl.NumberFormat>();
const day = once(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/**
 * Builds the number formats ahead of use. The first Intl formatter a page builds starts the
 * browser's ICU (tens of milliseconds on a slow phone); the page calls this in a task of its own
 * before hydrating, so that cost does not lengthen hydration's task.
 */
export function prepareFormats(): void {
  for (const make of [usdWhole, usdCents, usdSmall, compact, percent]) make();
}

const shown = (n: number | null | undefined): n is number =>
  n !== null && n !== undefined && Number.isFinite(n);

/** Dollars: whole dollars from $100 up, cents below, three significant digits under a dollar. */
export function formatUsd(usd: number | null | undefined): string {
  if (!shown(usd)) return DASH;
  if (usd === 0) return usdWhole().format(0);
  // Rounded to cents first, so $99.999 shows as $100 rather than $100.00.
  const magnitude = Math.round(Math.abs(usd) * 100) / 100;
  if (magnitude >= 100) return usdWhole().format(usd);
  if (magnitude >= 1) return usdCents().format(usd);
  return usdSmall().format(usd);
}

/** 1,234,567 → "1.23M". */
export function formatCompact(n: number | null | undefined): string {
  return shown(n) ? compact().format(n) : DASH;
}

/** 0.712 → "71%". */
export function formatPercent(share: number | null | undefined): string {
  return shown(share) ? percent().format(share) : DASH;
}

/** A plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (!shown(n)) return DASH;
  let format = plain.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits });
    plain.set(digits, format);
  }
  return format.format(n);
}

/** A calendar day as a reader says it: `2026-07-01` → "1 July 2026". */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? DASH : day().format(date);
}

/** A value typed as a percent: 12.5 → "12.5%". */
export const formatPercentValue = (n: number | null | undefined) =>
  `${formatNumber(n, 2)}%`;

/** A factor: 1.5 → "1.5×". */
export const formatTimes = (n: number | null | undefined) =>
  `${formatNumber(n, 3)}×`;

/** A quantity with its unit: (1500, "tokens") → "1,500 tokens". */
export const formatWithUnit =
  (unit: string) => (n: number | null | undefined) =>
    `${formatNumber(n, 3)} ${unit}`;

/** A limit as a message states it, to seven significant digits: 3.8e-7 → "0.00000038". */
export function formatSignificant(n: number | null | undefined): string {
  return shown(n) ? significant().format(n) : DASH;
}

/**
 * An exponent to print after its base: −5 → "⁻⁵". Unicode has no superscript decimal point, so a
 * fractional exponent prints as "^4.5".
 */
export function formatExponent(n: number | null | undefined): string {
  if (!shown(n)) return DASH;
  if (!Number.isInteger(n)) return `^${formatNumber(n, 2)}`;
  const digits = String(Math.abs(n)).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[+d]!);
  return n < 0 ? `⁻${digits}` : digits;
}
