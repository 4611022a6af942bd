/**
 * How sure the answer is, off the main thread: the form's ranges read, the Monte Carlo and the
 * solvers run, and their sentences and the tornado's bars and table built here, so typing never waits for 2,000
 * draws and the page loads none of this code. Each answer carries its message's id, so a late
 * answer for an older scenario is recognised and dropped. The comparison is worked out here too,
 * every scenario at once (./monte-carlo.ts).
 */
import type { ScenarioResult } from "../engine/evaluate";
import { solve, SOLVE_FOR } from "../engine/solve";
import type { Scenario } from "../engine/types";
import { simulate } from "../engine/uncertainty";
import { compareAnswer } from "../present/compare-answer";
import { flipSentences, howSureSentence } from "../present/how-sure";
import { tornadoData } from "../present/tornado-chart";
import { readFormRanges } from "../scenario/form-ranges";
import type { OptionForm, WorkloadForm } from "../scenario/form";
import type { ScenarioDoc } from "../scenario/workspace";

export interface HowSureRequest {
  id: number;
  workload: WorkloadForm;
  options: OptionForm[];
  scenario: Scenario;
  result: ScenarioResult;
}

export interface CompareRequest {
  id: number;
  docs: ScenarioDoc[];
  /** Whether to run the Monte Carlo for each scenario too. */
  sure: boolean;
}

// Registered first: the comparison's question is answered here and goes no further.
addEventListener("message", (event: MessageEvent) => {
  const request: HowSureRequest | CompareRequest = event.data;
  if (!("docs" in request)) return;
  event.stopImmediatePropagation();
  postMessage({ id: request.id, ...compareAnswer(request.docs, request.sure) });
});

addEventListener("message", (event: MessageEvent<HowSureRequest>) => {
  const { id, workload, options, scenario, result } = event.data;
  const { ranges } = readFormRanges(workload, options, scenario);
  const simulated = simulate(scenario, ranges);
  const u = simulated.ok ? simulated.value : null;
  const flips = SOLVE_FOR.map((target) =>
    solve(scenario, target, u?.savingOptionId ?? undefined),
  ).flatMap((s) => (s.ok ? [s.value] : []));
  postMessage({
    id,
    sentence: u && howSureSentence(u, result, flips),
    flips: flipSentences(flips, result),
    tornado: u && tornadoData(u, result),
  });
});
