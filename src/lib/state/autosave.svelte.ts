/**
 * The workspace saved in the browser as the user edits, read back on the next visit. Saved data
 * that cannot be read whole is recovered as far as it goes and kept aside, never discarded: when
 * it cannot be kept aside, saving waits until the user has exported it.
 *
 * Several tabs share one save. Each save is stamped with the save it was built on (save-stamp.ts),
 * so a tab tells another tab's later edit, which it follows, from a save that crossed its own or
 * meets its unsaved edits: then saving pauses until the user picks whose version stays, and the
 * last writer wins only after that notice.
 */
import { recoverWorkspace } from "../share/recover";
import type { Workspace as WorkspaceData } from "../scenario/workspace";
import {
  keepAside,
  keptOn,
  MAX_KEPT_SAVES,
  type KeepOutcome,
  type KeepStorage,
} from "./kept-saves";
import {
  contentOf,
  newTabId,
  STAMP_FIELD,
  stamped,
  stampOf,
} from "./save-stamp";
import type { Workspace } from "./workspace.svelte";

export const AUTOSAVE_KEY = "breakeven:workspace";

export type SaveStorage = KeepStorage;

export class Autosave {
  readonly #workspace: Workspace;
  readonly #storage: SaveStorage | null;
  /** What reading the saved workspace recovered or could not, until dismissed. */
  message = $state<string | null>(null);
  /** Another tab's save, newer than this tab's, until the user chooses. */
  conflict = $state.raw<WorkspaceData | null>(null);
  /** Set while the page shows something that is not the user's own workspace (a shared link). */
  paused = $state(false);
  /** Why the browser refused the last save, if it did. */
  failure = $state<string | null>(null);
  /**
   * Saved data that could not be read nor kept aside (storage full), offered for export: saving
   * waits until the user resumes it, so nothing writes over the only copy.
   */
  unkept = $state.raw<string | null>(null);
  /** The mark in this tab's save ids, and how many saves it has made. */
  readonly #tab = newTabId();
  #count = 0;
  /** The save this tab's workspace is built on (written, read or followed): its next save's base. */
  #base: string | null = null;
  /** The workspace as that save holds it (its content), so only edits are saved. */
  #saved = "";
  /** The id of the save `conflict` holds. */
  #conflictId: string | null = null;

  constructor(workspace: Workspace, storage: SaveStorage | null) {
    this.#workspace = workspace;
    this.#storage = storage;
  }

  /** Opens the saved workspace, or keeps the defaults when there is none. */
  restore() {
    const text = this.#read();
    const recovery = recoverWorkspace(text, [STAMP_FIELD]);
    if (recovery.workspace) this.#workspace.load(recovery.workspace);
    this.#base = stampOf(text)?.id ?? null;
    // Nothing saved, or only in part: the next watch saves what is on screen.
    this.#saved =
      recovery.workspace && !recovery.unreadable
        ? contentOf(this.#workspace.snapshot())
        : "";
    this.message = recovery.message;
    if (!recovery.unreadable || text === null || !this.#storage) return;
    const outcome = keepAside(this.#storage, text);
    if (!outcome.kept) this.unkept = text;
    this.message = `${recovery.message} ${keptMessage(outcome)}`;
  }

  /** Saves again after saved data could not be kept aside: the user has exported it. */
  resumeSaving() {
    this.unkept = null;
    this.message = null;
    this.watch();
  }

  /** Run inside an effect: reads the whole workspace, so every edit saves it. */
  watch() {
    if (this.paused || this.conflict || this.unkept !== null) return;
    const snapshot = this.#workspace.snapshot();
    const content = contentOf(snapshot);
    if (content === this.#saved) return;
    // A save this tab has not heard of yet (its event is still on the way) is heard first.
    const stored = this.#read();
    if (stored !== null && (stampOf(stored)?.id ?? null) !== this.#base) {
      this.receive(AUTOSAVE_KEY, stored);
      if (this.conflict) return;
    }
    const id = `${this.#tab}.${++this.#count}`;
    if (
      this.#write(AUTOSAVE_KEY, stamped(snapshot, { id, base: this.#base }))
    ) {
      this.#saved = content;
      this.#base = id;
    }
  }

  /**
   * A `storage` event: another tab of this site saved. `own` is the user's own workspace when the
   * page shows something else (a preview), else the one on screen. If this tab holds edits not
   * saved yet, if the other tab's save crossed this tab's last one, or if a choice is pending,
   * saving pauses and the user is asked; if not, the other tab's save is taken: followed on
   * screen, keeping the scenario this tab has open, or returned as the workspace a preview goes
   * back to. Says which, or null when nothing changed here.
   */
  receive(
    key: string | null,
    text: string | null,
    own: WorkspaceData = this.#workspace.snapshot(),
  ):
    | { outcome: "followed" | "conflict" }
    | { outcome: "preview"; theirs: WorkspaceData }
    | null {
    if (key !== AUTOSAVE_KEY || text === null) return null;
    const stamp = stampOf(text);
    if (stamp && stamp.id === this.#base) return null;
    const saved = recoverWorkspace(text, [STAMP_FIELD]).workspace;
    if (!saved) return null;
    // Each tab keeps its own open scenario: choosing one in another tab moves nothing here.
    const theirs = {
      ...saved,
      open: Math.min(own.open, saved.scenarios.length - 1),
    };
    const mine = contentOf(own);
    const id = stamp?.id ?? null;
    if (contentOf(theirs) === mine) {
      // The same workspace: nothing to choose between.
      this.#base = id;
      this.#saved = mine;
      this.conflict = null;
      return null;
    }
    // Built on an older save than this tab's own last one: the two saves crossed.
    const crossed =
      stamp !== null &&
      stamp.base !== this.#base &&
      !!this.#base?.startsWith(`${this.#tab}.`);
    if (this.conflict || crossed || mine !== this.#saved) {
      this.conflict = saved;
      this.#conflictId = id;
      return { outcome: "conflict" };
    }
    this.#base = id;
    this.#saved = contentOf(theirs);
    if (this.paused) return { outcome: "preview", theirs };
    this.#workspace.load(theirs);
    return { outcome: "followed" };
  }

  /** Takes the other tab's version, replacing this tab's unsaved view. */
  loadTheirs() {
    const theirs = this.conflict;
    if (!theirs) return;
    this.#workspace.load(theirs);
    this.#saved = contentOf(this.#workspace.snapshot());
    this.#base = this.#conflictId;
    this.conflict = null;
  }

  /** Keeps this tab's version: it is saved over the other tab's at once. */
  keepMine() {
    if (!this.conflict) return;
    this.#base = this.#conflictId;
    this.conflict = null;
    this.#saved = "";
    this.watch();
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(AUTOSAVE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, text: string): boolean {
    try {
      this.#storage?.setItem(key, text);
      this.failure = null;
      return true;
    } catch {
      this.failure =
        "This browser would not save the workspace (storage full or blocked); copy the link to keep it.";
      return false;
    }
  }
}

function keptMessage(outcome: KeepOutcome): string {
  if (!outcome.kept)
    return "The saved data could not be kept aside: this browser's storage is full or blocked. Saving is paused so it is not overwritten: export it now.";
  const kept = "A copy of the saved data is kept in this browser";
  const [oldest, ...more] = outcome.dropped;
  if (!oldest) return `${kept}.`;
  const from = keptOn(oldest) ?? "an earlier visit";
  const removed =
    more.length === 0
      ? `the oldest copy kept before, from ${from}, was removed`
      : `the ${more.length + 1} oldest copies kept before were removed`;
  return `${kept}; ${removed}: at most ${MAX_KEPT_SAVES} are kept.`;
}
