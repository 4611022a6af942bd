/**
 * Each option as a function of monthly volume. The volume-independent work (prices chosen, the
 * replica estimated) happens once here; calling the returned model is cheap, so break-even sweeps
 * and charts can call it thousands of times.
 */
import type { TokenPrices } from "../catalog/types";
import { apiTrafficCost, cacheStorageUsd } from "./api-cost";
import {
  busyPerMonthlyRequest,
  fleetAt,
  replicasPerMonthlyRequest,
  type Fleet,
} from "./fleet";
import { estimateReplica, type ReplicaEstimate } from "./replica";
import { selfHostMonthlyCost } from "./self-host-cost";
import type {
  ApiOption,
  ApiPricing,
  CostOption,
  SelfHostOption,
  Workload,
} from "./types";

export interface CostLine {
  /** Stable key: `input`, `cached-input`, `output`, `gpu-rental`, `hardware`, `power`, … */
  key: string;
  usd: number;
}

export interface CostAtVolume {
  totalUsd: number;
  breakdown: CostLine[];
  fleet?: Fleet;
}

export interface CostModel {
  at(requestsPerMonth: number): CostAtVolume;
  /** `at(v).totalUsd` without the breakdown: what break-even searches call thousands of times. */
  totalAt(requestsPerMonth: number): number;
  /** Monthly requests one more replica serves; absent for per-token APIs. */
  requestsPerReplica?: number;
  /** Monthly cost one more replica adds: the height of each step; absent for per-token APIs. */
  replicaUsd?: number;
}

export type PriceCase = "low" | "mid" | "high";

/** The prices of a pricing at a case: a known price is the same at all three. */
export function pricesAt(
  pricing: ApiPricing,
  priceCase: PriceCase,
): TokenPrices {
  if (pricing.kind === "known") return pricing.prices;
  if (priceCase !== "mid") return pricing[priceCase];
  const mid = (key: keyof TokenPrices) =>
    (pricing.low[key] + pricing.high[key]) / 2;
  return {
    inputPerM: mid("inputPerM"),
    cachedInputPerM: mid("cachedInputPerM"),
    outputPerM: mid("outputPerM"),
  };
}

export function apiCostModel(
  option: ApiOption,
  workload: Workload,
  priceCase: PriceCase,
): CostModel {
  // Every request costs the same: price one, then scale (a sweep calls this thousands of times).
  // Cache storage is the month's, whatever the volume.
  const perRequest = apiTrafficCost(
    option,
    pricesAt(option.pricing, priceCase),
    {
      ...workload,
      requestsPerMonth: 1,
    },
  );
  const storage = cacheStorageUsd(option, workload);
  return {
    totalAt: (requestsPerMonth) =>
      perRequest.totalUsd * requestsPerMonth + storage,
    at(requestsPerMonth) {
      return {
        totalUsd: perRequest.totalUsd * requestsPerMonth + storage,
        breakdown: [
          {
            key: "input",
            usd: perRequest.breakdown.uncachedInputUsd * requestsPerMonth,
          },
          {
            key: "cached-input",
            usd: perRequest.breakdown.cachedInputUsd * requestsPerMonth,
          },
          {
            key: "cache-write",
            usd: perRequest.breakdown.cacheWriteUsd * requestsPerMonth,
          },
          {
            key: "output",
            usd: perRequest.breakdown.outputUsd * requestsPerMonth,
          },
          // Only where storage is priced, so other bills list what they did.
          ...(option.cacheStoragePerMHour === undefined
            ? []
            : [{ key: "cache-storage", usd: storage }]),
        ],
      };
    },
  };
}

const SELF_HOST_LINES = [
  ["gpu-rental", "gpuRentalUsd"],
  ["hardware", "hardwareUsd"],
  ["power", "powerUsd"],
  ["colocation", "colocationUsd"],
  ["engineers", "engineersUsd"],
  ["setup", "setupUsd"],
  ["other", "otherUsd"],
] as const;

export function selfHostCostModel(
  option: SelfHostOption,
  workload: Workload,
  replica: ReplicaEstimate,
): CostModel {
  const policy = { headroom: option.headroom, minReplicas: option.minReplicas };
  const replicasPerRequest = replicasPerMonthlyRequest(
    workload,
    replica.rates,
    policy,
  );
  const busyPerRequest = busyPerMonthlyRequest(workload, replica.rates);
  // Power for the work itself depends on the traffic, not on how many replicas share it: a replica
  // more adds its GPUs' fixed costs, which are what an idle fleet costs.
  const idleCost = (gpus: number) =>
    selfHostMonthlyCost(option, gpus, 0).totalUsd;
  const costAt = (requestsPerMonth: number) => {
    const fleet = fleetAt(
      requestsPerMonth,
      replicasPerRequest,
      busyPerRequest,
      policy,
    );
    const gpus = fleet.replicas * option.gpusPerReplica;
    return {
      fleet,
      cost: selfHostMonthlyCost(option, gpus, fleet.utilization),
    };
  };
  return {
    requestsPerReplica: 1 / replicasPerRequest,
    replicaUsd: idleCost(option.gpusPerReplica) - idleCost(0),
    totalAt: (requestsPerMonth) => costAt(requestsPerMonth).cost.totalUsd,
    at(requestsPerMonth) {
      const { fleet, cost } = costAt(requestsPerMonth);
      return {
        totalUsd: cost.totalUsd,
        breakdown: SELF_HOST_LINES.map(([key, field]) => ({
          key,
          usd: cost.breakdown[field],
        })),
        fleet,
      };
    },
  };
}

export interface PreparedOption {
  option: CostOption;
  replica: ReplicaEstimate | null;
  /** Cost models by price case; empty when the option cannot run. */
  models: Partial<Record<PriceCase, CostModel>>;
}

/**
 * An option's cost models by price case; none when a self-hosted model does not fit. `replica`,
 * when given, is this option's replica already estimated for this workload (only its costs
 * differ), so it is not estimated again.
 */
export function prepareOption(
  option: CostOption,
  workload: Workload,
  replica?: ReplicaEstimate | null,
): PreparedOption {
  if (option.kind === "api") {
    const cases: PriceCase[] =
      option.pricing.kind === "range" ? ["low", "mid", "high"] : ["mid"];
    const models = Object.fromEntries(
      cases.map((c) => [c, apiCostModel(option, workload, c)]),
    );
    return { option, replica: null, models };
  }
  const estimate =
    replica === undefined ? estimateReplica(option, workload) : replica;
  return {
    option,
    replica: estimate,
    models: estimate
      ? { mid: selfHostCostModel(option, workload, estimate) }
      : {},
  };
}

/** The cheapest option besides the baseline at a volume; -1 when no other can run. */
export function cheapestOther(
  prepared: readonly PreparedOption[],
  baselineIndex: number,
  volume: number,
): number {
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  prepared.forEach((p, i) => {
    const cost = p.models.mid?.at(volume).totalUsd;
    if (i !== baselineIndex && cost !== undefined && cost < bestCost) {
      best = i;
      bestCost = cost;
    }
  });
  return best;
}
