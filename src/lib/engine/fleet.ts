/**
 * How many replicas the traffic needs, and how busy they are. Interactive traffic must be served
 * at its busiest hour within the headroom target; traffic that can wait (batch) runs at the
 * replica's offline capacity in the troughs, so it only adds replicas once the troughs are full.
 */
import { SECONDS_PER_MONTH } from "./units";
import type { Workload } from "./types";

/** Requests per second one replica completes. */
export interface ReplicaRates {
  /** At the batch that meets the latency target. */
  interactive: number;
  /** At the largest batch (no latency target). */
  offline: number;
}

export interface FleetPolicy {
  /** Highest planned utilisation at the peak, 0–1. */
  headroom: number;
  minReplicas: number;
}

export interface Fleet {
  replicas: number;
  /** Served load over the fleet's capacity, 0–1. */
  utilization: number;
  /** Replica-equivalents of work the month's traffic needs on average. */
  busyReplicas: number;
}

/** A tolerance for ceil: a fleet needing 3.0000000001 replicas from rounding needs 3. */
const EPSILON = 1e-9;

/**
 * Replicas needed per request a month: the binding one of the interactive peak and the month's
 * total work. Replicas grow as ceil(volume × this), so it also locates the staircase's steps.
 */
export function replicasPerMonthlyRequest(
  workload: Workload,
  rates: ReplicaRates,
  policy: FleetPolicy,
): number {
  const perRequestRate = 1 / SECONDS_PER_MONTH;
  const interactive = perRequestRate * (1 - workload.batchShare);
  const batch = perRequestRate * workload.batchShare;
  const forPeak = (interactive * workload.peakToAverage) / rates.interactive;
  const forWork = interactive / rates.interactive + batch / rates.offline;
  return Math.max(forPeak, forWork) / policy.headroom;
}

/** Replica-equivalents of work per request a month (before headroom). */
function busyPerMonthlyRequest(
  workload: Workload,
  rates: ReplicaRates,
): number {
  const perRequestRate = 1 / SECONDS_PER_MONTH;
  return (
    (perRequestRate * (1 - workload.batchShare)) / rates.interactive +
    (perRequestRate * workload.batchShare) / rates.offline
  );
}

export function sizeFleet(
  workload: Workload,
  rates: ReplicaRates,
  policy: FleetPolicy,
): Fleet {
  const volume = workload.requestsPerMonth;
  const needed = volume * replicasPerMonthlyRequest(workload, rates, policy);
  const replicas = Math.max(policy.minReplicas, Math.ceil(needed - EPSILON), 1);
  const busyReplicas = volume * busyPerMonthlyRequest(workload, rates);
  return {
    replicas,
    utilization: Math.min(1, busyReplicas / replicas),
    busyReplicas,
  };
}
