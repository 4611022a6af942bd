/**
 * Seeded randomness for the Monte Carlo: the same seed gives the same draws on every machine, in
 * the page, its worker and the CLI. Math.random is never used: it cannot be seeded.
 */

/** A Monte Carlo's draws unless told otherwise, and the most it may take (a few seconds' work). */
export const DEFAULT_DRAWS = 2_000;
export const MAX_DRAWS = 20_000;
export const DEFAULT_SEED = 1;
/** Seeds are the 32 bits the generator keeps. */
const MAX_SEED = 0xffffffff;

/**
 * What a Monte Carlo takes as its seed and its number of draws: whole numbers within these. The
 * engine, the link's reader, the CLI's flags and the page's inputs all check against them.
 */
export const SIMULATION_LIMITS = {
  seed: { min: 0, max: MAX_SEED, whole: true },
  draws: { min: 1, max: MAX_DRAWS, whole: true },
} as const;

/** Draws from [0, 1) with mulberry32: 32 bits of state, fast, and plenty for a few thousand draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DISTRIBUTIONS = ["triangular", "uniform", "log-uniform"] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** An uncertain number: its low, most likely and high values, and how it spreads between them. */
export interface Spread {
  low: number;
  likely: number;
  high: number;
  distribution: Distribution;
}

/**
 * The spread's value at quantile `u` (0–1), by its inverse distribution function. Uniform and
 * log-uniform ignore the most likely value; log-uniform needs a low above 0 (the caller checks).
 */
export function quantile(spread: Spread, u: number): number {
  const { low, likely, high } = spread;
  if (high <= low) return likely;
  switch (spread.distribution) {
    case "uniform":
      return low + u * (high - low);
    case "log-uniform":
      return low * (high / low) ** u;
    case "triangular": {
      const width = high - low;
      const split = (likely - low) / width;
      return u < split
        ? low + Math.sqrt(u * width * (likely - low))
        : high - Math.sqrt((1 - u) * width * (high - likely));
    }
  }
}

/**
 * The value below which a share `q` of sorted numbers lie, interpolating between neighbours, so
 * the 10th, 50th and 90th percentiles never cross.
 */
export function percentile(sorted: readonly number[], q: number): number {
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  const a = sorted[below]!;
  const b = sorted[above]!;
  // Equal neighbours give exactly their value, and rounding never lifts a value past its upper one.
  return a === b ? a : Math.min(b, a + (at - below) * (b - a));
}
