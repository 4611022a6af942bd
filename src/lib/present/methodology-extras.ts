/**
 * The figures the methodology page reads beyond one month's cost: the break-even search, an
 * unannounced price range, the article's 88% solved for, cumulative cost with owned hardware's
 * payback, and the serving estimator's efficiency factors.
 */
import { articleSaving, findApiOffer } from "../catalog";
import {
  GRID_POINTS_PER_DECADE,
  MAX_CROSSINGS,
  MAX_EVALUATIONS,
  MAX_SCENARIO_EVALUATIONS,
  SEARCH_RANGE,
} from "../engine/break-even";
import { cumulativeCosts } from "../engine/curves";
import {
  calibratedEfficiency,
  GPUS_PER_NODE,
  INTER_NODE_GBS,
} from "../engine/efficiency";
import { evaluateValid, type ScenarioResult } from "../engine/evaluate";
import { prepareOption } from "../engine/option-cost";
import type { Scenario, SelfHostOption } from "../engine/types";
import { apiForm, defaultOptions, defaultWorkload } from "../scenario/defaults";
import { readScenario } from "../scenario/read";
import { articleComparison } from "./article";
import { CUMULATIVE_MONTHS } from "./charts";
import { MS, NS, US } from "./steps";

export function breakEven(
  scenario: Scenario,
  result: ScenarioResult,
  self: SelfHostOption,
) {
  const { workload } = scenario;
  const baseline = scenario.options.find((o) => o.id === scenario.baselineId)!;
  const selfModel = prepareOption(self, workload).models.mid;
  const baseModel = prepareOption(baseline, workload).models.mid;
  const width = selfModel?.requestsPerReplica ?? Number.NaN;
  const { low, high } = result.sweep;
  return {
    sweepLow: low,
    sweepHigh: high,
    pointsPerDecade: GRID_POINTS_PER_DECADE,
    maxCrossings: MAX_CROSSINGS,
    maxEvaluations: MAX_EVALUATIONS,
    maxScenarioEvaluations: MAX_SCENARIO_EVALUATIONS,
    requestsPerReplica: width,
    stepEdges:
      Math.floor(high / width) - Math.max(1, Math.ceil(low / width)) + 1,
    crossings: result.breakEven
      .filter((b) => b.optionId === self.id && b.priceCase === "mid")
      .map((b, i) => ({
        ...b,
        number: i + 1,
        optionUsd: selfModel?.at(b.requestsPerMonth).totalUsd ?? Number.NaN,
        baselineUsd: baseModel?.at(b.requestsPerMonth).totalUsd ?? Number.NaN,
      })),
  };
}

/** An offer whose launch price was never announced, and the estimate the catalog gives it. */
const UNANNOUNCED = {
  offerId: "muse-spark",
  pricePoint: "launch (price unannounced)",
};

/** That offer at launch: its price range and the default workload's cost at each end. */
export function priceRange() {
  const launch = apiForm("launch", UNANNOUNCED.offerId, UNANNOUNCED.pricePoint);
  const { scenario } = readScenario(
    defaultWorkload(),
    [launch, defaultOptions()[1]!],
    "launch",
  );
  const option = scenario?.options[0];
  const evaluated = scenario && evaluateValid(scenario);
  const result = evaluated?.ok ? evaluated.value.options[0] : undefined;
  if (option?.kind !== "api" || option.pricing.kind !== "range") return null;
  if (!result?.monthlyCostRange) return null;
  return {
    model: findApiOffer(UNANNOUNCED.offerId)?.model ?? option.label,
    prices: { low: option.pricing.low, high: option.pricing.high },
    low: result.monthlyCostRange.low,
    mid: result.monthlyCostUsd!,
    high: result.monthlyCostRange.high,
  };
}

export function article(scenario: Scenario, result: ScenarioResult) {
  return {
    target: articleComparison(scenario, result)?.target ?? null,
    share: articleSaving.share,
    /** What the fleet may cost, as a share of the API, to save that much. */
    costShare: 1 - articleSaving.share,
    searchedFrom: SEARCH_RANGE.low,
    /** The top of the search as a power of ten, in the page's formula notation: "10^13". */
    searchedUpTo: `10^${Math.log10(SEARCH_RANGE.high)}`,
  };
}

/** Cumulative cost of the baseline and of the self-hosted option bought instead of rented. */
export function cumulative(scenario: Scenario, owned: SelfHostOption) {
  const withOwned: Scenario = {
    ...scenario,
    options: scenario.options.map((o) => (o.id === owned.id ? owned : o)),
  };
  const costs = cumulativeCosts(withOwned, CUMULATIVE_MONTHS);
  const of = (id: string) => {
    const { usd } = costs.find((c) => c.optionId === id)!;
    return {
      usd,
      upfront: usd[0]!,
      monthly: usd[1]! - usd[0]!,
      total: usd.at(-1)!,
    };
  };
  const api = of(scenario.baselineId);
  const bought = of(owned.id);
  const payback = bought.usd.findIndex(
    (usd, month) => month > 0 && usd <= api.usd[month]!,
  );
  return {
    months: CUMULATIVE_MONTHS,
    api,
    owned: bought,
    paybackMonth: payback > 0 ? payback : null,
  };
}

export function efficiency() {
  const e = calibratedEfficiency;
  return {
    bandwidth: e.bandwidth,
    compute: e.compute,
    prefill: e.prefill,
    moeRoutingNs: e.moeRoutingSeconds * NS,
    stepOverheadMs: e.stepOverheadSeconds * MS,
    collectiveLatencyUs: e.collectiveLatencySeconds * US,
    interNodeCollectiveLatencyUs: e.interNodeCollectiveLatencySeconds * US,
    maxBatch: e.maxBatch,
    memoryUtilization: e.memoryUtilization,
    reservePerGpuGB: e.reservePerGpuGB,
    gpusPerNode: GPUS_PER_NODE,
    interNodeGBs: INTER_NODE_GBS,
  };
}
