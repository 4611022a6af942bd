/**
 * How far a throughput estimate may be from what a server measures, by the regime it falls in:
 * p10–p90 of measured / estimated over the published measurements, each predicted by a fit that
 * never saw its source (leave-one-source-out, `npm run calibrate`). docs/calibration.md has the
 * figures behind them.
 */
export type Regime =
  "batch1-decode" | "moderate-concurrency" | "offline-max" | "long-context";

/** What `npm run calibrate` reported for the parameters in efficiency.ts and stacks.ts. */
export const CALIBRATION = {
  points: 131,
  sources: 28,
  inSampleMedianError: 0.129,
  leaveOneSourceOutMedianError: 0.168,
  leaveOneSourceOutWithin50: 0.86,
} as const;

/** Measured over estimated, [p10, p90]; from `npm run calibrate`. */
const ERROR_BANDS: Readonly<Record<Regime, readonly [number, number]>> = {
  "batch1-decode": [0.92, 1.34],
  "moderate-concurrency": [0.7, 1.25],
  "offline-max": [0.62, 1.26],
  "long-context": [0.72, 1.36],
};

/** A context at least this long is the long-context regime. */
const LONG_CONTEXT_TOKENS = 8000;

/** The regime of an operating point: its context, and its batch against the KV capacity. */
export function regimeOf(
  contextTokens: number,
  batch: number,
  maxConcurrency: number,
): Regime {
  if (contextTokens >= LONG_CONTEXT_TOKENS) return "long-context";
  if (batch >= maxConcurrency) return "offline-max";
  return batch <= 1 ? "batch1-decode" : "moderate-concurrency";
}

/** The span a figure estimated at `value` may truly take, [low, high]. */
export function errorRange(value: number, regime: Regime): [number, number] {
  const [low, high] = ERROR_BANDS[regime];
  return [value * low, value * high];
}

/** The band as one "±N%" figure: the wider side. */
export function errorPercent(regime: Regime): number {
  const [low, high] = ERROR_BANDS[regime];
  return Math.max(1 - low, high - 1);
}
