/**
 * What flips the decision: the value of one input at which an option and the baseline cost the
 * same, every other input as it is. Each solver varies one number of the scenario within the
 * engine's limits, looks for where the two costs swap places on a grid, and bisects the swap
 * nearest today's value (/methodology#uncertainty).
 */
import type { TokenPrices } from "../catalog/types";
import { formatSignificant } from "../format";
import { bisectSignChange } from "./bisect";
import { findCrossings } from "./break-even";
import { LIMITS, type Limit } from "./limits";
import {
  cheapestOther,
  prepareOption,
  type PreparedOption,
} from "./option-cost";
import { fail, ok, type Result } from "./result";
import type { ApiOption, CostOption, Scenario, SelfHostOption } from "./types";

export const SOLVE_FOR = [
  "volume",
  "apiPriceScale",
  "gpuHourly",
  "utilisation",
  "verbosity",
  "engineers",
] as const;
export type SolveFor = (typeof SOLVE_FOR)[number];

const SOLVE_UNITS: Record<SolveFor, string> = {
  volume: "requests/month",
  apiPriceScale: "× today's prices",
  gpuHourly: "$/GPU-hour",
  utilisation: "share of each replica busy at the peak",
  verbosity: "output tokens per reference token",
  engineers: "FTE",
};

/** Grid points across a variable's range before bisection: a swap narrower than this can be missed. */
export const GRID_POINTS = 96;
/** Costs within this share of each other count as equal. */
export const EQUAL_WITHIN = 1e-3;
/** The API price scale is searched from a thousandth to a thousand times today's prices. */
export const PRICE_SCALE: Limit = { min: 1e-3, max: 1e3 };
/** Volume is searched as the break-even is: from 1/10,000 to 10,000 times today's. */
export const VOLUME_FACTOR = 1e4;

export type Solution =
  | {
      for: SolveFor;
      value: number;
      unit: string;
      /** The input's value in the scenario as it is. */
      current: number;
      baseline: string;
      option: string;
      /**
       * False when the costs do not meet but jump past each other here (a replica more, or a
       * model that stops fitting): the value is where the order changes.
       */
      equal: boolean;
    }
  | {
      for: SolveFor;
      value: null;
      reason: string;
      baseline: string;
      option: string;
    };

/** One input of the scenario as a dial: its value now, its range, and the scenario at a value. */
interface Dial {
  current: number;
  limit: Limit;
  at(x: number): Scenario;
}

const replaceOption = (
  scenario: Scenario,
  target: CostOption,
  next: CostOption,
): Scenario => ({
  ...scenario,
  options: scenario.options.map((o) => (o === target ? next : o)),
});

function scaledPrices(option: ApiOption, s: number): ApiOption {
  const scale = (prices: TokenPrices): TokenPrices => ({
    inputPerM: prices.inputPerM * s,
    cachedInputPerM: prices.cachedInputPerM * s,
    outputPerM: prices.outputPerM * s,
  });
  const p = option.pricing;
  return {
    ...option,
    pricing:
      p.kind === "known"
        ? { kind: "known", prices: scale(p.prices) }
        : { kind: "range", low: scale(p.low), high: scale(p.high) },
  };
}

/** The dial for a variable, or why the pair has none. */
function dialFor(
  target: SolveFor,
  scenario: Scenario,
  baseline: CostOption,
  option: CostOption,
): Dial | string {
  // The side each input belongs to: the API's prices, the self-hosted fleet's GPUs and people.
  const api = [baseline, option].find((o) => o.kind === "api") as
    ApiOption | undefined;
  const selfHost = [option, baseline].find((o) => o.kind === "self-host") as
    SelfHostOption | undefined;
  const rented = [option, baseline].find(
    (o) => o.kind === "self-host" && o.hosting.mode === "rented",
  ) as SelfHostOption | undefined;
  const onSelfHost = (
    key: "headroom" | "engineerFte",
    limit: Limit,
  ): Dial | string =>
    selfHost
      ? {
          current: selfHost[key],
          limit,
          at: (x) =>
            replaceOption(scenario, selfHost, { ...selfHost, [key]: x }),
        }
      : "neither option is self-hosted";
  switch (target) {
    case "volume": {
      const v = scenario.workload.requestsPerMonth;
      return {
        current: v,
        limit: {
          min: Math.max(LIMITS.requestsPerMonth.min, v / VOLUME_FACTOR),
          max: Math.min(LIMITS.requestsPerMonth.max, v * VOLUME_FACTOR),
        },
        at: (x) => ({
          ...scenario,
          workload: { ...scenario.workload, requestsPerMonth: x },
        }),
      };
    }
    case "apiPriceScale": {
      if (!api) return "neither option is priced per token";
      const prices =
        api.pricing.kind === "known"
          ? Object.values(api.pricing.prices)
          : Object.values(api.pricing.high);
      const dearest = Math.max(...prices);
      return {
        current: 1,
        limit: {
          min: PRICE_SCALE.min,
          max: Math.min(
            PRICE_SCALE.max,
            dearest > 0 ? LIMITS.pricePerM.max / dearest : PRICE_SCALE.max,
          ),
        },
        at: (x) => replaceOption(scenario, api, scaledPrices(api, x)),
      };
    }
    case "gpuHourly":
      return rented && rented.hosting.mode === "rented"
        ? {
            current: rented.hosting.usdPerGpuHour,
            limit: LIMITS.usdPerGpuHour,
            at: (x) =>
              replaceOption(scenario, rented, {
                ...rented,
                hosting: { mode: "rented", usdPerGpuHour: x },
              }),
          }
        : "neither option rents its GPUs";
    case "utilisation":
      return onSelfHost("headroom", LIMITS.headroom);
    case "engineers":
      return onSelfHost("engineerFte", LIMITS.engineerFte);
    case "verbosity":
      return {
        current: option.verbosity,
        limit: LIMITS.verbosity,
        at: (x) => replaceOption(scenario, option, { ...option, verbosity: x }),
      };
  }
}

/** Points across a range, spaced evenly in log terms (from a millionth of the top when it starts at 0). */
function gridOver(limit: Limit): number[] {
  const from = limit.min > 0 ? limit.min : limit.max * 1e-6;
  const ratio = limit.max / from;
  const points = Array.from(
    { length: GRID_POINTS },
    (_, i) => from * ratio ** (i / (GRID_POINTS - 1)),
  );
  return limit.min > 0 ? points : [0, ...points];
}

/** How far apart two values are, in tenfolds where both are above 0. */
const distance = (a: number, b: number) =>
  a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : Math.abs(a - b);

interface Pair {
  baseline: PreparedOption;
  option: PreparedOption;
  volume: number;
}

const pairAt = (
  scenario: Scenario,
  baselineIndex: number,
  optionIndex: number,
): Pair => ({
  baseline: prepareOption(scenario.options[baselineIndex]!, scenario.workload),
  option: prepareOption(scenario.options[optionIndex]!, scenario.workload),
  volume: scenario.workload.requestsPerMonth,
});

/** The option's cost minus the baseline's; a side that cannot run costs more than any that can. */
function gapOf(pair: Pair): number {
  const cost = (p: PreparedOption) =>
    p.models.mid?.at(pair.volume).totalUsd ?? Number.POSITIVE_INFINITY;
  const o = cost(pair.option);
  const b = cost(pair.baseline);
  return o === b ? 0 : o - b;
}

/** The swap nearest `current` among the grid's sign changes, bisected; null when there is none. */
function nearestSwap(
  gap: (x: number) => number,
  grid: number[],
  current: number,
): number | null {
  let best: number | null = null;
  let previous = { x: grid[0]!, sign: Math.sign(gap(grid[0]!)) };
  for (const x of grid.slice(1)) {
    const sign = Math.sign(gap(x));
    if (sign !== previous.sign) {
      const swap =
        previous.sign === 0
          ? previous.x
          : sign === 0
            ? x
            : bisectSignChange(gap, previous.x, x);
      if (best === null || distance(swap, current) < distance(best, current))
        best = swap;
    }
    previous = { x, sign };
  }
  return best;
}

/**
 * The value of `target` at which `optionId` (by default the cheapest option besides the baseline)
 * and the baseline cost the same, for a valid scenario; `value: null` with a reason when they do
 * not within the input's range. Never throws.
 */
export function solve(
  scenario: Scenario,
  target: SolveFor,
  optionId?: string,
): Result<Solution> {
  if (!SOLVE_FOR.includes(target))
    return fail("for", `must be one of ${SOLVE_FOR.join(", ")}`);
  const baselineIndex = scenario.options.findIndex(
    (o) => o.id === scenario.baselineId,
  );
  const optionIndex =
    optionId === undefined
      ? cheapestOther(
          scenario.options.map((o) => prepareOption(o, scenario.workload)),
          baselineIndex,
          scenario.workload.requestsPerMonth,
        )
      : scenario.options.findIndex((o) => o.id === optionId);
  if (optionIndex < 0)
    return optionId === undefined
      ? fail("option", "the scenario has no other option that can run")
      : fail("option", "must be the id of one of the options");
  const baseline = scenario.options[baselineIndex]!;
  const option = scenario.options[optionIndex]!;
  const names = { for: target, baseline: baseline.id, option: option.id };
  if (optionIndex === baselineIndex)
    return ok({ ...names, value: null, reason: "the option is the baseline" });
  const dial = dialFor(target, scenario, baseline, option);
  if (typeof dial === "string")
    return ok({ ...names, value: null, reason: dial });

  const gap = (x: number) =>
    gapOf(pairAt(dial.at(x), baselineIndex, optionIndex));
  const swap =
    target === "volume"
      ? nearestVolume(pairAt(scenario, baselineIndex, optionIndex), dial)
      : nearestSwap(gap, gridOver(dial.limit), dial.current);
  if (swap === null)
    return ok({
      ...names,
      value: null,
      reason: `no crossing between ${formatSignificant(dial.limit.min)} and ${formatSignificant(dial.limit.max)} ${SOLVE_UNITS[target]}`,
    });
  const pair = pairAt(dial.at(swap), baselineIndex, optionIndex);
  const base = pair.baseline.models.mid?.at(pair.volume).totalUsd;
  return ok({
    ...names,
    value: swap,
    unit: SOLVE_UNITS[target],
    current: dial.current,
    equal: base !== undefined && Math.abs(gapOf(pair)) <= EQUAL_WITHIN * base,
  });
}

/** Volume needs no re-preparing, and its staircase needs every step edge: the break-even search. */
function nearestVolume(pair: Pair, dial: Dial): number | null {
  const option = pair.option.models.mid;
  const baseline = pair.baseline.models.mid;
  if (!option || !baseline) return null;
  const crossings = findCrossings(option, baseline, {
    low: dial.limit.min,
    high: dial.limit.max,
  });
  return (
    crossings.crossings
      .map((c) => c.requestsPerMonth)
      .sort(
        (a, b) => distance(a, dial.current) - distance(b, dial.current),
      )[0] ?? null
  );
}
