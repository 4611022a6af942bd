/**
 * `evaluate --uncertainty`: the Monte Carlo's bands, probabilities and tornado for a scenario, as
 * JSON beside the evaluation or as lines after it.
 */
import type { Scenario } from "../engine/types";
import {
  simulate,
  type Band,
  type RangedInput,
  type Uncertainty,
} from "../engine/uncertainty";
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  SIMULATION_LIMITS,
} from "../engine/random";
import { formatCompact, formatPercent, formatUsd } from "../format";
import { InputError } from "./errors";
import { numberFlag } from "./flags";

export interface UncertaintyFlags {
  draws?: string;
  seed?: string;
}

export interface SimulationSettings {
  draws: number;
  seed: number;
}

/**
 * `--draws` and `--seed`, checked; where one is left out, what the scenario says (a link or a
 * workspace file keeps the page's), else its default.
 */
export function simulationSettings(
  flags: UncertaintyFlags,
  scenario: Partial<SimulationSettings> = {},
): SimulationSettings {
  const setting = (key: keyof SimulationSettings, fallback: number) => {
    const flag = flags[key];
    return flag === undefined
      ? (scenario[key] ?? fallback)
      : numberFlag(key, flag, SIMULATION_LIMITS[key]);
  };
  return {
    draws: setting("draws", DEFAULT_DRAWS),
    seed: setting("seed", DEFAULT_SEED),
  };
}

export function runSimulation(
  scenario: Scenario,
  ranges: RangedInput[],
  settings: SimulationSettings,
  source: string,
): Uncertainty {
  const result = simulate(scenario, ranges, settings);
  if (!result.ok)
    throw new InputError(
      `${source}: ${result.error.field} ${result.error.message}`,
    );
  return result.value;
}

const NO_BAND = { p10: null, p50: null, p90: null };

export function uncertaintyJson(u: Uncertainty) {
  return {
    draws: u.draws,
    seed: u.seed,
    options: u.options.map((o) => ({
      id: o.id,
      ...(o.band ?? NO_BAND),
      probabilityCheapest: o.probabilityCheapest,
    })),
    savingOptionId: u.savingOptionId,
    saving: u.saving ?? NO_BAND,
    probabilityCheaper: u.probabilityCheaper,
    breakEvenRequestsPerMonth: u.breakEven,
    tornado: u.tornado.map((t) => ({
      field: t.field,
      lowValue: t.lowValue,
      highValue: t.highValue,
      low: t.low,
      high: t.high,
    })),
  };
}

const usdBand = (b: Band | null) =>
  b
    ? `${formatUsd(b.p10)} – ${formatUsd(b.p50)} – ${formatUsd(b.p90)}`
    : "cannot run";

export function describeUncertainty(
  u: Uncertainty,
  label: (id: string) => string,
): string {
  const width = Math.max(...u.options.map((o) => label(o.id).length)) + 2;
  const lines = [
    `Uncertainty: ${u.draws} draws, seed ${u.seed} (P10 – P50 – P90 a month; chance of being cheapest)`,
    ...u.options.map(
      (o) =>
        `${label(o.id).padEnd(width)}${usdBand(o.band)}   ${formatPercent(o.probabilityCheapest)}`,
    ),
  ];
  if (u.savingOptionId && u.saving) {
    lines.push(
      `${label(u.savingOptionId)} saves ${usdBand(u.saving)} a month against the baseline; cheaper in ${formatPercent(u.probabilityCheaper)} of draws`,
    );
  }
  if (u.breakEven) {
    lines.push(
      `Break-even: ${formatCompact(u.breakEven.p10)} – ${formatCompact(u.breakEven.p50)} – ${formatCompact(u.breakEven.p90)} requests/month (found in ${formatPercent(u.breakEven.share)} of draws)`,
    );
  }
  for (const t of u.tornado) {
    lines.push(
      `  ${t.field}: ${formatCompact(t.lowValue)} → saving ${formatUsd(t.low)}; ${formatCompact(t.highValue)} → ${formatUsd(t.high)}`,
    );
  }
  return lines.join("\n") + "\n";
}
