/**
 * How sure the answer is: a seeded Monte Carlo over the inputs given as ranges, and a tornado of
 * what moves the saving most. Each draw picks every ranged input from its spread, costs every
 * option at the drawn volume, and notes which is cheapest; the percentiles of those costs, of the
 * saving and of the break-even volume are the bands the page and the CLI show. The method, in
 * words and with worked numbers: /methodology#uncertainty.
 */
import { bisectSignChange } from "./bisect";
import { replicaAtRatio, THROUGHPUT_RATIO, throughputBand } from "./cost-band";
import {
  cheapestOther,
  prepareOption,
  type CostModel,
  type PreparedOption,
} from "./option-cost";
import { valueAt, withValueAt } from "./paths";
import { estimateReplica } from "./replica";
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  DISTRIBUTIONS,
  percentile,
  quantile,
  seededRandom,
  SIMULATION_LIMITS,
  type Distribution,
  type Spread,
} from "./random";
import { fail, ok, type Result } from "./result";
import type { ApiPricing, CostOption, Scenario, Workload } from "./types";

/**
 * One input known only as a range. Its most likely value is the scenario's own, so a scenario
 * and its ranges cannot disagree about it.
 */
export interface RangedInput {
  /**
   * Where the number sits: in the workload (`requestsPerMonth`), or with `optionId` in that
   * option (`hosting.usdPerGpuHour`, `pricing.prices.inputPerM`). `pricing` on an option whose
   * price is an unannounced range stands for where in that range the price falls, 0–1;
   * `throughputRatio` on a self-hosted option whose throughput is estimated, for what a server
   * would measure over what the estimator gave (see THROUGHPUT_RATIO).
   */
  field: string;
  optionId?: string;
  low: number;
  high: number;
  distribution: Distribution;
}

/** The field an unannounced price's position within its range goes by. */
const PRICING_POSITION = "pricing";
/** The break-even volume is looked for within this factor of each draw's volume, either way. */
export const BREAK_EVEN_FACTOR = 1e4;
const BREAK_EVEN_DECADES = Math.log10(BREAK_EVEN_FACTOR);
/**
 * A band, not a figure: 12 halvings of a tenfold pin a draw's crossing within 0.06%, finer than
 * any percentile of 2,000 draws can tell.
 */
export const BREAK_EVEN_HALVINGS = 12;

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface OptionSpread {
  id: string;
  /** Null when the option cannot run in any draw. */
  band: Band | null;
  /** Share of draws in which this option costs the least (ties go to the one listed first). */
  probabilityCheapest: number;
}

export interface TornadoBar {
  /** `workload.requestsPerMonth`, `options.<id>.hosting.usdPerGpuHour`, … */
  field: string;
  /** The input's value at each end; for an unannounced price, 0 and 1 (its low and high prices). */
  lowValue: number;
  highValue: number;
  /** The saving with this input at its low, then its high value, every other at its most likely. */
  low: number;
  high: number;
}

export interface Uncertainty {
  draws: number;
  seed: number;
  options: OptionSpread[];
  /** The option the saving is measured for: the cheapest besides the baseline, at the likely values. */
  savingOptionId: string | null;
  /** Baseline's monthly cost minus that option's: positive when the option is cheaper. */
  saving: Band | null;
  /** Share of draws in which that option costs less than the baseline. */
  probabilityCheaper: number | null;
  /** Requests a month at which that option and the baseline cost the same, among the draws that have one. */
  breakEven: (Band & { share: number }) | null;
  /** Largest swing of the saving first. */
  tornado: TornadoBar[];
}

export interface SimulationSettings {
  draws?: number;
  seed?: number;
  /** The option whose saving against the baseline is followed; by default the cheapest other. */
  optionId?: string;
  /**
   * Whether each estimated throughput counts as a range of its own (THROUGHPUT_RATIO); true unless
   * set false, which leaves only the typed ranges and unannounced prices.
   */
  estimateBand?: boolean;
}

/** The full path a ranged input goes by in messages and the tornado. */
const rangePath = (range: RangedInput) =>
  range.optionId === undefined
    ? `workload.${range.field}`
    : `options.${range.optionId}.${range.field}`;

/** An unannounced price's ranges as one more ranged input each: where the price falls, 0–1. */
function pricingRanges(scenario: Scenario): RangedInput[] {
  return scenario.options.flatMap((o) =>
    o.kind === "api" && o.pricing.kind === "range"
      ? [
          {
            field: PRICING_POSITION,
            optionId: o.id,
            low: 0,
            high: 1,
            distribution: "uniform" as const,
          },
        ]
      : [],
  );
}

/**
 * Each self-hosted option's estimated throughput as one more ranged input: where within its error
 * band the real throughput falls. A measured throughput, or a model that does not fit, has none.
 */
function estimateRanges(
  scenario: Scenario,
  base: readonly PreparedOption[],
): (RangedInput & Spread)[] {
  return scenario.options.flatMap((o, i) => {
    const replica = base[i]!.replica;
    const ends = replica && throughputBand(replica);
    return ends
      ? [
          {
            field: THROUGHPUT_RATIO,
            optionId: o.id,
            low: ends[0],
            high: ends[1],
            likely: 1,
            distribution: "triangular" as const,
          },
        ]
      : [];
  });
}

function pricingAt(pricing: ApiPricing, position: number): ApiPricing {
  if (pricing.kind === "known") return pricing;
  const at = (key: keyof typeof pricing.low) =>
    pricing.low[key] + position * (pricing.high[key] - pricing.low[key]);
  return {
    kind: "known",
    prices: {
      inputPerM: at("inputPerM"),
      cachedInputPerM: at("cachedInputPerM"),
      outputPerM: at("outputPerM"),
    },
  };
}

/** A ranged input's most likely value: the scenario's own (the middle of an unannounced price). */
function likelyOf(scenario: Scenario, range: RangedInput): unknown {
  if (range.optionId === undefined)
    return valueAt(scenario.workload, range.field);
  const option = scenario.options.find((o) => o.id === range.optionId);
  if (range.field === PRICING_POSITION)
    return option?.kind === "api" && option.pricing.kind === "range"
      ? 0.5
      : undefined;
  return valueAt(option, range.field);
}

function checkRange(scenario: Scenario, range: RangedInput): string | null {
  const likely = likelyOf(scenario, range);
  if (typeof likely !== "number") return "is not a number of this scenario";
  if (!DISTRIBUTIONS.includes(range.distribution))
    return `distribution must be one of ${DISTRIBUTIONS.join(", ")}`;
  if (!Number.isFinite(range.low) || !Number.isFinite(range.high))
    return "low and high must be numbers";
  if (range.low < 0) return "low must not be negative";
  if (range.low > likely || likely > range.high)
    return "must hold low ≤ the scenario's value ≤ high";
  if (range.distribution === "log-uniform" && range.low <= 0)
    return "a log-uniform range needs a low above 0";
  return null;
}

/** Every value drawn for one draw, applied to a copy of the scenario's workload and options. */
function applied(
  scenario: Scenario,
  ranges: readonly RangedInput[],
  values: readonly number[],
): { workload: Workload; options: CostOption[] } {
  let workload = scenario.workload;
  let options = scenario.options;
  ranges.forEach((range, i) => {
    const value = values[i]!;
    // The rates it scales are the estimate's, not the option's: see costerFor.
    if (range.field === THROUGHPUT_RATIO) return;
    if (range.optionId === undefined) {
      workload = withValueAt(workload, range.field, value);
      return;
    }
    options = options.map((o) => {
      if (o.id !== range.optionId) return o;
      if (range.field === PRICING_POSITION && o.kind === "api")
        return { ...o, pricing: pricingAt(o.pricing, value) };
      return withValueAt(o, range.field, value);
    });
  });
  return { workload, options };
}

/**
 * A self-hosted option's inputs that change what it costs but not what one replica serves, so
 * varying them keeps the replica as estimated.
 */
const COST_ONLY = [
  "hosting.",
  "engineerFte",
  "engineerUsdPerYear",
  "setupUsd",
  "otherUsdPerMonth",
  "headroom",
  "minReplicas",
];
const costOnly = (range: RangedInput) =>
  COST_ONLY.some((field) => range.field.startsWith(field));

/** The volume varies without re-estimating anything: cost models take it as their argument. */
export const isVolume = (range: RangedInput) =>
  range.optionId === undefined && range.field === "requestsPerMonth";

/** Every option prepared at the scenario's own values: what draws that leave it alone reuse. */
const preparedBase = (scenario: Scenario) =>
  scenario.options.map((o) => prepareOption(o, scenario.workload));

/**
 * Costs the scenario with some inputs set, re-preparing only the options those inputs touch:
 * the volume alone changes nothing, an option's own input re-prepares that option, any other
 * workload input all of them. A drawn throughput ratio scales the replica's rates and sizes the
 * fleet again; it never estimates the replica again.
 */
export function costerFor(
  scenario: Scenario,
  ranges: readonly RangedInput[],
  base: readonly PreparedOption[] = preparedBase(scenario),
) {
  const workloadRanged = ranges.some(
    (r) => r.optionId === undefined && !isVolume(r),
  );
  const ratioAt = scenario.options.map((o) =>
    ranges.findIndex(
      (r) => r.optionId === o.id && r.field === THROUGHPUT_RATIO,
    ),
  );
  const own = scenario.options.map((o) =>
    ranges.filter((r) => r.optionId === o.id && r.field !== THROUGHPUT_RATIO),
  );
  const fixed = own.map(
    (r, i) => !workloadRanged && r.length === 0 && ratioAt[i]! < 0,
  );
  // An option whose own ranged inputs touch only its costs keeps its serving estimate.
  const reuse = own.map((r, i) =>
    !workloadRanged && r.every(costOnly) ? base[i]!.replica : undefined,
  );
  return (values: readonly number[]) => {
    const { workload, options } = applied(scenario, ranges, values);
    const prepared = options.map((o, i) => {
      if (fixed[i]) return base[i]!;
      const ratio = ratioAt[i]! < 0 ? undefined : values[ratioAt[i]!]!;
      if (ratio === undefined || o.kind !== "self-host")
        return prepareOption(o, workload, reuse[i]);
      const replica = reuse[i] ?? estimateReplica(o, workload);
      return prepareOption(
        o,
        workload,
        replica && replicaAtRatio(replica, ratio),
      );
    });
    return { prepared, volume: workload.requestsPerMonth };
  };
}

export const costAt = (p: PreparedOption, volume: number) =>
  p.models.mid?.totalAt(volume) ?? null;

/**
 * The volume nearest `volume` at which two options cost the same, or null when none lies within
 * BREAK_EVEN_FACTOR either way. A side whose far end has the same sign as `volume` is taken to
 * hold no crossing (a staircase crossing a price twice within it is the exception, and costs a
 * band nothing); a side that changes sign is walked outward a tenfold at a time to the first
 * change, which is then bisected.
 */
function nearestBreakEven(
  option: CostModel,
  baseline: CostModel,
  volume: number,
): number | null {
  const gap = (v: number) => option.totalAt(v) - baseline.totalAt(v);
  const sign = Math.sign(gap(volume));
  if (sign === 0) return volume;
  const lowest = Math.max(1, volume / BREAK_EVEN_FACTOR);
  const highest = volume * BREAK_EVEN_FACTOR;
  const up = Math.sign(gap(highest)) !== sign;
  const down = Math.sign(gap(lowest)) !== sign;
  let above = volume;
  let below = volume;
  for (let k = 0; k < BREAK_EVEN_DECADES; k++) {
    const nextAbove = Math.min(highest, above * 10);
    if (up && Math.sign(gap(nextAbove)) !== sign)
      return bisectSignChange(gap, above, nextAbove, BREAK_EVEN_HALVINGS);
    const nextBelow = Math.max(lowest, below / 10);
    if (down && Math.sign(gap(nextBelow)) !== sign)
      return bisectSignChange(gap, nextBelow, below, BREAK_EVEN_HALVINGS);
    above = nextAbove;
    below = nextBelow;
  }
  return null;
}

/** P10, P50 and P90 of some numbers (sorted in place), or null for none. */
export function band(values: number[]): Band | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return {
    p10: percentile(values, 0.1),
    p50: percentile(values, 0.5),
    p90: percentile(values, 0.9),
  };
}

function tornado(
  ranges: readonly RangedInput[],
  saving: (values: readonly number[]) => number | null,
  likely: readonly number[],
): TornadoBar[] {
  return ranges
    .map((range, i) => {
      const at = (value: number) =>
        saving(likely.map((v, j) => (j === i ? value : v)));
      return {
        field: rangePath(range),
        lowValue: range.low,
        highValue: range.high,
        low: at(range.low),
        high: at(range.high),
      };
    })
    .filter((bar): bar is TornadoBar => bar.low !== null && bar.high !== null)
    .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
}

/**
 * The typed ranges, checked against the scenario, every unannounced price's, and, given the
 * options prepared at the scenario's values, every estimated throughput's, each with its most
 * likely value: what each draw picks from. A bad range is named.
 */
export function spreadsOf(
  scenario: Scenario,
  typedRanges: readonly RangedInput[],
  estimated: readonly PreparedOption[] | null = null,
): Result<(RangedInput & Spread)[]> {
  for (const range of typedRanges) {
    const problem = checkRange(scenario, range);
    if (problem) return fail(rangePath(range), problem);
  }
  return ok([
    ...[...typedRanges, ...pricingRanges(scenario)].map((r) => ({
      ...r,
      likely: likelyOf(scenario, r) as number,
    })),
    ...(estimated ? estimateRanges(scenario, estimated) : []),
  ]);
}

/**
 * The Monte Carlo and the tornado for a valid scenario (see ./evaluate.ts) and its ranges.
 * Unannounced prices count as ranges of their own, and so, unless `estimateBand` is false, does
 * each estimated throughput. Never throws; a bad range is named.
 */
export function simulate(
  scenario: Scenario,
  typedRanges: readonly RangedInput[],
  settings: SimulationSettings = {},
): Result<Uncertainty> {
  const draws = settings.draws ?? DEFAULT_DRAWS;
  const seed = settings.seed ?? DEFAULT_SEED;
  for (const [key, value] of [
    ["draws", draws],
    ["seed", seed],
  ] as const) {
    const { min, max } = SIMULATION_LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max)
      return fail(key, `must be a whole number from ${min} to ${max}`);
  }
  const base = preparedBase(scenario);
  const checked = spreadsOf(
    scenario,
    typedRanges,
    settings.estimateBand === false ? null : base,
  );
  if (!checked.ok) return checked;
  const spreads = checked.value;
  const likely = spreads.map((s) => s.likely);
  const cost = costerFor(scenario, spreads, base);

  const atLikely = cost(likely);
  const baselineIndex = scenario.options.findIndex(
    (o) => o.id === scenario.baselineId,
  );
  const savingAt =
    settings.optionId === undefined
      ? cheapestOther(atLikely.prepared, baselineIndex, atLikely.volume)
      : scenario.options.findIndex((o) => o.id === settings.optionId);
  if (settings.optionId !== undefined && savingAt < 0)
    return fail("optionId", "must be the id of one of the options");
  const savingOf = (values: readonly number[]) => {
    const { prepared, volume } = cost(values);
    const base = costAt(prepared[baselineIndex]!, volume);
    const other = savingAt < 0 ? null : costAt(prepared[savingAt]!, volume);
    return base === null || other === null ? null : base - other;
  };

  const random = seededRandom(seed);
  const costs = scenario.options.map((): number[] => []);
  const cheapest = scenario.options.map(() => 0);
  const savings: number[] = [];
  const breakEvens: number[] = [];
  let cheaper = 0;
  for (let d = 0; d < draws; d++) {
    const { prepared, volume } = cost(
      spreads.map((s) => quantile(s, random())),
    );
    const drawn = prepared.map((p) => costAt(p, volume));
    let best = -1;
    drawn.forEach((c, i) => {
      if (c === null) return;
      costs[i]!.push(c);
      if (best < 0 || c < drawn[best]!) best = i;
    });
    if (best >= 0) cheapest[best]!++;
    const base = prepared[baselineIndex]!.models.mid;
    const other = savingAt < 0 ? undefined : prepared[savingAt]!.models.mid;
    if (!base || !other) continue;
    const saving = drawn[baselineIndex]! - drawn[savingAt]!;
    savings.push(saving);
    if (saving > 0) cheaper++;
    const crossing = nearestBreakEven(other, base, volume);
    if (crossing !== null) breakEvens.push(crossing);
  }

  const breakEvenBand = band(breakEvens);
  return ok({
    draws,
    seed,
    options: scenario.options.map((o, i) => ({
      id: o.id,
      band: band(costs[i]!),
      probabilityCheapest: cheapest[i]! / draws,
    })),
    savingOptionId: savingAt < 0 ? null : scenario.options[savingAt]!.id,
    saving: band(savings),
    probabilityCheaper: savings.length ? cheaper / draws : null,
    breakEven: breakEvenBand && {
      ...breakEvenBand,
      share: breakEvens.length / draws,
    },
    tornado: tornado(spreads, savingOf, likely),
  });
}
