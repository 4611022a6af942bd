/**
 * Two tabs saving one workspace, as a browser runs them: each tab reads its own copy of the
 * storage, which the other tab's save reaches, with its `storage` event, only some milliseconds
 * later. Whatever the timing, no edit is lost without a notice, and tabs never silently disagree.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_KEY } from "../../../src/lib/state/autosave.svelte";
import { Session } from "../../../src/lib/state/session.svelte";
import { Workspace } from "../../../src/lib/state/workspace.svelte";
import { recoverWorkspace } from "../../../src/lib/share/recover";
import type { WorkloadForm } from "../../../src/lib/scenario/form";

afterEach(() => vi.useRealTimers());

/** One origin's storage: what is committed, and each tab's own view of it. */
class Browser {
  readonly committed = new Map<string, string>();
  readonly tabs: Tab[] = [];
  /** Milliseconds before a save in tab `from` reaches tab `to`. */
  constructor(readonly latency: (from: Tab, to: Tab) => number) {}

  open(): Tab {
    const tab = new Tab(this);
    this.tabs.push(tab);
    tab.session.autosave.restore();
    tab.session.autosave.watch();
    return tab;
  }

  commit(from: Tab, key: string, value: string) {
    this.committed.set(key, value);
    for (const to of this.tabs) {
      if (to === from) continue;
      setTimeout(
        () => {
          // The tab's copy catches up with the storage, then hears this save.
          to.view.set(key, this.committed.get(key)!);
          to.session.storage(key, value);
          to.session.autosave.watch();
        },
        this.latency(from, to),
      );
    }
  }
}

class Tab {
  readonly view: Map<string, string>;
  readonly session: Session;
  constructor(readonly browser: Browser) {
    this.view = new Map(browser.committed);
    const view = this.view;
    const storage = {
      get length() {
        return view.size;
      },
      key: (i: number) => [...view.keys()][i] ?? null,
      getItem: (key: string) => view.get(key) ?? null,
      setItem: (key: string, value: string) => {
        view.set(key, value);
        browser.commit(this, key, value);
      },
      removeItem: (key: string) => void view.delete(key),
    };
    this.session = new Session(new Workspace(), storage);
  }

  /** Types into a workload field; the save runs at once, as the page's effect does. */
  edit(field: keyof WorkloadForm, value: string) {
    this.session.workspace.current.workload[field] = value as never;
    this.session.autosave.watch();
  }

  get conflict() {
    return this.session.autosave.conflict !== null;
  }
  workload() {
    return this.session.workspace.current.workload;
  }
}

const storedWorkload = (browser: Browser) =>
  recoverWorkspace(browser.committed.get(AUTOSAVE_KEY) ?? null, ["save"])
    .workspace!.scenarios[0]!.workload;

/** Each tab edits its own field, `offset` ms apart; saves cross with the given delivery delays. */
async function race(offset: number, aToB: number, bToA: number) {
  vi.useFakeTimers();
  const browser: Browser = new Browser((from: Tab): number =>
    from === a ? aToB : bToA,
  );
  const a: Tab = browser.open();
  const b: Tab = browser.open();
  await vi.runAllTimersAsync();
  setTimeout(() => a.edit("rate", "31"), 0);
  setTimeout(() => b.edit("inputTokens", "4321"), offset);
  await vi.runAllTimersAsync();
  return { browser, a, b };
}

describe("two tabs saving at once", () => {
  const delays = [0, 1, 5, 10, 20, 25];
  for (const offset of [0, 5, 10, 15, 20, 25])
    it(`loses no edit silently with edits ${offset} ms apart, whatever the delivery delays`, async () => {
      const outcomes = new Set<string>();
      for (const aToB of delays)
        for (const bToA of delays) {
          const { browser, a, b } = await race(offset, aToB, bToA);
          const stored = storedWorkload(browser);
          const trial = `edits ${offset} ms apart, delays ${aToB}/${bToA} ms`;
          // Each tab's edit is saved, or that tab asks which version stays.
          expect(stored.rate === "31" || a.conflict, trial).toBe(true);
          expect(stored.inputTokens === "4321" || b.conflict, trial).toBe(true);
          // Without a notice, both tabs show what is saved.
          if (!a.conflict && !b.conflict) {
            expect(a.workload(), trial).toEqual(stored);
            expect(b.workload(), trial).toEqual(stored);
          }
          // A save heard before the other edit is no conflict: the edits merge.
          if (aToB < offset)
            expect(a.conflict || b.conflict, trial).toBe(false);
          outcomes.add(a.conflict || b.conflict ? "conflict" : "merged");
        }
      // Edits far enough apart merge; the race is not decided in one way only.
      if (offset === 25) expect(outcomes).toContain("merged");
    });

  it("resolves a conflict by the user's choice, which the other tab then follows", async () => {
    const { browser, a, b } = await race(0, 10, 10);
    expect(a.conflict && b.conflict).toBe(true);
    a.session.autosave.keepMine();
    await vi.runAllTimersAsync();
    expect(storedWorkload(browser).rate).toBe("31");
    // The other tab still holds its own edit and is still asked.
    expect(b.conflict).toBe(true);
    b.session.autosave.loadTheirs();
    await vi.runAllTimersAsync();
    expect(b.workload()).toEqual(storedWorkload(browser));
    expect(a.conflict || b.conflict).toBe(false);
    // Saving resumes in both, and each follows the other again.
    b.edit("outputTokens", "777");
    await vi.runAllTimersAsync();
    expect(a.workload().outputTokens).toBe("777");
    expect(a.conflict || b.conflict).toBe(false);
  });
});
