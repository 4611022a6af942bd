/** Halvings at most: 200 take any span of doubles below the tolerance. */
const MAX_HALVINGS = 200;

/**
 * Finds where a function changes sign between `low` and `high` (whose values have opposite signs)
 * by bisection in log space, so a span of many decades converges as fast as a narrow one. Works on
 * step functions too: it then converges on the step. Calls `f` at most `maxHalvings` + 1 times
 * (not at all for none); cut short, it answers the upper end of the span it has narrowed to.
 */
export function bisectSignChange(
  f: (x: number) => number,
  low: number,
  high: number,
  maxHalvings = MAX_HALVINGS,
  relativeTolerance = 1e-9,
): number {
  if (maxHalvings < 1) return high;
  const lowSign = Math.sign(f(low));
  let a = low;
  let b = high;
  const halvings = Math.min(maxHalvings, MAX_HALVINGS);
  for (let i = 0; i < halvings && b - a > relativeTolerance * b; i++) {
    const mid = Math.sqrt(a * b);
    const m = mid > a && mid < b ? mid : (a + b) / 2;
    if (Math.sign(f(m)) === lowSign) a = m;
    else b = m;
  }
  return b;
}
