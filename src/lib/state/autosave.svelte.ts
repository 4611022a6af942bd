/**
 * The workspace saved in the browser as the user edits, read back on the next visit. Saved data
 * that cannot be read whole is recovered as far as it goes and kept aside, never discarded. A tab
 * with nothing unsaved follows another tab's saves; when another tab saves over this one's unsaved
 * work, saving pauses until the user picks whose version stays: the last writer wins only after
 * that notice.
 */
import { exportWorkspace } from "../share/file";
import { recoverWorkspace } from "../share/recover";
import type { Workspace as WorkspaceData } from "../scenario/workspace";
import type { Workspace } from "./workspace.svelte";

export const AUTOSAVE_KEY = "breakeven:workspace";
/** Where saved data that could not be read is kept, so a later version may still read it. */
export const UNREADABLE_KEY = "breakeven:workspace:unreadable";

export type SaveStorage = Pick<Storage, "getItem" | "setItem">;

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
  /** The saved text as this tab last wrote or read it. */
  #saved = "";

  constructor(workspace: Workspace, storage: SaveStorage | null) {
    this.#workspace = workspace;
    this.#storage = storage;
  }

  /** Opens the saved workspace, or keeps the defaults when there is none. */
  restore() {
    const text = this.#read();
    const recovery = recoverWorkspace(text);
    if (recovery.workspace) this.#workspace.load(recovery.workspace);
    if (recovery.unreadable && text !== null) this.#write(UNREADABLE_KEY, text);
    this.message = recovery.message;
    this.#saved = recovery.unreadable ? "" : (text ?? "");
  }

  /** Run inside an effect: reads the whole workspace, so every edit saves it. */
  watch() {
    if (this.paused || this.conflict) return;
    const text = exportWorkspace(this.#workspace.snapshot());
    if (text === this.#saved) return;
    if (this.#write(AUTOSAVE_KEY, text)) this.#saved = text;
  }

  /**
   * A `storage` event: another tab of this site saved. `own` is the user's own workspace when the
   * page shows something else (a preview), else the one on screen. If it holds edits not saved
   * yet (or a choice is pending), saving pauses and the user is asked; if not, the other tab's
   * save is taken: followed on screen, keeping the scenario this tab has open, or returned as the
   * workspace a preview goes back to. Says which, or null when nothing changed here.
   */
  receive(
    key: string | null,
    text: string | null,
    own: WorkspaceData = this.#workspace.snapshot(),
  ):
    | { outcome: "followed" | "conflict" }
    | { outcome: "preview"; theirs: WorkspaceData }
    | null {
    if (key !== AUTOSAVE_KEY || text === null || text === this.#saved)
      return null;
    const theirs = recoverWorkspace(text).workspace;
    if (!theirs) return null;
    if (this.conflict || exportWorkspace(own) !== this.#saved) {
      this.conflict = theirs;
      return { outcome: "conflict" };
    }
    if (this.paused) {
      this.#saved = text;
      return { outcome: "preview", theirs };
    }
    // Each tab keeps its own open scenario: choosing one in another tab moves nothing here.
    const open = Math.min(this.#workspace.open, theirs.scenarios.length - 1);
    const followed = exportWorkspace({ ...theirs, open });
    const changed = followed !== exportWorkspace(this.#workspace.snapshot());
    if (changed) this.#workspace.load({ ...theirs, open });
    this.#saved = followed;
    return changed ? { outcome: "followed" } : null;
  }

  /** Takes the other tab's version, replacing this tab's unsaved view. */
  loadTheirs() {
    const theirs = this.conflict;
    if (!theirs) return;
    this.#workspace.load(theirs);
    this.#saved = exportWorkspace(this.#workspace.snapshot());
    this.conflict = null;
  }

  /** Keeps this tab's version: it is saved over the other tab's at once. */
  keepMine() {
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
