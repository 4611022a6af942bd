import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "../../../src/lib/components/debounce";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("debounce", () => {
  it("runs only the last work, once the given time has passed without another", () => {
    const ran: string[] = [];
    const rerun = debounce(300);
    rerun.run(() => ran.push("a"));
    vi.advanceTimersByTime(200);
    rerun.run(() => ran.push("b"));
    vi.advanceTimersByTime(299);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(["b"]);
  });

  it("runs nothing once cancelled", () => {
    const ran: string[] = [];
    const rerun = debounce(300);
    rerun.run(() => ran.push("a"));
    rerun.cancel();
    vi.runAllTimers();
    expect(ran).toEqual([]);
  });
});
