/**
 * How sure the answer is, off the main thread: the Monte Carlo and the solvers run, and their
 * sentences and the tornado's bars and table built here (present/how-sure-answer.ts), so typing
 * never waits for 2,000 draws and the page loads none of this code. Each answer carries its
 * message's id, so a late answer for an older scenario is recognised and dropped.
 */
import { howSure, type HowSureRequest } from "../present/how-sure-answer";

addEventListener("message", (event: MessageEvent<HowSureRequest>) => {
  postMessage(howSure(event.data));
});
