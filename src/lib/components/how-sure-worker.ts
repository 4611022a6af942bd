/**
 * How sure the answer is, off the main thread: the Monte Carlo and the solvers run, and their
 * sentences and tornado rows written here (present/how-sure.ts), so typing never waits for 2,000
 * draws and the page loads none of this code.
 */
import { howSure, type HowSureRequest } from "../present/how-sure";

addEventListener("message", (event: MessageEvent<HowSureRequest>) => {
  postMessage(howSure(event.data));
});
