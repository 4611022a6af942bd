/**
 * The Monte Carlo's worker (./how-sure-worker.ts) for whoever asks it a question and awaits the
 * answer: started on first use, then kept for the page's life. Each question carries an id, and
 * its answer settles the promise that asked it.
 */
import type { CompareAnswer } from "../present/compare-answer";
import type { ScenarioDoc } from "../scenario/workspace";
import type { CompareRequest } from "./how-sure-worker";

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (answer: CompareAnswer) => void>();

function start(): Worker {
  const started = new Worker(new URL("./how-sure-worker.ts", import.meta.url), {
    type: "module",
  });
  started.addEventListener("message", (event) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  return started;
}

/**
 * The comparison of `docs`, worked out off the main thread; with `sure`, how sure each scenario's
 * answer is too. Questions are answered in the order asked.
 */
export function compareOffThread(
  docs: ScenarioDoc[],
  sure: boolean,
): Promise<CompareAnswer> {
  worker ??= start();
  const request: CompareRequest = { id: ++asked, docs, sure };
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    worker!.postMessage(request);
  });
}
