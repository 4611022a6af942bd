import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleOnce } from "../../../src/lib/components/idle-once";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("idleOnce", () => {
  it("runs once, later, for a burst of requests", () => {
    let runs = 0;
    const save = idleOnce(() => runs++);
    save.schedule();
    save.schedule();
    save.schedule();
    expect(runs).toBe(0);
    vi.runAllTimers();
    expect(runs).toBe(1);
    save.schedule();
    vi.runAllTimers();
    expect(runs).toBe(2);
  });

  it("runs a pending run at once when flushed, and nothing when none is pending", () => {
    let runs = 0;
    const save = idleOnce(() => runs++);
    save.flush();
    expect(runs).toBe(0);
    save.schedule();
    save.flush();
    expect(runs).toBe(1);
    // The flushed run is not run again when the browser gets idle.
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  it("drops a pending run when cancelled", () => {
    let runs = 0;
    const save = idleOnce(() => runs++);
    save.schedule();
    save.cancel();
    vi.runAllTimers();
    save.flush();
    expect(runs).toBe(0);
  });
});
