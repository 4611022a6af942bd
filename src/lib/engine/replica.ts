/**
 * One replica of a self-hosted option under the scenario's workload: does the model fit, in which
 * layout, which batch meets the latency target, and how many requests a second the replica
 * completes. None of this depends on volume, so it is computed once per option and reused across
 * a volume sweep.
 */
import type { ReplicaRates } from "./fleet";
import {
  fittingPlans,
  largestBatchMeeting,
  planOf,
  servingPoint,
  type MemoryFit,
  type ServingPoint,
  type ServingSetup,
} from "./serving";
import { DEFAULT_STACK, stackEfficiency } from "./stacks";
import type { SelfHostOption, Workload } from "./types";

export interface ReplicaEstimate {
  setup: ServingSetup;
  /** The memory plan of the interactive point's layout. */
  fit: MemoryFit;
  /** The operating point for interactive traffic: at the latency target, or batch 1 when unreachable. */
  interactive: ServingPoint;
  latencyMet: boolean;
  /** The largest batch the KV cache holds: throughput for traffic that can wait. */
  offline: ServingPoint;
  rates: ReplicaRates;
  /** True when the user's measured throughput replaced the estimate. */
  measured: boolean;
}

export function servingSetup(
  option: Omit<SelfHostOption, "label">,
  workload: Workload,
): ServingSetup {
  return {
    model: option.model,
    gpu: option.gpu,
    gpus: option.gpusPerReplica,
    weights: option.weights,
    kv: option.kv,
    inputTokens: workload.inputTokens,
    outputTokens: workload.outputTokens * option.verbosity,
    cachedShare: workload.cachedShare,
    efficiency: {
      ...stackEfficiency(option.stack ?? DEFAULT_STACK),
      ...option.efficiency,
    },
  };
}

/** The replica's estimate, or null when the model (plus one request's KV cache) does not fit. */
export function estimateReplica(
  option: SelfHostOption,
  workload: Workload,
): ReplicaEstimate | null {
  const setup = servingSetup(option, workload);
  const plans = fittingPlans(setup);
  if (!plans.length) return null;
  const atTarget = largestBatchMeeting(setup, workload.latency, plans);
  const interactive = atTarget ?? servingPoint(setup, 1, plans)!;
  const offline = servingPoint(setup, Infinity, plans)!;
  const fit = planOf(plans, interactive);
  const measured = option.measuredOutputTokensPerSecond;
  const output = setup.outputTokens;
  const rates: ReplicaRates = measured
    ? { interactive: measured / output, offline: measured / output }
    : {
        interactive: interactive.outputTokensPerSecond / output,
        offline: offline.outputTokensPerSecond / output,
      };
  return {
    setup,
    fit,
    interactive,
    latencyMet: atTarget !== null,
    offline,
    rates,
    measured: !!measured,
  };
}
