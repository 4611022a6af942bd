/**
 * Everything the page needs for its workspace — scenarios, link, autosave, files, comparison — in
 * one module, so it loads after the answer in a single request.
 */
import { Session } from "../state/session.svelte";
import type { Workspace } from "../state/workspace.svelte";

export { default as CompareSlot } from "./CompareSlot.svelte";
export { default as WorkspacePanel } from "./WorkspacePanel.svelte";

/** The browser's storage, or none where it is blocked (some private modes throw on access). */
function browserStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export const createSession = (workspace: Workspace) =>
  new Session(workspace, browserStorage());
