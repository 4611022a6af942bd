/**
 * Number formatting shared by the page and the command line. Every figure goes through Intl so
 * separators and currency signs are right, and nothing ever prints NaN or Infinity.
 */

const usd = (options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
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
});
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  maximumFractionDigits: 0,
});

const DASH = "—";

/** Dollars: whole dollars from $100 up, cents below, three significant digits under a dollar. */
export function formatUsd(usd: number | null | undefined): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return DASH;
  if (usd === 0) return usdWhole.format(0);
  // Rounded to cents first, so $99.999 shows as $100 rather than $100.00.
  const magnitude = Math.round(Math.abs(usd) * 100) / 100;
  if (magnitude >= 100) return usdWhole.format(usd);
  if (magnitude >= 1) return usdCents.format(usd);
  return usdSmall.format(usd);
}

/** 1,234,567 → "1.23M". */
export function formatCompact(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return compact.format(n);
}

/** 0.712 → "71%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share))
    return DASH;
  return percent.format(share);
}

/** A plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return n.toLocaleString("en-US", { maximumFractionDigits: digits });
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};
const integer = new Intl.NumberFormat("en-US", {
  maximumFractionDigits: 0,
  useGrouping: false,
});

/**
 * An exponent to print after its base: −5 → "⁻⁵". Unicode has no superscript decimal point, so a
 * fractional exponent prints as "^4.5".
 */
export function formatExponent(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  if (!Number.isInteger(n)) return `^${formatNumber(n, 2)}`;
  return [...integer.format(n)].map((c) => SUPERSCRIPT[c] ?? c).join("");
}
