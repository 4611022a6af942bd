import { whenIdle } from "./idle";

export interface Deferred {
  /** Asks for a run: one, when idle, however often it is asked before then. */
  schedule(): void;
  /** Runs a pending run at once (the page is being hidden or left); nothing if none is pending. */
  flush(): void;
  /** Drops a pending run. */
  cancel(): void;
}

/**
 * Work an edit needs done but its answer on screen does not wait for (saving it, the address
 * bar): it runs after the frame has painted, when the browser is idle (at most `timeout` ms
 * later), once for a burst of edits.
 */
export function idleOnce(work: () => void, timeout = 500): Deferred {
  let cancel: (() => void) | null = null;
  const drop = () => {
    cancel?.();
    cancel = null;
  };
  const flush = () => {
    if (!cancel) return;
    drop();
    work();
  };
  return {
    schedule: () => void (cancel ??= whenIdle(flush, timeout)),
    flush,
    cancel: drop,
  };
}
