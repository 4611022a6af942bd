/**
 * Runs `work` once the browser has nothing more urgent to do (at most `timeout` ms later), so that
 * parts of the page that can wait come in tasks of their own after the answer. Returns a cancel.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

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
