/**
 * Break-even volumes: every volume at which an option and the baseline swap places. A self-hosted
 * fleet's cost is a staircase (one more replica per step), so it can cross a per-token price line
 * many times; sampling at every step edge as well as on a log grid finds each crossing, and
 * bisection then pins it down. Set out at /methodology#break-even.
 */
import { bisectSignChange } from "./bisect";
import type { CostModel } from "./option-cost";

export interface VolumeRange {
  low: number;
  high: number;
}

export interface Crossing {
  requestsPerMonth: number;
  /** True when the option is cheaper than the baseline just above this volume. */
  optionCheaperAbove: boolean;
}

/** Volumes sampled per tenfold of volume, before step edges are added. */
export const GRID_POINTS_PER_DECADE = 24;
/** Step edges enumerated at most in one grid interval; finer steps than this are not told apart. */
const MAX_EDGES_PER_INTERVAL = 2_000;
/**
 * Crossings reported per pair at most. A price line that runs parallel to a staircase crosses it
 * at every step; past this many, the result says the list was cut.
 */
export const MAX_CROSSINGS = 100;
/** Just past a step edge, where the next replica has been added (well above the fleet's tolerance). */
const PAST_EDGE = 1 + 1e-7;

export function logGrid(range: VolumeRange, perDecade: number): number[] {
  const decades = Math.log10(range.high / range.low);
  const count = Math.max(2, Math.ceil(decades * perDecade) + 1);
  return Array.from(
    { length: count },
    (_, i) => range.low * 10 ** ((decades * i) / (count - 1)),
  );
}

/** Edges of a staircase within [low, high], each with a sample just past it. */
function edgesIn(model: CostModel, low: number, high: number): number[] {
  const step = model.requestsPerReplica;
  if (!step || !Number.isFinite(step)) return [];
  const first = Math.max(1, Math.ceil(low / step));
  const last = Math.min(
    Math.floor(high / step),
    first + MAX_EDGES_PER_INTERVAL - 1,
  );
  const edges: number[] = [];
  for (let k = first; k <= last; k++)
    edges.push(k * step, k * step * PAST_EDGE);
  return edges;
}

/** The cost one more replica adds near a volume: the height of the staircase's next step. */
function stepHeight(model: CostModel, volume: number): number {
  const step = model.requestsPerReplica;
  if (!step || !Number.isFinite(step)) return 0;
  const edge = Math.max(1, Math.ceil(volume / step)) * step;
  return model.at(edge * PAST_EDGE).totalUsd - model.at(edge).totalUsd;
}

/**
 * Every volume in `range` where the option and the baseline swap places, in volume order (at most
 * MAX_CROSSINGS). A log grid finds where the smooth trends meet; wherever the two costs come within
 * a step of each other, every step edge there is sampled too, so crossings between steps are found.
 */
export function findCrossings(
  option: CostModel,
  baseline: CostModel,
  range: VolumeRange,
): Crossing[] {
  const difference = (volume: number) =>
    option.at(volume).totalUsd - baseline.at(volume).totalUsd;
  const near = (volume: number, gap: number) =>
    Math.abs(gap) <=
    Math.max(stepHeight(option, volume), stepHeight(baseline, volume));

  const grid = logGrid(range, GRID_POINTS_PER_DECADE);
  const samples: number[] = [grid[0]!];
  for (let i = 1; i < grid.length; i++) {
    const a = grid[i - 1]!;
    const b = grid[i]!;
    const da = difference(a);
    const db = difference(b);
    if (Math.sign(da) !== Math.sign(db) || near(a, da) || near(b, db)) {
      samples.push(...edgesIn(option, a, b), ...edgesIn(baseline, a, b));
    }
    samples.push(b);
  }
  samples.sort((x, y) => x - y);

  const crossings: Crossing[] = [];
  let previous = {
    volume: samples[0]!,
    sign: Math.sign(difference(samples[0]!)),
  };
  for (const volume of samples.slice(1)) {
    if (volume > range.high || crossings.length >= MAX_CROSSINGS) break;
    const sign = Math.sign(difference(volume));
    if (sign !== 0 && previous.sign !== 0 && sign !== previous.sign) {
      crossings.push({
        requestsPerMonth: bisectSignChange(difference, previous.volume, volume),
        optionCheaperAbove: sign < 0,
      });
    }
    if (sign !== 0) previous = { volume, sign };
  }
  return crossings;
}
