/**
 * A self-hosted option's monthly cost over its throughput estimate's error band. Fewer tokens a
 * second than estimated means more replicas, so the fleet is sized again at each throughput: the
 * staircase of whole replicas makes the cost move in steps, not in proportion. The card's band
 * takes the two ends; the Monte Carlo (./uncertainty.ts) draws where within the band each draw
 * falls.
 */
import { errorRange, regimeOf, type Regime } from "./error-bands";
import { selfHostCostModel } from "./option-cost";
import type { ReplicaEstimate } from "./replica";
import type { SelfHostOption, Workload } from "./types";

/** The regimes of the replica's two operating points: at the latency target, and full. */
export function replicaRegimes(replica: ReplicaEstimate): {
  interactive: Regime;
  offline: Regime;
} {
  const context = replica.setup.inputTokens + replica.setup.outputTokens;
  const capacity = replica.fit.maxConcurrency;
  return {
    interactive: regimeOf(context, replica.interactive.concurrency, capacity),
    offline: regimeOf(context, replica.offline.concurrency, capacity),
  };
}

/**
 * The field the estimator's error goes by, as a ranged input of a self-hosted option whose
 * throughput is estimated, not measured (./uncertainty.ts): measured / estimated tokens a second,
 * drawn triangular over throughputBand, most likely 1 (the estimate itself). Each draw scales the
 * replica's rates by it (replicaAtRatio) and sizes the fleet again, so every draw's cost lies
 * within the card's estimate band.
 */
export const THROUGHPUT_RATIO = "throughputRatio";

/**
 * The estimate's band as measured / estimated, [p10, p90], for the replica at its latency target
 * (the interactive regime): the span the Monte Carlo's throughput input is drawn from. Null for a
 * measured throughput, which carries no estimate's band.
 */
export function throughputBand(
  replica: ReplicaEstimate,
): [number, number] | null {
  return replica.measured
    ? null
    : errorRange(1, replicaRegimes(replica).interactive);
}

/**
 * The replica with its rates where the real throughput falls: the interactive rate times `ratio`
 * (measured / estimated, within throughputBand), the offline rate the same share of the way from
 * its estimate to its own regime's band end, so the band's two ends meet the two regimes' ends.
 */
export function replicaAtRatio(
  replica: ReplicaEstimate,
  ratio: number,
): ReplicaEstimate {
  const regimes = replicaRegimes(replica);
  const [low, high] = errorRange(1, regimes.interactive);
  const [offLow, offHigh] = errorRange(1, regimes.offline);
  const offline =
    ratio < 1
      ? 1 - ((1 - ratio) / (1 - low)) * (1 - offLow)
      : 1 + ((ratio - 1) / (high - 1)) * (offHigh - 1);
  return {
    ...replica,
    rates: {
      interactive: replica.rates.interactive * ratio,
      offline: replica.rates.offline * offline,
    },
  };
}

/**
 * [low, high] monthly cost at `volume`: low with every estimated rate at its band's top (p90 of
 * measured / estimated), high at its bottom (p10). Null for a measured throughput, which carries
 * no estimate's band.
 */
export function selfHostCostBand(
  option: SelfHostOption,
  workload: Workload,
  replica: ReplicaEstimate,
  volume: number,
): [number, number] | null {
  const ends = throughputBand(replica);
  if (!ends) return null;
  const costAt = (ratio: number) =>
    selfHostCostModel(option, workload, replicaAtRatio(replica, ratio)).totalAt(
      volume,
    );
  return [costAt(ends[1]), costAt(ends[0])];
}
