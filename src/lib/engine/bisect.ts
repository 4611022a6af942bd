/**
 * Finds where a function changes sign between `low` and `high` (whose values have opposite signs)
 * by bisection in log space, so a span of many decades converges as fast as a narrow one. Works on
 * step functions too: it then converges on the step.
 */
export function bisectSignChange(
  f: (x: number) => number,
  low: number,
  high: number,
  relativeTolerance = 1e-9,
): number {
  const lowSign = Math.sign(f(low));
  let a = low;
  let b = high;
  // 200 halvings take any span of doubles below the tolerance; the cap guards against a loop.
  for (let i = 0; i < 200 && b - a > relativeTolerance * b; i++) {
    const mid = Math.sqrt(a * b);
    const m = mid > a && mid < b ? mid : (a + b) / 2;
    if (Math.sign(f(m)) === lowSign) a = m;
    else b = m;
  }
  return b;
}
