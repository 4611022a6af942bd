/**
 * Expected maximum of g independent Poisson(λ) counts: Σ_{j≥0} (1 − F_λ(j)^g). The serving
 * estimator uses it for the busiest attention rank when prompts land on g ranks at random.
 */

/** ln(n!) by Stirling's series beyond 20 (error below 1e-10), exactly below. */
function logFactorial(n: number): number {
  if (n < 20) {
    let s = 0;
    for (let i = 2; i <= n; i++) s += Math.log(i);
    return s;
  }
  return (
    n * Math.log(n) -
    n +
    0.5 * Math.log(2 * Math.PI * n) +
    1 / (12 * n) -
    1 / (360 * n ** 3)
  );
}

const TAIL = 1e-9;

/**
 * Above this mean the excess over λ grows as √λ (the counts are near normal), so it is scaled
 * from its value here rather than summed over O(√λ) terms.
 */
const NORMAL_FROM = 50;

export function maxOfPoissons(lambda: number, g: number): number {
  if (lambda <= 0) return 0;
  if (g <= 1) return lambda;
  if (lambda > NORMAL_FROM)
    return (
      lambda +
      (summed(NORMAL_FROM, g) - NORMAL_FROM) * Math.sqrt(lambda / NORMAL_FROM)
    );
  return summed(lambda, g);
}

function summed(lambda: number, g: number): number {
  // Below λ − 12√λ the CDF is below 1e-30: each of those terms is 1.
  const start = Math.max(0, Math.floor(lambda - 12 * Math.sqrt(lambda)));
  let pmf = Math.exp(-lambda + start * Math.log(lambda) - logFactorial(start));
  // The CDF below `start` is negligible.
  let cdf = 0;
  let sum = start;
  for (let j = start; ; j++) {
    cdf += pmf;
    const term = 1 - Math.min(1, cdf) ** g;
    sum += term;
    if (term < TAIL && j > lambda) return sum;
    pmf *= lambda / (j + 1);
  }
}
