/**
 * Break-even volumes: every volume at which an option and the baseline swap places. A self-hosted
 * fleet's cost is a staircase (one more replica per step), so it can cross a per-token price line
 * many times; sampling at every step edge as well as on a log grid finds each crossing, and
 * bisection then pins it down.
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

const GRID_POINTS_PER_DECADE = 24;
/** Above this many steps in range, edges are too dense to matter one by one; the grid suffices. */
const MAX_STEP_EDGES = 20_000;
/** Just past a step edge, where the next replica has been added. */
const PAST_EDGE = 1 + 1e-9;

export function logGrid(range: VolumeRange, perDecade: number): number[] {
  const decades = Math.log10(range.high / range.low);
  const count = Math.max(2, Math.ceil(decades * perDecade) + 1);
  return Array.from(
    { length: count },
    (_, i) => range.low * 10 ** ((decades * i) / (count - 1)),
  );
}

function stepEdges(model: CostModel, range: VolumeRange): number[] {
  const step = model.requestsPerReplica;
  if (!step || !Number.isFinite(step)) return [];
  const first = Math.ceil(range.low / step);
  const last = Math.floor(range.high / step);
  if (last - first + 1 > MAX_STEP_EDGES) return [];
  const edges: number[] = [];
  for (let k = Math.max(first, 1); k <= last; k++)
    edges.push(k * step, k * step * PAST_EDGE);
  return edges;
}

export function findCrossings(
  option: CostModel,
  baseline: CostModel,
  range: VolumeRange,
): Crossing[] {
  const difference = (volume: number) =>
    option.at(volume).totalUsd - baseline.at(volume).totalUsd;
  const volumes = [
    ...logGrid(range, GRID_POINTS_PER_DECADE),
    ...stepEdges(option, range),
    ...stepEdges(baseline, range),
  ]
    .filter((volume) => volume >= range.low && volume <= range.high)
    .sort((a, b) => a - b);

  const crossings: Crossing[] = [];
  let previous = {
    volume: volumes[0] ?? range.low,
    sign: Math.sign(difference(volumes[0] ?? range.low)),
  };
  for (const volume of volumes.slice(1)) {
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
