/**
 * A self-hosted option's monthly cost at the two ends of its throughput estimate's error band.
 * Fewer tokens a second than estimated means more replicas, so the fleet is sized again at each
 * end: the staircase of whole replicas makes the cost move in steps, not in proportion.
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
  if (replica.measured) return null;
  const regimes = replicaRegimes(replica);
  const [slowInteractive, fastInteractive] = errorRange(
    replica.rates.interactive,
    regimes.interactive,
  );
  const [slowOffline, fastOffline] = errorRange(
    replica.rates.offline,
    regimes.offline,
  );
  const costWith = (interactive: number, offline: number) =>
    selfHostCostModel(option, workload, {
      ...replica,
      rates: { interactive, offline },
    }).totalAt(volume);
  return [
    costWith(fastInteractive, fastOffline),
    costWith(slowInteractive, slowOffline),
  ];
}
