/**
 * How sure the answer is, off the main thread: the Monte Carlo and the solvers run, and their
 * sentences and the tornado's bars and table built here (present/how-sure-answer.ts), so typing
 * never waits for 2,000 draws and the page loads none of this code. Each answer carries its
 * message's id, so a late answer for an older scenario is recognised and dropped. The comparison
 * is worked out here too, every scenario at once (present/compare-answer.ts, asked through
 * ./monte-carlo.ts).
 */
import { compareAnswer } from "../present/compare-answer";
import { howSure, type HowSureRequest } from "../present/how-sure-answer";
import type { ScenarioDoc } from "../scenario/workspace";

export interface CompareRequest {
  id: number;
  docs: ScenarioDoc[];
  /** Whether to run the Monte Carlo for each scenario too. */
  sure: boolean;
}

addEventListener(
  "message",
  (event: MessageEvent<HowSureRequest | CompareRequest>) => {
    const request = event.data;
    postMessage(
      "docs" in request
        ? { id: request.id, ...compareAnswer(request.docs, request.sure) }
        : howSure(request),
    );
  },
);
