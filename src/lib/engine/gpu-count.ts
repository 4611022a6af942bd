/**
 * How many GPUs hold one replica: 1, 2, 4 or 8 inside a server, then whole servers of 8. One
 * search serves `estimate --gpus auto`, a self-hosted option whose count is left automatic, and
 * the warnings that say which count would do when a typed one does not.
 */
import { MIN_DEFAULT_CONCURRENCY } from "./defaults";
import { GPUS_PER_NODE } from "./efficiency";
import { servingSetup } from "./replica";
import {
  largestBatchMeeting,
  memoryFit,
  type LatencyTarget,
  type ServingSetup,
} from "./serving";
import type { SelfHostOption, Workload } from "./types";

/** Largest replica searched: 64 servers. */
export const MAX_GPUS = 64 * GPUS_PER_NODE;

/** The counts a replica is built of, smallest first. */
export function replicaCounts(): number[] {
  const counts = [1, 2, 4];
  for (let g = GPUS_PER_NODE; g <= MAX_GPUS; g += GPUS_PER_NODE) counts.push(g);
  return counts;
}

/** What a count must give: room for `requests` full requests, and the latency target if one is set. */
export interface CountNeed {
  requests: number;
  /** Met when one request alone gets the speed and first-token wait asked for. */
  latency?: LatencyTarget;
}

/** The fewest GPUs giving what is needed; null if no count up to MAX_GPUS does. */
export function smallestCount(
  setup: Omit<ServingSetup, "gpus">,
  need: CountNeed,
): number | null {
  return (
    replicaCounts().find((gpus) => {
      const sized = { ...setup, gpus };
      if (memoryFit(sized).maxConcurrency < need.requests) return false;
      return !need.latency || largestBatchMeeting(sized, need.latency) !== null;
    }) ?? null
  );
}

/**
 * The count an option left automatic runs on: the fewest GPUs that hold MIN_DEFAULT_CONCURRENCY
 * full requests and meet the latency target. When no count meets the target, the fewest that
 * hold those requests (costed at batch 1, with a warning); when none holds them, the fewest that
 * hold one; when none holds one, the largest searched, on which the option says it does not fit.
 */
export function automaticCount(
  setup: Omit<ServingSetup, "gpus">,
  latency: LatencyTarget,
): number {
  const requests = MIN_DEFAULT_CONCURRENCY;
  return (
    smallestCount(setup, { requests, latency }) ??
    smallestCount(setup, { requests }) ??
    smallestCount(setup, { requests: 1 }) ??
    MAX_GPUS
  );
}

/** `automaticCount` for a self-hosted option under a workload. */
export function optionAutomaticCount(
  option: Omit<SelfHostOption, "label" | "gpusPerReplica">,
  workload: Workload,
): number {
  // The setup's own count is replaced at each count searched.
  const setup = servingSetup({ ...option, gpusPerReplica: 1 }, workload);
  return automaticCount(setup, workload.latency);
}
