/**
 * A range typed into a field as one value: "2–4", "2-4", "2 to 4", or with its most likely value
 * in the middle, "2–3–4". The field then stands for its most likely value (the midpoint unless
 * given) and the range goes to the Monte Carlo; its Range button moves the ends into the
 * field's range editor (components/RangeEditor.svelte, `startRange`).
 */
/**
 * Between two ends: a dash or "to". A hyphen only counts after a digit, a point or a k/M/B/T and
 * before a digit or a point, so "-3" and "1e-3" stay single numbers.
 */
const SEPARATOR = /\s*(?:[–—]|\s+to\s+|(?<=[\d.kKMBT])\s*-\s*(?=[\d.]))\s*/;

/** The ends as typed, or null when the text is not a range. */
export interface TypedEnds {
  low: string;
  likely?: string;
  high: string;
}

export function splitRange(text: string): TypedEnds | null {
  const parts = text.trim().split(SEPARATOR);
  if (parts.length === 2) return { low: parts[0]!, high: parts[1]! };
  if (parts.length === 3)
    return { low: parts[0]!, likely: parts[1]!, high: parts[2]! };
  return null;
}

/** What is wrong with three read ends, in words for beside the field; null when nothing is. */
export function endsProblem(
  low: number,
  likely: number,
  high: number,
): string | null {
  if (low > high) return "The low end must not be above the high end.";
  if (likely < low)
    return "The most likely value must not be below the low end.";
  if (likely > high)
    return "The most likely value must not be above the high end.";
  return null;
}
