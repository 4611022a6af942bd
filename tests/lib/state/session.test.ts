import { describe, expect, it } from "vitest";
import fixtures from "../share/fixtures/links.json";
import { exportWorkspace } from "../../../src/lib/share/file";
import { encodeLink } from "../../../src/lib/share/link";
import {
  defaultScenario,
  defaultWorkspace,
} from "../../../src/lib/scenario/workspace";
import { AUTOSAVE_KEY } from "../../../src/lib/state/autosave.svelte";
import { keptSaves } from "../../../src/lib/state/kept-saves";
import { Session } from "../../../src/lib/state/session.svelte";
import { Workspace } from "../../../src/lib/state/workspace.svelte";
import { memoryStorage } from "./memory-storage";

const named = (...names: string[]) => ({
  scenarios: names.map((name) => defaultScenario(name)),
  open: 0,
});
const names = (workspace: Workspace) => workspace.scenarios.map((s) => s.name);

describe("Session: autosave", () => {
  it("opens the saved workspace and saves edits, and only edits", () => {
    const storage = memoryStorage({
      [AUTOSAVE_KEY]: exportWorkspace(named("Mine", "Other")),
    });
    const session = new Session(new Workspace(), storage);
    session.autosave.restore();
    expect(names(session.workspace)).toEqual(["Mine", "Other"]);
    const before = storage.items.get(AUTOSAVE_KEY);
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(before);
    session.workspace.current.workload.rate = "99";
    session.autosave.watch();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).s[0].w.rate).toBe("99");
  });

  it("recovers what it can of damaged saved data, keeps the original aside, and says so", () => {
    const data = JSON.parse(exportWorkspace(named("Good", "Bad")));
    data.s[1].w = { rate: 5 };
    const text = JSON.stringify(data);
    const storage = memoryStorage({ [AUTOSAVE_KEY]: text });
    const session = new Session(new Workspace(), storage);
    session.autosave.restore();
    expect(names(session.workspace)).toEqual(["Good"]);
    expect(session.autosave.message).toMatch(
      /1 of 2 saved scenarios were recovered; “Bad” could not be read/,
    );
    expect(keptSaves(storage).map((kept) => kept.text)).toEqual([text]);
    // The recovered workspace replaces the damaged one at the next save.
    session.autosave.watch();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).s).toHaveLength(1);
  });

  it("follows another tab's save when it has nothing unsaved, and says so", () => {
    const session = new Session(new Workspace(), memoryStorage());
    session.autosave.restore();
    session.autosave.watch();
    session.storage(AUTOSAVE_KEY, exportWorkspace(named("A", "B")));
    expect(names(session.workspace)).toEqual(["A", "B"]);
    expect(session.autosave.conflict).toBeNull();
    expect(session.message).toBe(
      "This tab now shows the changes saved in another tab.",
    );
    // Other keys and unreadable saves change nothing.
    session.storage("theme", "dark");
    session.storage(AUTOSAVE_KEY, "{broken");
    expect(names(session.workspace)).toEqual(["A", "B"]);
  });

  it("pauses on another tab's save over unsaved edits until the user picks a version", () => {
    const storage = memoryStorage();
    const session = new Session(new Workspace(), storage);
    session.autosave.restore();
    // An edit not yet saved (the save runs after the edit's task) meets the other tab's save.
    session.workspace.current.workload.rate = "11";
    const theirs = exportWorkspace(named("From the other tab"));
    storage.items.set(AUTOSAVE_KEY, theirs);
    session.storage(AUTOSAVE_KEY, theirs);
    expect(
      names({ scenarios: session.autosave.conflict!.scenarios } as Workspace),
    ).toEqual(["From the other tab"]);
    expect(session.workspace.current.workload.rate).toBe("11");
    // Edits here do not overwrite the other tab's save while the notice shows.
    session.workspace.current.workload.rate = "12";
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(theirs);
    session.autosave.keepMine();
    expect(session.autosave.conflict).toBeNull();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).s[0].w.rate).toBe("12");
  });

  it("loads the other tab's version when asked", () => {
    const session = new Session(new Workspace(), memoryStorage());
    session.autosave.restore();
    session.workspace.current.workload.rate = "11";
    session.storage(AUTOSAVE_KEY, exportWorkspace(named("A", "B")));
    session.autosave.loadTheirs();
    expect(names(session.workspace)).toEqual(["A", "B"]);
    expect(session.autosave.conflict).toBeNull();
  });

  it("reports a browser that refuses to save", () => {
    const storage = memoryStorage({}, 0);
    const session = new Session(new Workspace(), storage);
    session.autosave.restore();
    session.autosave.watch();
    expect(session.autosave.failure).toMatch(/would not save/);
  });
});

describe("Session: links and files as previews", () => {
  async function withSaved(...saved: string[]) {
    const storage = memoryStorage({
      [AUTOSAVE_KEY]: exportWorkspace(named(...saved)),
    });
    const session = new Session(new Workspace(), storage);
    return { session, storage };
  }

  it("shows a shared link's scenarios without touching the saved workspace, then goes back", async () => {
    const { session, storage } = await withSaved("Mine");
    const saved = storage.items.get(AUTOSAVE_KEY);
    await session.start(`#${await encodeLink(named("Shared 1", "Shared 2"))}`);
    expect(names(session.workspace)).toEqual(["Shared 1", "Shared 2"]);
    expect(session.preview?.source).toBe("link");
    session.workspace.current.workload.rate = "70";
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(saved);
    session.back();
    expect(names(session.workspace)).toEqual(["Mine"]);
    expect(session.preview).toBeNull();
  });

  it("adds the previewed scenarios after the user's own", async () => {
    const { session, storage } = await withSaved("Mine");
    await session.start(`#${await encodeLink(named("Shared"))}`);
    expect(session.hasOwn).toBe(true);
    expect(session.adding).toEqual({ count: 1, of: 1, mine: 1 });
    session.keep();
    expect(names(session.workspace)).toEqual(["Mine", "Shared"]);
    expect(session.workspace.open).toBe(1);
    expect(session.message).toBe("Added 1 scenario to your workspace.");
    session.autosave.watch();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).s).toHaveLength(2);
  });

  it("adds only what fits in twelve scenarios, and says so before and after", async () => {
    const mine = Array.from({ length: 11 }, (_, i) => `Mine ${i + 1}`);
    const { session } = await withSaved(...mine);
    await session.start(`#${await encodeLink(named("S1", "S2", "S3"))}`);
    expect(session.adding).toEqual({ count: 1, of: 3, mine: 11 });
    session.keep();
    expect(session.workspace.scenarios).toHaveLength(12);
    expect(session.message).toBe(
      "Added 1 scenario of 3: a workspace holds at most 12 scenarios.",
    );
  });

  it("opens the user's own link (a reload) without a preview", async () => {
    const { session } = await withSaved("Mine", "Also mine");
    await session.start(`#${await encodeLink(named("Mine", "Also mine"))}`);
    expect(session.preview).toBeNull();
    expect(names(session.workspace)).toEqual(["Mine", "Also mine"]);
  });

  it("keeps the saved workspace and the link text when the link cannot be read", async () => {
    const { session } = await withSaved("Mine");
    await session.start("#b1.AAAA");
    expect(names(session.workspace)).toEqual(["Mine"]);
    expect(session.preview).toBeNull();
    expect(session.link.problem?.text).toBe("b1.AAAA");
  });

  it("previews an imported file, or says why it cannot", async () => {
    const { session } = await withSaved("Mine");
    await session.start("");
    session.import("not json", "notes.txt");
    expect(session.message).toBe(
      "notes.txt could not be imported: This file is not valid JSON.",
    );
    expect(session.preview).toBeNull();
    session.import(exportWorkspace(named("Imported", "Too")), "w.json");
    expect(session.message).toBe("Showing 2 scenarios from w.json.");
    expect(session.preview?.source).toBe("file");
    session.keep();
    expect(names(session.workspace)).toEqual(["Mine", "Imported", "Too"]);
  });

  it("starts from the defaults when nothing is saved and there is no link", async () => {
    const session = new Session(new Workspace(), null);
    await session.start("");
    expect(session.workspace.snapshot()).toEqual(defaultWorkspace());
  });

  it("opens a link from an older catalog at its prices, and re-prices it on request", async () => {
    const old = fixtures.links.find((l) => l.catalogVersion === "2026.07.01")!;
    const { session } = await withSaved("Mine");
    await session.start(`#${old.link}`);
    expect(session.oldPrices).toEqual({
      catalogVersion: "2026.07.01",
      pricesAsOf: "2026-07-01",
      repriced: null,
    });
    const launch = session.workspace.scenarios[0]!.options[0]!;
    expect(launch.kind === "api" && launch.pricePoint).toBe(
      "launch (price unannounced)",
    );
    session.reprice();
    const today = session.workspace.scenarios[0]!.options[0]!;
    expect(today.kind === "api" && today.pricePoint).toBe("list price");
    expect(
      session.oldPrices?.repriced?.before.scenarios[0]!.options[0],
    ).toEqual(launch);
    // Going back leaves no re-pricing behind for the user's own scenarios.
    session.back();
    expect(session.oldPrices).toBeNull();
  });

  it("needs no re-pricing notice for a link made with today's catalog", async () => {
    const { session } = await withSaved("Mine");
    await session.start(`#${await encodeLink(named("Today", "Next year"))}`);
    expect(session.preview).not.toBeNull();
    expect(session.oldPrices).toBeNull();
  });

  it("goes back to what another tab saved while the preview showed", async () => {
    const { session, storage } = await withSaved("Mine");
    await session.start(`#${await encodeLink(named("Shared"))}`);
    const theirs = exportWorkspace(named("Mine", "Added in the other tab"));
    storage.items.set(AUTOSAVE_KEY, theirs);
    session.storage(AUTOSAVE_KEY, theirs);
    expect(names(session.workspace)).toEqual(["Shared"]);
    session.back();
    expect(names(session.workspace)).toEqual([
      "Mine",
      "Added in the other tab",
    ]);
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(theirs);
  });

  it("replaces a workspace still at its untouched default instead of keeping it in front", async () => {
    const session = new Session(new Workspace(), memoryStorage());
    const twelve = Array.from({ length: 12 }, (_, i) => `Shared ${i + 1}`);
    await session.start(`#${await encodeLink(named(...twelve))}`);
    // A first visit: there is no workspace of the user's own behind the preview.
    expect(session.hasOwn).toBe(false);
    expect(session.adding).toEqual({ count: 12, of: 12, mine: 0 });
    session.keep();
    expect(names(session.workspace)).toEqual(twelve);
    expect(session.message).toBe("Added 12 scenarios to your workspace.");
  });

  it("says so when an imported file holds the workspace already open", async () => {
    const { session } = await withSaved("Mine");
    await session.start("");
    session.import(exportWorkspace(named("Mine")), "same.json");
    expect(session.preview).toBeNull();
    expect(session.message).toBe(
      "same.json holds the scenarios your workspace already has.",
    );
  });

  it("keeps unsaved edits behind a preview: another tab's save becomes a choice, not a replacement", async () => {
    const storage = memoryStorage();
    const session = new Session(new Workspace(), storage);
    await session.start("");
    session.autosave.watch();
    session.workspace.current.workload.rate = "77"; // not saved yet
    session.import(exportWorkspace(named("Imported")), "w.json");
    const theirs = exportWorkspace(named("Other tab"));
    storage.items.set(AUTOSAVE_KEY, theirs);
    session.storage(AUTOSAVE_KEY, theirs);
    session.back();
    expect(session.workspace.current.workload.rate).toBe("77");
    expect(
      names({ scenarios: session.autosave.conflict!.scenarios } as Workspace),
    ).toEqual(["Other tab"]);
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(theirs);
  });
});

describe("Session: two tabs following each other", () => {
  it("keeps the scenario this tab has open, and says nothing when only the other tab's choice of scenario changed", () => {
    const session = new Session(new Workspace(), memoryStorage());
    session.autosave.restore();
    session.workspace.load(named("A", "B", "C"));
    session.workspace.select(2);
    session.autosave.watch();
    session.storage(
      AUTOSAVE_KEY,
      exportWorkspace({ ...named("A", "B", "C"), open: 0 }),
    );
    expect(session.workspace.open).toBe(2);
    expect(session.message).toBe("");
    session.storage(AUTOSAVE_KEY, exportWorkspace(named("A", "B", "C", "D")));
    expect(names(session.workspace)).toEqual(["A", "B", "C", "D"]);
    expect(session.workspace.open).toBe(2);
    expect(session.message).toMatch(/changes saved in another tab/);
  });
});
