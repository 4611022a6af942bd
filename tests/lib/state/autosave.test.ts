import { afterEach, describe, expect, it, vi } from "vitest";
import { exportWorkspace } from "../../../src/lib/share/file";
import {
  defaultScenario,
  defaultWorkspace,
} from "../../../src/lib/scenario/workspace";
import { AUTOSAVE_KEY, Autosave } from "../../../src/lib/state/autosave.svelte";
import {
  keptSaves,
  MAX_KEPT_SAVES,
  UNREADABLE_KEY,
} from "../../../src/lib/state/kept-saves";
import { Workspace } from "../../../src/lib/state/workspace.svelte";
import { memoryStorage } from "./memory-storage";

afterEach(() => vi.useRealTimers());

const named = (...names: string[]) => ({
  scenarios: names.map((name) => defaultScenario(name)),
  open: 0,
});
const names = (workspace: Workspace) => workspace.scenarios.map((s) => s.name);

function opened(storage: ReturnType<typeof memoryStorage>) {
  const workspace = new Workspace();
  const autosave = new Autosave(workspace, storage);
  autosave.restore();
  return { workspace, autosave };
}

/** A save from a newer version of Breakeven: this one cannot read it at all. */
const newerSave = JSON.stringify({
  format: "breakeven-workspace",
  version: 3,
  c: "2026.11.29",
  s: [{ n: "My real work", w: { rate: "42" } }],
});

describe("Autosave: saved data that cannot be read", () => {
  it("keeps the original aside under its own dated key, and says so", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z") });
    const storage = memoryStorage({ [AUTOSAVE_KEY]: newerSave });
    const { workspace, autosave } = opened(storage);
    expect(workspace.snapshot()).toEqual(defaultWorkspace());
    expect(autosave.message).toBe(
      "Your saved scenarios could not be read (it was made by a newer version of Breakeven (format 3); this one reads up to 2), so the calculator starts from its defaults. A copy of the saved data is kept in this browser.",
    );
    expect(keptSaves(storage)).toEqual([
      { key: `${UNREADABLE_KEY}:2026-12-01T10:00:00.000Z`, text: newerSave },
    ]);
    // The defaults are saved over it only once it is kept.
    autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).not.toBe(newerSave);
  });

  it("never saves over it when it could not be kept aside (storage full), and offers it for export", () => {
    // Full to the last character: another copy does not fit.
    const full = memoryStorage(
      { [AUTOSAVE_KEY]: newerSave, filler: "x".repeat(1000) },
      AUTOSAVE_KEY.length + newerSave.length + "filler".length + 1000,
    );
    const { workspace, autosave } = opened(full);
    expect(autosave.message).toMatch(
      /^Your saved scenarios could not be read \(.*\), so the calculator starts from its defaults\. The saved data could not be kept aside: this browser's storage is full or blocked\. Saving is paused so it is not overwritten: export it now\.$/,
    );
    expect(autosave.unkept).toBe(newerSave);
    expect(keptSaves(full)).toEqual([]);
    workspace.current.workload.rate = "7";
    autosave.watch();
    autosave.watch();
    expect(full.items.get(AUTOSAVE_KEY)).toBe(newerSave);
    expect(autosave.failure).toBeNull();
    // The user has kept the text elsewhere and chooses to save again.
    full.items.delete("filler");
    autosave.resumeSaving();
    expect(autosave.unkept).toBeNull();
    expect(JSON.parse(full.items.get(AUTOSAVE_KEY)!).s[0].w.rate).toBe("7");
  });

  it("keeps a second unreadable save beside the first, at most a few, dropping the oldest and saying so", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z") });
    const storage = memoryStorage({
      [UNREADABLE_KEY]: "FIRST: kept by an earlier version",
      [AUTOSAVE_KEY]: "{second corruption",
    });
    opened(storage);
    expect(keptSaves(storage).map((kept) => kept.text)).toEqual([
      "FIRST: kept by an earlier version",
      "{second corruption",
    ]);
    const corruptions = ["{third", "{fourth", "{fifth"];
    let last: Autosave | null = null;
    for (const text of corruptions) {
      vi.advanceTimersByTime(60_000);
      storage.items.set(AUTOSAVE_KEY, text);
      last = opened(storage).autosave;
    }
    expect(keptSaves(storage).map((kept) => kept.text)).toEqual([
      "{third",
      "{fourth",
      "{fifth",
    ]);
    expect(MAX_KEPT_SAVES).toBe(3);
    expect(last!.message).toMatch(
      /A copy of the saved data is kept in this browser; the oldest copy kept before, from 1 December 2026, was removed: at most 3 are kept\.$/,
    );
  });

  it("keeps the same unreadable save once, however often it is opened", () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: "{broken" });
    opened(storage);
    opened(storage);
    expect(keptSaves(storage)).toHaveLength(1);
  });

  it("reads scenario by scenario a save with a field from a newer version, keeping the original aside", () => {
    const data = { ...JSON.parse(exportWorkspace(named("A", "B"))), z: 1 };
    const text = JSON.stringify(data);
    const storage = memoryStorage({ [AUTOSAVE_KEY]: text });
    const { workspace, autosave } = opened(storage);
    expect(names(workspace)).toEqual(["A", "B"]);
    expect(autosave.message).toMatch(
      /^Your 2 saved scenarios were recovered, but part of the saved data could not be read \(.*z.*\)\. A copy of the saved data is kept in this browser\.$/,
    );
    expect(keptSaves(storage).map((kept) => kept.text)).toEqual([text]);
  });
});
