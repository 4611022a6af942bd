/**
 * The workspace as a JSON file to keep or send: the same compact payload a link carries, readable
 * and marked with its format, and imported through the same migrations and validation.
 */
import { catalogVersion } from "../catalog";
import { newerVersion, readPayload, type LinkResult } from "./link";
import { PAYLOAD_VERSION, toPayload } from "./payload";
import type { Workspace } from "../scenario/workspace";

const FILE_FORMAT = "breakeven-workspace";

/** The workspace file's content, before it is written out as text. */
export function workspaceFile(workspace: Workspace) {
  return {
    format: FILE_FORMAT,
    version: PAYLOAD_VERSION,
    ...toPayload(workspace, catalogVersion),
  };
}

export function exportWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspaceFile(workspace), null, 2)}\n`;
}

export function isWorkspaceFile(data: unknown): data is { format: string } {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { format?: unknown }).format === FILE_FORMAT
  );
}

/** Reads an exported workspace file's text; a typed error, never a throw. */
export function importWorkspace(text: string): LinkResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { code: "corrupt", message: "This file is not valid JSON." },
    };
  }
  return readWorkspaceFile(data);
}

/** Reads an exported workspace file already parsed from JSON. */
export function readWorkspaceFile(data: unknown): LinkResult {
  if (!isWorkspaceFile(data)) {
    return {
      ok: false,
      error: {
        code: "not-a-link",
        message: "This file is not a Breakeven workspace.",
      },
    };
  }
  const {
    format: _,
    version,
    ...payload
  } = data as { format: string; version?: unknown };
  if (
    typeof version !== "number" ||
    !Number.isInteger(version) ||
    version < 1
  ) {
    return {
      ok: false,
      error: {
        code: "invalid",
        message: "This workspace file does not say which format it is in.",
      },
    };
  }
  if (version > PAYLOAD_VERSION) return newerVersion(version, "file");
  return readPayload(payload, version, "file");
}
