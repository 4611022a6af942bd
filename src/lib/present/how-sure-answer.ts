/**
 * How sure the answer is, as the page's panel shows it: what its worker computes and sends back.
 */
import type { ScenarioResult } from "../engine/evaluate";
import { solve, SOLVE_FOR } from "../engine/solve";
import type { Scenario } from "../engine/types";
import { simulate, type RangedInput } from "../engine/uncertainty";
import { formatNumber } from "../format";
import { flipSentences, howSureSentence } from "./how-sure";
import { tornadoData, type TornadoData } from "./tornado-chart";

export interface HowSureRequest {
  /** Echoed in the answer, so a late answer for an older scenario is recognised. */
  id: number;
  scenario: Scenario;
  result: ScenarioResult;
  ranges: RangedInput[];
  seed: number;
  draws: number;
}

export interface HowSureAnswer {
  id: number;
  /** What the answer was drawn with: "2,000 draws, seed 1". */
  drawn: string;
  sentence: string | null;
  flips: string[];
  /** The tornado's bars and table; null when nothing was drawn. */
  tornado: TornadoData | null;
}

/**
 * How sure the answer is, in the words the panel shows: the Monte Carlo over the ranged inputs
 * with the scenario's seed and draws, the solvers, and the tornado. The page runs this in
 * a worker; the CLI runs the same simulation, so the same seed gives the same figures.
 */
export function howSure(request: HowSureRequest): HowSureAnswer {
  const { id, scenario, result, ranges, seed, draws } = request;
  const simulated = simulate(scenario, ranges, { seed, draws });
  const u = simulated.ok ? simulated.value : null;
  const flips = SOLVE_FOR.map((target) =>
    solve(scenario, target, u?.savingOptionId ?? undefined),
  ).flatMap((s) => (s.ok ? [s.value] : []));
  return {
    id,
    drawn: `${formatNumber(draws)} draws, seed ${seed}`,
    sentence: u && howSureSentence(u, result, flips),
    flips: flipSentences(flips, result),
    tornado: u && tornadoData(u, result),
  };
}
