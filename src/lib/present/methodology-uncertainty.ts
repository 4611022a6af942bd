/**
 * The methodology page's "How sure" section, worked through for examples/article-ranges.json (its
 * text is repeated here, since the page reads no files; a test holds the two equal): the Monte
 * Carlo's figures, the tornado and the solvers, computed by the engine when the page is built,
 * and the constants they use, from the engine's own modules.
 */
import { evaluateValid } from "../engine/evaluate";
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  MAX_DRAWS,
  quantile,
  seededRandom,
} from "../engine/random";
import {
  EQUAL_WITHIN,
  GRID_POINTS,
  PRICE_SCALE,
  solve,
  SOLVE_FOR,
  VOLUME_FACTOR,
} from "../engine/solve";
import { THROUGHPUT_RATIO } from "../engine/cost-band";
import {
  BREAK_EVEN_FACTOR,
  BREAK_EVEN_HALVINGS,
  simulate,
} from "../engine/uncertainty";
import { BAND_DRAWS } from "../engine/volume-bands";
import { formatPercent, formatSignificant, formatUsd } from "../format";
import { resolveRanges } from "../scenario/ranges";
import { resolveWithReference } from "../scenario/spec";
import { flipSentences, inputLabel, savingText, tornadoRows } from "./how-sure";
import { optionLabel } from "./labels";
import { BAND_POINTS_PER_DECADE } from "./volume-bands";

/** examples/article-ranges.json, as written. */
export const ARTICLE_RANGES = {
  workload: {
    requestsPerMonth: 1000000,
    inputTokens: 1500,
    outputTokens: 500,
    cachedShare: 0.2,
    batchShare: 0,
    peakToAverage: 2,
    latency: { minTokensPerSecond: 20, maxTimeToFirstTokenSeconds: 2 },
  },
  baseline: "muse-spark",
  options: [
    { kind: "api", offer: "muse-spark" },
    {
      kind: "self-host",
      id: "maverick-8xh100",
      model: "llama-4-maverick",
      gpu: "h100-sxm",
      gpusPerReplica: 8,
      weights: "fp8",
    },
  ],
  ranges: [
    {
      field: "workload.requestsPerMonth",
      low: 300000,
      high: 10000000,
      distribution: "log-uniform",
    },
    {
      field: "options.maverick-8xh100.hosting.usdPerGpuHour",
      low: 2,
      high: 4,
    },
    { field: "options.maverick-8xh100.engineerFte", low: 0.1, high: 1 },
    { field: "workload.outputTokens", low: 300, high: 1000 },
  ],
};

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
  what: string,
): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

const band = (b: { p10: number; p50: number; p90: number } | null) =>
  b ? [b.p10, b.p50, b.p90].map(formatUsd) : ["—", "—", "—"];

export function uncertaintySection() {
  const { scenario } = unwrap(
    resolveWithReference(ARTICLE_RANGES),
    "examples/article-ranges.json",
  );
  const ranges = unwrap(resolveRanges(ARTICLE_RANGES, scenario), "its ranges");
  const result = unwrap(evaluateValid(scenario), "its evaluation");
  const u = unwrap(simulate(scenario, ranges), "its Monte Carlo");
  const flips = SOLVE_FOR.map((target) =>
    unwrap(solve(scenario, target, u.savingOptionId ?? undefined), target),
  );

  // The GPU rent's triangular range, $2 to $4 around the catalog's rent, at three quantiles.
  const rent = ranges.find((r) => r.field === "hosting.usdPerGpuHour")!;
  const option = scenario.options.find((o) => o.id === rent.optionId);
  const likely =
    option?.kind === "self-host" && option.hosting.mode === "rented"
      ? option.hosting.usdPerGpuHour
      : rent.low;
  const spread = { ...rent, likely };
  const random = seededRandom(DEFAULT_SEED);
  // The self-hosted option's estimated throughput, drawn as a range of its own.
  const estimate = u.tornado.find((b) =>
    b.field.endsWith(`.${THROUGHPUT_RATIO}`),
  );

  return {
    constants: {
      breakEvenFactor: BREAK_EVEN_FACTOR,
      breakEvenHalvings: BREAK_EVEN_HALVINGS,
      solverPoints: GRID_POINTS,
      equalWithin: EQUAL_WITHIN,
      priceScale: PRICE_SCALE,
      volumeFactor: VOLUME_FACTOR,
      bandDraws: BAND_DRAWS,
      bandPointsPerDecade: BAND_POINTS_PER_DECADE,
    },
    draws: u.draws,
    seed: u.seed,
    maxDraws: MAX_DRAWS,
    defaultDraws: DEFAULT_DRAWS,
    /** The first three numbers the generator gives for the default seed. */
    firstDraws: [random(), random(), random()],
    rent: {
      label: inputLabel(`options.${rent.optionId}.${rent.field}`, result),
      low: rent.low,
      likely,
      high: rent.high,
      /** The quantile of the mode: below it the rising side of the triangle. */
      split: (likely - rent.low) / (rent.high - rent.low),
      at: [0.1, 0.5, 0.9].map((q) => ({ q, value: quantile(spread, q) })),
    },
    /** The estimated throughput's band, measured / estimated, and the saving at its two ends. */
    estimate: estimate && {
      label: inputLabel(estimate.field, result, [
        estimate.lowValue,
        estimate.highValue,
      ]),
      low: estimate.lowValue,
      high: estimate.highValue,
      savingAtLow: savingText(estimate.low),
      savingAtHigh: savingText(estimate.high),
    },
    /** Where P10 falls among the sorted draws: position 0.1 × (n − 1). */
    p10Position: 0.1 * (u.draws - 1),
    ranges: ranges.map((r) => ({
      label: inputLabel(
        r.optionId === undefined
          ? `workload.${r.field}`
          : `options.${r.optionId}.${r.field}`,
        result,
      ),
      low: formatSignificant(r.low),
      high: formatSignificant(r.high),
      distribution: r.distribution,
    })),
    options: u.options.map((o) => ({
      label: optionLabel(result, o.id),
      band: band(o.band),
      cheapest: formatPercent(o.probabilityCheapest),
      probabilityCheapest: o.probabilityCheapest,
    })),
    savingOption: u.savingOptionId && optionLabel(result, u.savingOptionId),
    saving:
      u.saving && [u.saving.p10, u.saving.p50, u.saving.p90].map(savingText),
    probabilityCheaper: u.probabilityCheaper,
    breakEven: u.breakEven,
    tornado: tornadoRows(u.tornado, result),
    flips: flipSentences(flips, result),
    uncertainty: u,
  };
}

export type UncertaintySection = ReturnType<typeof uncertaintySection>;
