/**
 * Every number and date the page and the command line show. Every figure goes through Intl so
 * separators and currency signs are right, and nothing ever prints NaN or Infinity. A figure too
 * large or too small for plain digits to say anything prints as "$1.71 × 10²⁶", never as a
 * 300-digit string; none prints as "-0".
 */

const LOCALE = "en-US";
const DASH = "—";
/** Intl's "-" only for a figure below zero: a negative zero, or a share that rounds to 0, has none. */
const signDisplay = "negative";

/**
 * Made on first use and kept: building an Intl formatter costs far more than calling one, and a
 * page should not build, while it loads, formats it may never show.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const numberFormat = (options: Intl.NumberFormatOptions) =>
  once(() => new Intl.NumberFormat(LOCALE, { signDisplay, ...options }));

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

/** The same styles in scientific notation, three significant digits. */
const scientificOf = (options: Intl.NumberFormatOptions) =>
  numberFormat({
    ...options,
    notation: "scientific",
    maximumSignificantDigits: 3,
  });
const usdScientific = scientificOf(USD);
const plainScientific = scientificOf({});
const percentScientific = scientificOf({ style: "percent" });

/**
 * Plain digits from the smallest magnitude up to (not including) the largest; outside, scientific.
 * $10¹⁵ is a quadrillion dollars, and 10⁻⁹ already takes nine zeros.
 */
const PLAIN = { smallest: 1e-9, largest: 1e15 };
/** Compact notation stops at T (trillions): past 999,999T it is scientific too. */
const COMPACT_LARGEST = 1e18;

const superscript = (digits: string) =>
  digits.replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[+d]!);

/** "1.71E26" as "1.71 × 10²⁶". */
function scientific(n: number, format: Intl.NumberFormat): string {
  return format
    .formatToParts(n)
    .map(({ type, value }) => {
      if (type === "exponentSeparator") return " × 10";
      if (type === "exponentMinusSign") return "⁻";
      if (type === "exponentInteger") return superscript(value);
      return value;
    })
    .join("");
}

/** Whether a nonzero figure is outside the magnitudes plain digits show well. */
const beyond = (n: number, largest = PLAIN.largest) =>
  n !== 0 && (Math.abs(n) >= largest || Math.abs(n) < PLAIN.smallest);

const shown = (n: number | null | undefined): n is number =>
  n !== null && n !== undefined && Number.isFinite(n);

/** Dollars: whole dollars from $100 up, cents below, three significant digits under a dollar. */
export function formatUsd(usd: number | null | undefined): string {
  if (!shown(usd)) return DASH;
  if (usd === 0) return usdWhole().format(0);
  if (beyond(usd)) return scientific(usd, usdScientific());
  // Rounded to cents first, so $99.999 shows as $100 rather than $100.00.
  const magnitude = Math.round(Math.abs(usd) * 100) / 100;
  if (magnitude >= 100) return usdWhole().format(usd);
  if (magnitude >= 1) return usdCents().format(usd);
  return usdSmall().format(usd);
}

/** 1,234,567 → "1.23M". */
export function formatCompact(n: number | null | undefined): string {
  if (!shown(n)) return DASH;
  if (beyond(n, COMPACT_LARGEST)) return scientific(n, plainScientific());
  return compact().format(n);
}

/** 0.712 → "71%". */
export function formatPercent(share: number | null | undefined): string {
  if (!shown(share)) return DASH;
  // A tiny share rounds to 0%, as a whole percent should.
  if (Math.abs(share * 100) >= PLAIN.largest)
    return scientific(share, percentScientific());
  return percent().format(share);
}

/** A plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (!shown(n)) return DASH;
  if (Math.abs(n) >= PLAIN.largest) return scientific(n, plainScientific());
  let format = plain.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      maximumFractionDigits: digits,
      signDisplay,
    });
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

const BINARY_UNITS = ["B", "KiB", "MiB", "GiB", "TiB"] as const;

/** A size in bytes, in powers of 1,024: 10,485,760 → "10 MiB", 1,536 → "1.5 KiB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (!shown(bytes)) return DASH;
  let size = bytes;
  let unit = 0;
  while (Math.abs(size) >= 1024 && unit < BINARY_UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${formatNumber(size, 1)} ${BINARY_UNITS[unit]}`;
}

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
  const digits = superscript(String(Math.abs(n)));
  return n < 0 ? `⁻${digits}` : digits;
}
