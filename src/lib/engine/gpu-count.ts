/**
 * The smallest replica that holds a model: 1, 2, 4 or 8 GPUs inside a server, then whole servers
 * of 8. Used by `estimate --gpus auto` and to say, when a model does not fit, which count would.
 */
import { GPUS_PER_NODE } from "./efficiency";
import { memoryFit, type ServingSetup } from "./serving";

/** Largest replica searched: 64 servers. */
const MAX_GPUS = 64 * GPUS_PER_NODE;

/** The counts a replica is built of, smallest first. */
export function replicaCounts(): number[] {
  const counts = [1, 2, 4];
  for (let g = GPUS_PER_NODE; g <= MAX_GPUS; g += GPUS_PER_NODE) counts.push(g);
  return counts;
}

/** The fewest GPUs on which at least `requests` full requests fit beside the weights; null if none up to 512. */
export function smallestFittingCount(
  setup: Omit<ServingSetup, "gpus">,
  requests = 1,
): number | null {
  return (
    replicaCounts().find(
      (gpus) => memoryFit({ ...setup, gpus }).maxConcurrency >= requests,
    ) ?? null
  );
}
