/**
 * How many replicas the traffic needs, and how busy they are. Interactive traffic must be served
 * at its busiest hour within the headroom target; traffic that can wait (batch) runs at the
 * replica's offline capacity in the troughs, so it only adds replicas once the troughs are full.
 * Worked through at /methodology#fleet.
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

/**
 * Relative tolerance for ceil: a fleet needing 3.0000000000001 replicas from rounding needs 3.
 * Break-even sampling steps further than this past each edge (see break-even.ts).
 */
const REPLICA_TOLERANCE = 1e-12;

/** Replica-equivalents of work per request a month: interactive at its batch, batch at full batch. */
export function busyPerMonthlyRequest(
  workload: Workload,
  rates: ReplicaRates,
): number {
  const perRequestRate = 1 / SECONDS_PER_MONTH;
  return (
    (perRequestRate * (1 - workload.batchShare)) / rates.interactive +
    (perRequestRate * workload.batchShare) / rates.offline
  );
}

/**
 * Replicas needed per request a month: the binding one of the interactive peak (kept within the
 * headroom target) and the month's total work (batch can run replicas full, since it can wait).
 * Replicas grow as ceil(volume × this), so it also locates the staircase's steps.
 */
export function replicasPerMonthlyRequest(
  workload: Workload,
  rates: ReplicaRates,
  policy: FleetPolicy,
): number {
  const interactive = (1 - workload.batchShare) / SECONDS_PER_MONTH;
  const forPeak =
    (interactive * workload.peakToAverage) /
    rates.interactive /
    policy.headroom;
  return Math.max(forPeak, busyPerMonthlyRequest(workload, rates));
}

/** A fleet at a volume, from the per-request rates (computed once for a sweep over volumes). */
export function fleetAt(
  volume: number,
  replicasPerRequest: number,
  busyPerRequest: number,
  policy: FleetPolicy,
): Fleet {
  const replicas = Math.max(
    policy.minReplicas,
    Math.ceil(volume * replicasPerRequest * (1 - REPLICA_TOLERANCE)),
    1,
  );
  const busyReplicas = volume * busyPerRequest;
  return {
    replicas,
    utilization: Math.min(1, busyReplicas / replicas),
    busyReplicas,
  };
}

export function sizeFleet(
  workload: Workload,
  rates: ReplicaRates,
  policy: FleetPolicy,
): Fleet {
  return fleetAt(
    workload.requestsPerMonth,
    replicasPerMonthlyRequest(workload, rates, policy),
    busyPerMonthlyRequest(workload, rates),
    policy,
  );
}
