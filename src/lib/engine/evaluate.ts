/**
 * A whole scenario: every option's monthly cost at the workload's volume, its breakdown, unit
 * costs and warnings; savings against the baseline; and the break-even volumes.
 */
import type { Range } from "../catalog/types";
import { findAllCrossings, SEARCH_RANGE, type VolumeRange } from "./break-even";
import type { Fleet } from "./fleet";
import {
  prepareOption,
  type CostLine,
  type PreparedOption,
  type PriceCase,
} from "./option-cost";
import type { ReplicaEstimate } from "./replica";
import { fail, ok, type Result } from "./result";
import { replicaRegimes, selfHostCostBand } from "./cost-band";
import { errorPercent, errorRange } from "./error-bands";
import type { Bound } from "./serving";
import { DEFAULT_STACK, type Stack } from "./stacks";
import {
  apiWarnings,
  scaleWarnings,
  selfHostWarnings,
  type Warning,
} from "./warnings";
import type { CostOption, Scenario, SelfHostOption, Workload } from "./types";
import { TOKENS_PER_PRICE_UNIT } from "./units";

export interface ServingSummary {
  gpus: number;
  gpusPerReplica: number;
  replicas: number;
  /** Requests each replica serves at once for interactive traffic. */
  batch: number;
  maxConcurrency: number;
  perUserOutputTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
  /** Output tokens a second one replica produces at the interactive batch. */
  replicaOutputTokensPerSecond: number;
  utilization: number;
  bound: Bound;
  weightsGB: number;
  kvBudgetGB: number;
  /** How the replica's GPUs share the model: "TP8", "DEP8". */
  layout: string;
  /** The serving stack the estimate is for. */
  stack: Stack;
  /** The replica's output tokens a second per GPU at the interactive batch. */
  outputTokensPerSecondPerGpu: number;
  /** What servers measure where this is estimated (p10–p90); the measurement itself when typed in. */
  outputTokensPerSecondPerGpuRange: [number, number];
  /** The band as one figure, ±share; 0 for a measured throughput. */
  errorShare: number;
  /** The estimator's replica output tokens/s at the interactive batch, measured or not. */
  estimatedOutputTokensPerSecond: number;
}

export interface OptionResult {
  id: string;
  label: string;
  kind: CostOption["kind"];
  /** Output tokens this option writes per reference-model token. */
  verbosity: number;
  /** Null only when the option cannot run at all (the model does not fit its GPUs). */
  monthlyCostUsd: number | null;
  /** The span of monthly cost when the option's price is only known as a range. */
  monthlyCostRange: Range | null;
  /**
   * A self-hosted option's monthly cost at the ends of its throughput estimate's band, [low,
   * high]; null for an API, a measured throughput, or an option that cannot run.
   */
  monthlyCostBand: [number, number] | null;
  costPerMillionTokensUsd: number | null;
  costPerRequestUsd: number | null;
  /** Share of attempts that do the task (1 unless given). */
  successRate: number;
  /** Cost per request times the expected attempts, 1 / successRate. */
  costPerSuccessfulTaskUsd: number | null;
  breakdown: CostLine[];
  serving: ServingSummary | null;
  warnings: Warning[];
}

export interface Savings {
  optionId: string;
  /** Baseline cost minus the option's: positive when the option is cheaper. */
  monthlyUsd: number;
  /** Savings as a share of the baseline's cost; null when the baseline costs (next to) nothing. */
  share: number | null;
}

export interface BreakEven {
  optionId: string;
  /** Which end of an unknown price range the crossing assumes; `mid` for known prices. */
  priceCase: PriceCase;
  requestsPerMonth: number;
  tokensPerMonth: number;
  optionCheaperAbove: boolean;
}

/** A search cut short: every crossing below `requestsPerMonth` is listed, none above it known. */
export interface BreakEvenCut {
  optionId: string;
  priceCase: PriceCase;
  requestsPerMonth: number;
  tokensPerMonth: number;
}

export interface ScenarioResult {
  requestsPerMonth: number;
  /** Workload tokens a month (input plus the reference model's output): the unit of "per 1M tokens". */
  tokensPerMonth: number;
  baselineId: string;
  options: OptionResult[];
  savingsVsBaseline: Savings[];
  breakEven: BreakEven[];
  /**
   * False when a search was cut short: a pair crossed so often, or stayed within a step of each
   * other over so many steps, that the search stopped (see break-even.ts).
   */
  breakEvenComplete: boolean;
  /** The searches cut short, each with the volume it reached. */
  breakEvenCut: BreakEvenCut[];
  /** The volumes searched for break-even points: every volume the engine costs. */
  sweep: VolumeRange;
}

export function tokensPerRequest(workload: Workload): number {
  return workload.inputTokens + workload.outputTokens;
}

function servingSummary(
  option: SelfHostOption,
  replica: ReplicaEstimate,
  fleet: Fleet,
): ServingSummary {
  const point = replica.interactive;
  const replicaTokens =
    option.measuredOutputTokensPerSecond ?? point.outputTokensPerSecond;
  const perGpu = replicaTokens / option.gpusPerReplica;
  const regime = replicaRegimes(replica).interactive;
  return {
    gpus: fleet.replicas * option.gpusPerReplica,
    gpusPerReplica: option.gpusPerReplica,
    replicas: fleet.replicas,
    batch: point.concurrency,
    maxConcurrency: replica.fit.maxConcurrency,
    perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
    timeToFirstTokenSeconds: point.timeToFirstTokenSeconds,
    replicaOutputTokensPerSecond: replicaTokens,
    utilization: fleet.utilization,
    bound: point.bound,
    weightsGB: replica.fit.weightsGB,
    kvBudgetGB: replica.fit.kvBudgetGB,
    layout: point.layout,
    stack: option.stack ?? DEFAULT_STACK,
    outputTokensPerSecondPerGpu: perGpu,
    outputTokensPerSecondPerGpuRange: replica.measured
      ? [perGpu, perGpu]
      : errorRange(perGpu, regime),
    errorShare: replica.measured ? 0 : errorPercent(regime),
    estimatedOutputTokensPerSecond: point.outputTokensPerSecond,
  };
}

function optionResult(
  prepared: PreparedOption,
  workload: Workload,
): OptionResult {
  const { option, replica, models } = prepared;
  const base = {
    id: option.id,
    label: option.label,
    kind: option.kind,
    verbosity: option.verbosity,
    successRate: option.successRate ?? 1,
  };
  const mid = models.mid;
  if (!mid) {
    return {
      ...base,
      monthlyCostUsd: null,
      monthlyCostRange: null,
      monthlyCostBand: null,
      costPerMillionTokensUsd: null,
      costPerRequestUsd: null,
      costPerSuccessfulTaskUsd: null,
      breakdown: [],
      serving: null,
      warnings:
        option.kind === "self-host"
          ? selfHostWarnings(option, workload, replica)
          : [],
    };
  }
  const volume = workload.requestsPerMonth;
  const cost = mid.at(volume);
  const range =
    models.low && models.high
      ? {
          low: models.low.at(volume).totalUsd,
          high: models.high.at(volume).totalUsd,
        }
      : null;
  const tokens = volume * tokensPerRequest(workload);
  const serving =
    option.kind === "self-host" && replica && cost.fleet
      ? servingSummary(option, replica, cost.fleet)
      : null;
  return {
    ...base,
    monthlyCostUsd: cost.totalUsd,
    monthlyCostRange: range,
    monthlyCostBand:
      option.kind === "self-host" && replica
        ? selfHostCostBand(option, workload, replica, volume)
        : null,
    costPerMillionTokensUsd: (cost.totalUsd / tokens) * TOKENS_PER_PRICE_UNIT,
    costPerRequestUsd: cost.totalUsd / volume,
    costPerSuccessfulTaskUsd: cost.totalUsd / volume / base.successRate,
    breakdown: cost.breakdown,
    serving,
    warnings: [
      ...(option.kind === "api"
        ? apiWarnings(option, workload, range)
        : selfHostWarnings(option, workload, replica)),
      ...scaleWarnings(cost.totalUsd, serving?.gpus ?? 0),
    ],
  };
}

/**
 * Below this a baseline costs $0.00 to the cent: a share of it says nothing (a price typed as
 * 1e-308 would make any difference a share of 10^300).
 */
const MIN_SHARE_BASE_USD = 0.005;

/** `part` as a share of a cost `whole`; null when the whole costs (next to) nothing. */
export function shareOf(part: number, whole: number): number | null {
  if (!(whole >= MIN_SHARE_BASE_USD)) return null;
  const share = part / whole;
  return Number.isFinite(share) ? share : null;
}

function savingsAgainst(
  baseline: OptionResult,
  results: OptionResult[],
): Savings[] {
  const base = baseline.monthlyCostUsd;
  if (base === null) return [];
  return results.flatMap((r) =>
    r.id === baseline.id || r.monthlyCostUsd === null
      ? []
      : [
          {
            optionId: r.id,
            monthlyUsd: base - r.monthlyCostUsd,
            share: shareOf(base - r.monthlyCostUsd, base),
          },
        ],
  );
}

function breakEvens(
  prepared: PreparedOption[],
  baseline: PreparedOption,
  workload: Workload,
  sweep: VolumeRange,
): { breakEven: BreakEven[]; cut: BreakEvenCut[] } {
  const cases: PriceCase[] = ["low", "mid", "high"];
  const pairs = prepared.flatMap((p) => {
    if (p === baseline) return [];
    return cases.flatMap((priceCase) => {
      // Low and high cases exist only where one side's price is a range; the other side keeps its mid.
      const hasCase =
        priceCase === "mid" ||
        p.models[priceCase] ||
        baseline.models[priceCase];
      const option = p.models[priceCase] ?? p.models.mid;
      const base = baseline.models[priceCase] ?? baseline.models.mid;
      if (!hasCase || !option || !base) return [];
      return [{ id: p.option.id, priceCase, option, baseline: base }];
    });
  });
  // The middle prices, which the headline states, are searched first: they are the last to run
  // short of the scenario's evaluations.
  const order = [
    ...pairs.filter((pair) => pair.priceCase === "mid"),
    ...pairs.filter((pair) => pair.priceCase !== "mid"),
  ];
  const searches = new Map(
    findAllCrossings(order, sweep).map((search, i) => [order[i]!, search]),
  );
  const breakEven = pairs.flatMap((pair) =>
    searches.get(pair)!.crossings.map((c) => ({
      optionId: pair.id,
      priceCase: pair.priceCase,
      requestsPerMonth: c.requestsPerMonth,
      tokensPerMonth: c.requestsPerMonth * tokensPerRequest(workload),
      optionCheaperAbove: c.optionCheaperAbove,
    })),
  );
  const cut = pairs.flatMap((pair) => {
    const search = searches.get(pair)!;
    if (search.complete) return [];
    return [
      {
        optionId: pair.id,
        priceCase: pair.priceCase,
        requestsPerMonth: search.searchedTo,
        tokensPerMonth: search.searchedTo * tokensPerRequest(workload),
      },
    ];
  });
  return { breakEven, cut };
}

/**
 * Evaluates a scenario already known to be valid: checked by the engine's schema
 * (`evaluateScenario` in ./evaluate-input.ts does that for untrusted input), or read field by
 * field within the engine's limits, as the page's form is. Never throws.
 */
export function evaluateValid(scenario: Scenario): Result<ScenarioResult> {
  const { workload } = scenario;
  const prepared = scenario.options.map((option) =>
    prepareOption(option, workload),
  );
  const options = prepared.map((p) => optionResult(p, workload));
  const baselineIndex = scenario.options.findIndex(
    (o) => o.id === scenario.baselineId,
  );
  const volume = workload.requestsPerMonth;
  const sweep = { ...SEARCH_RANGE };
  const { breakEven, cut } = breakEvens(
    prepared,
    prepared[baselineIndex]!,
    workload,
    sweep,
  );
  const result: ScenarioResult = {
    requestsPerMonth: volume,
    tokensPerMonth: volume * tokensPerRequest(workload),
    baselineId: scenario.baselineId,
    options,
    savingsVsBaseline: savingsAgainst(options[baselineIndex]!, options),
    breakEven,
    breakEvenComplete: cut.length === 0,
    breakEvenCut: cut,
    sweep,
  };
  // The schema's ranges keep every formula finite; this is the backstop that keeps a result that
  // somehow is not out of the hands of the views.
  return allFinite(result)
    ? ok(result)
    : fail("scenario", "gives a result out of range: check extreme values");
}

/** Every number in a value, however deep, is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object") return true;
  return Object.values(value).every(allFinite);
}
