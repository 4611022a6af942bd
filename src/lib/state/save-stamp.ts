/**
 * The stamp each autosave carries beside the workspace file: the save's own id (the tab that wrote
 * it, and its count there) and the id of the save it was built on. A tab that hears a save built on
 * something other than the save it last knew learns that two saves crossed, however close in time:
 * the browser delivers another tab's save some milliseconds after it is made, too late to tell by
 * the workspace alone.
 */
import { workspaceFile } from "../share/file";
import type { Workspace } from "../scenario/workspace";

/** The stamp's field in the saved file: the reader leaves it out. */
export const STAMP_FIELD = "save";

export interface SaveStamp {
  id: string;
  /** The save this one was built on; null for one built on nothing saved. */
  base: string | null;
}

/** A tab's mark for its saves' ids: random, so that two tabs opened at once differ. */
export const newTabId = () => Math.random().toString(36).slice(2, 10);

/** The workspace as its save's content, compared to tell an edit from a save already made. */
export const contentOf = (workspace: Workspace) =>
  JSON.stringify(workspaceFile(workspace));

/** The saved text: the workspace file with its stamp first. */
export const stamped = (workspace: Workspace, stamp: SaveStamp) =>
  `${JSON.stringify({ [STAMP_FIELD]: stamp, ...workspaceFile(workspace) }, null, 2)}\n`;

/** The stamp of saved text, or null for text without one (an earlier version's, or damaged). */
export function stampOf(text: string | null): SaveStamp | null {
  if (text === null) return null;
  try {
    const stamp = (JSON.parse(text) as Record<string, unknown> | null)?.[
      STAMP_FIELD
    ] as Partial<SaveStamp> | undefined;
    return typeof stamp?.id === "string" &&
      (stamp.base === null || typeof stamp.base === "string")
      ? { id: stamp.id, base: stamp.base }
      : null;
  } catch {
    return null;
  }
}
