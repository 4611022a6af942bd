/**
 * Number formatting shared by the page and the command line. Every figure goes through Intl so
 * separators and currency signs are right, and nothing ever prints NaN or Infinity. A figure too
 * large or too small for plain digits to say anything prints as "$1.71 × 10²⁶", never as a
 * 300-digit string; none prints as "-0".
 */

/** Intl's "-" only for a figure below zero: a negative zero, or a share that rounds to 0, has none. */
const signDisplay = "negative";

const usd = (options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    signDisplay,
    ...options,
  });
const usdWhole = usd({ maximumFractionDigits: 0 });
const usdCents = usd({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdSmall = usd({
  minimumSignificantDigits: 2,
  maximumSignificantDigits: 3,
});
const compact = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumSignificantDigits: 3,
  signDisplay,
});
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  maximumFractionDigits: 0,
  signDisplay,
});

/** The same styles in scientific notation, three significant digits. */
const scientificOf = (options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat("en-US", {
    ...options,
    notation: "scientific",
    maximumSignificantDigits: 3,
    signDisplay,
  });
const usdScientific = scientificOf({ style: "currency", currency: "USD" });
const plainScientific = scientificOf({});
const percentScientific = scientificOf({ style: "percent" });

/**
 * Plain digits from the smallest magnitude up to (not including) the largest; outside, scientific.
 * $10¹⁵ is a quadrillion dollars, and 10⁻⁹ already takes nine zeros.
 */
const PLAIN = { smallest: 1e-9, largest: 1e15 };
/** Compact notation stops at T (trillions): past 999,999T it is scientific too. */
const COMPACT_LARGEST = 1e18;

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "1.71E26" as "1.71 × 10²⁶". */
function scientific(n: number, format: Intl.NumberFormat): string {
  return format
    .formatToParts(n)
    .map(({ type, value }) => {
      if (type === "exponentSeparator") return " × 10";
      if (type === "exponentMinusSign") return "⁻";
      if (type === "exponentInteger")
        return [...value].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("");
      return value;
    })
    .join("");
}

/** Whether a nonzero figure is outside the magnitudes plain digits show well. */
const beyond = (n: number, largest = PLAIN.largest) =>
  n !== 0 && (Math.abs(n) >= largest || Math.abs(n) < PLAIN.smallest);

const DASH = "—";

/** Dollars: whole dollars from $100 up, cents below, three significant digits under a dollar. */
export function formatUsd(usd: number | null | undefined): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return DASH;
  if (usd === 0) return usdWhole.format(0);
  if (beyond(usd)) return scientific(usd, usdScientific);
  // Rounded to cents first, so $99.999 shows as $100 rather than $100.00.
  const magnitude = Math.round(Math.abs(usd) * 100) / 100;
  if (magnitude >= 100) return usdWhole.format(usd);
  if (magnitude >= 1) return usdCents.format(usd);
  return usdSmall.format(usd);
}

/** 1,234,567 → "1.23M". */
export function formatCompact(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  if (beyond(n, COMPACT_LARGEST)) return scientific(n, plainScientific);
  return compact.format(n);
}

/** 0.712 → "71%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share))
    return DASH;
  // A tiny share rounds to 0%, as a whole percent should.
  if (Math.abs(share * 100) >= PLAIN.largest)
    return scientific(share, percentScientific);
  return percent.format(share);
}

/** Plain formats by their decimals, made once: a format costs far more to make than to use. */
const plainFormats = new Map<number, Intl.NumberFormat>();

/** A plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  if (Math.abs(n) >= PLAIN.largest) return scientific(n, plainScientific);
  let format = plainFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      maximumFractionDigits: digits,
      signDisplay,
    });
    plainFormats.set(digits, format);
  }
  return format.format(n);
}
