/**
 * Break-even volumes: every volume at which an option and the baseline swap places. A self-hosted
 * fleet's cost is a staircase (one more replica per step), so it can cross a per-token price line
 * many times. A log grid finds where the smooth trends meet; wherever the two costs come within a
 * step of each other, the stretch is halved until it holds few enough step edges to sample each
 * one, so crossings between steps are found; bisection then pins each crossing down. Set out at
 * /methodology#break-even.
 *
 * Every part of the search is bounded in steps whatever the inputs: edges are counted, never
 * stepped through one by one; one search evaluates the costs at most MAX_EVALUATIONS times, and
 * all the searches of one scenario together at most MAX_SCENARIO_EVALUATIONS times.
 */
import { bisectSignChange } from "./bisect";
import { LIMITS } from "./limits";
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

export interface CrossingSearch {
  /** In volume order. */
  crossings: Crossing[];
  /**
   * False when the list was cut: the pair crossed MAX_CROSSINGS times, or the two costs stayed
   * within a step of each other over so many steps that the search ran out of evaluations.
   */
  complete: boolean;
  /**
   * The volume the search reached: the top of the range when complete, else where it stopped.
   * Below it, every crossing is listed (up to MAX_CROSSINGS); above it, none are known.
   */
  searchedTo: number;
}

/**
 * Volumes searched for break-even points and savings targets: every volume the engine costs, so a
 * crossing far from today's volume is still found.
 */
export const SEARCH_RANGE: Readonly<VolumeRange> = {
  low: LIMITS.requestsPerMonth.min,
  high: LIMITS.requestsPerMonth.max,
};

/** Volumes sampled per tenfold of volume, before step edges are added. */
export const GRID_POINTS_PER_DECADE = 24;
/** A stretch holding at most this many step edges has every edge sampled; a longer one is halved. */
const EDGES_PER_STRETCH = 32;
/**
 * Crossings reported per pair at most. A price line that runs parallel to a staircase crosses it
 * at every step; past this many, the result says the list was cut.
 */
export const MAX_CROSSINGS = 100;
/**
 * Cost differences one search evaluates at most, bisections included. An ordinary pair needs a
 * few hundred; only costs that stay within a step of each other across thousands of steps come
 * near it, and the search then stops and says its list is incomplete.
 */
export const MAX_EVALUATIONS = 4_000;
/**
 * Cost differences all the searches of one scenario evaluate at most, bisections included. An
 * ordinary pair takes about 350 (the grid's 313 points and a bisection): fifty options, each
 * against the baseline at three prices (147 searches), get 408 each even if every one runs long.
 */
export const MAX_SCENARIO_EVALUATIONS = 60_000;
/** Evaluations a search may always use: what an ordinary pair takes. */
const ORDINARY_SEARCH = 400;
/**
 * How far past a step edge, relative to it, a sample sees the next replica: well above the fleet's
 * rounding tolerance (REPLICA_TOLERANCE in fleet.ts).
 */
const PAST_EDGE = 1e-7;

/**
 * The grid over SEARCH_RANGE, built once: every search of an evaluation spans it. A constant, not
 * a cache, so a search's result depends on its arguments alone.
 */
const SEARCH_GRID: readonly number[] = Object.freeze(
  logGrid(SEARCH_RANGE, GRID_POINTS_PER_DECADE),
);

function searchGrid(range: VolumeRange): readonly number[] {
  return range.low === SEARCH_RANGE.low && range.high === SEARCH_RANGE.high
    ? SEARCH_GRID
    : logGrid(range, GRID_POINTS_PER_DECADE);
}

export function logGrid(range: VolumeRange, perDecade: number): number[] {
  const decades = Math.log10(range.high / range.low);
  const count = Math.max(2, Math.ceil(decades * perDecade) + 1);
  return Array.from(
    { length: count },
    (_, i) => range.low * 10 ** ((decades * i) / (count - 1)),
  );
}

/** Width of a staircase's steps in requests a month; 0 for a cost without steps. */
function stepWidth(model: CostModel): number {
  const step = model.requestsPerReplica;
  return step && Number.isFinite(step) && step > 0 ? step : 0;
}

/**
 * A volume just past the step edge at `edge`: far enough for the fleet's rounding to add the
 * replica, and before the next edge.
 */
const pastEdge = (edge: number, step: number) =>
  edge + Math.min(edge * PAST_EDGE, step / 2);

/** Step edges of a staircase between `low` and `high`, about. */
function edgeCount(model: CostModel, low: number, high: number): number {
  const step = stepWidth(model);
  return step ? (high - low) / step : 0;
}

/**
 * The edges of a staircase inside (low, high), each with a volume just past it, appended to `out`.
 * Edges are counted, not stepped through: past 2^53 steps, where k + 1 === k, they cannot be told
 * apart, and none are given.
 */
function edgesIn(
  model: CostModel,
  low: number,
  high: number,
  out: number[],
): void {
  const step = stepWidth(model);
  if (!step) return;
  const first = Math.max(1, Math.ceil(low / step));
  const count = Math.min(
    Math.floor(high / step) - first + 1,
    EDGES_PER_STRETCH,
  );
  if (!Number.isSafeInteger(first + count)) return;
  for (let i = 0; i < count; i++) {
    const edge = (first + i) * step;
    for (const volume of [edge, pastEdge(edge, step)])
      if (volume > low && volume < high) out.push(volume);
  }
}

/** The height of a staircase's steps: what one more replica costs; 0 for a cost without steps. */
const stepHeight = (model: CostModel) =>
  stepWidth(model) ? Math.abs(model.replicaUsd ?? 0) : 0;

interface Point {
  volume: number;
  /** Option minus baseline. */
  gap: number;
  /**
   * Whether the costs are within a step of each other here. Between two points neither near nor
   * of opposite sign, the costs cannot cross: each is its trend plus less than one step.
   */
  near: boolean;
}

/**
 * Every volume in `range` where the option and the baseline swap places, in volume order (at most
 * MAX_CROSSINGS).
 */
export function findCrossings(
  option: CostModel,
  baseline: CostModel,
  range: VolumeRange,
): CrossingSearch {
  const { evaluations: _, ...found } = search(
    option,
    baseline,
    range,
    MAX_EVALUATIONS,
  );
  return found;
}

export interface Pair {
  option: CostModel;
  baseline: CostModel;
}

/**
 * The crossings of each pair, as `findCrossings` finds them, sharing MAX_SCENARIO_EVALUATIONS:
 * each search may use an equal share of what is left, so pairs that cross many times cannot
 * starve the rest, and many of them cannot add up to a hang. What an ordinary pair leaves of its
 * share goes to the searches after it.
 */
export function findAllCrossings(
  pairs: readonly Pair[],
  range: VolumeRange,
): CrossingSearch[] {
  let left = MAX_SCENARIO_EVALUATIONS;
  return pairs.map(({ option, baseline }, i) => {
    const share = Math.floor(left / (pairs.length - i));
    const budget = Math.min(MAX_EVALUATIONS, Math.max(ORDINARY_SEARCH, share));
    const { evaluations, ...found } = search(option, baseline, range, budget);
    left -= evaluations;
    return found;
  });
}

/** The search, evaluating the costs at most `budget` times; says how many it took. */
function search(
  option: CostModel,
  baseline: CostModel,
  range: VolumeRange,
  budget: number,
): CrossingSearch & { evaluations: number } {
  // Within a step of each other: then the costs may cross between two samples.
  const slack = stepHeight(option) + stepHeight(baseline);
  let evaluations = 0;
  const gapAt = (volume: number) => {
    evaluations++;
    return option.totalAt(volume) - baseline.totalAt(volume);
  };
  const pointAt = (volume: number): Point => {
    const gap = gapAt(volume);
    return { volume, gap, near: slack > 0 && Math.abs(gap) <= slack };
  };

  const crossings: Crossing[] = [];
  /** Set when the search stops with volumes left unsearched; nothing is recorded after. */
  let cut = false;
  const done = () => {
    if (crossings.length >= MAX_CROSSINGS || evaluations >= budget) cut = true;
    return cut;
  };
  let previous: { volume: number; sign: number } | null = null;
  let searchedTo = range.low;
  /** The walk in volume order: a sign change since the last sample is a crossing. */
  const visit = (volume: number, gap: number) => {
    if (cut) return;
    searchedTo = volume;
    const sign = Math.sign(gap);
    if (sign === 0) return;
    if (previous && sign !== previous.sign) {
      crossings.push({
        requestsPerMonth: bisectSignChange(
          gapAt,
          previous.volume,
          volume,
          budget - evaluations - 1,
        ),
        optionCheaperAbove: sign < 0,
      });
    }
    previous = { volume, sign };
  };

  /** Visits everything in (a, b], in order; `a` has been visited. */
  const refine = (a: Point, b: Point): void => {
    const quiet = Math.sign(a.gap) === Math.sign(b.gap) && !a.near && !b.near;
    if (quiet || done()) return visit(b.volume, b.gap);
    const edges =
      edgeCount(option, a.volume, b.volume) +
      edgeCount(baseline, a.volume, b.volume);
    const middle = (a.volume + b.volume) / 2;
    if (edges > EDGES_PER_STRETCH && middle > a.volume && middle < b.volume) {
      const m = pointAt(middle);
      refine(a, m);
      refine(m, b);
      return;
    }
    const samples: number[] = [];
    edgesIn(option, a.volume, b.volume, samples);
    edgesIn(baseline, a.volume, b.volume, samples);
    samples.sort((x, y) => x - y);
    for (const volume of samples) {
      if (done()) break;
      visit(volume, gapAt(volume));
    }
    visit(b.volume, b.gap);
  };

  let last: Point | null = null;
  for (const volume of searchGrid(range)) {
    if (done()) break;
    const point = pointAt(volume);
    if (last) refine(last, point);
    else visit(point.volume, point.gap);
    last = point;
  }
  const complete = !cut && crossings.length < MAX_CROSSINGS;
  return {
    crossings,
    complete,
    searchedTo: complete ? range.high : searchedTo,
    evaluations,
  };
}
