/**
 * Reading back the workspace the browser saved. The autosave holds an exported workspace file, so
 * it passes the same migrations and validation as a file or a link. What cannot be read whole is
 * read scenario by scenario: a damaged scenario costs that scenario, never the workspace, and a
 * field a newer version added beside the scenarios costs none of them. Keeping the original aside
 * is the caller's (it knows whether that worked).
 */
import { readWorkspaceFile } from "./file";
import {
  defaultName,
  MAX_NAME_LENGTH,
  type Workspace,
} from "../scenario/workspace";

export interface Recovery {
  /** The workspace to open, or null when nothing was saved or nothing could be read. */
  workspace: Workspace | null;
  /** What happened, for the user; null when the saved workspace was read whole. */
  message: string | null;
  /** True when some saved data could not be read and should be kept aside. */
  unreadable: boolean;
}

const nothing: Recovery = { workspace: null, message: null, unreadable: false };

const lostAll = (reason: string): Recovery => ({
  workspace: null,
  message: `Your saved scenarios could not be read (${reason}), so the calculator starts from its defaults.`,
  unreadable: true,
});

/** The fields of a workspace file a scenario is read with: what it says about the whole. */
const FILE_FIELDS = ["format", "version", "c"] as const;

/**
 * Reads saved text. `ownFields` are top-level fields the caller added to the file (the autosave's
 * stamp): left out, not taken for a newer version's.
 */
export function recoverWorkspace(
  text: string | null,
  ownFields: readonly string[] = [],
): Recovery {
  if (text === null || text === "") return nothing;
  let data: unknown;
  try {
    data = withoutFields(JSON.parse(text), ownFields);
  } catch {
    return lostAll("they are not valid JSON");
  }
  const whole = readWorkspaceFile(data);
  if (whole.ok) return { ...nothing, workspace: whole.value.workspace };
  const scenarios = (data as { s?: unknown } | null)?.s;
  if (!Array.isArray(scenarios) || scenarios.length === 0)
    return lostAll(reasonOf(whole.error.message));
  return recoverEach(
    data as Record<string, unknown>,
    scenarios,
    whole.error.message,
  );
}

function withoutFields(data: unknown, fields: readonly string[]): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return data;
  const copy: Record<string, unknown> = { ...data };
  for (const field of fields) delete copy[field];
  return copy;
}

/** Reads each saved scenario on its own, keeping its name and order. */
function recoverEach(
  data: Record<string, unknown>,
  scenarios: unknown[],
  wholeError: string,
): Recovery {
  const file = Object.fromEntries(FILE_FIELDS.map((key) => [key, data[key]]));
  const kept: Workspace["scenarios"] = [];
  const lost: string[] = [];
  scenarios.forEach((scenario, index) => {
    const named =
      typeof scenario === "object" && scenario !== null && !("n" in scenario)
        ? { ...scenario, n: defaultName(index) }
        : scenario;
    const one = readWorkspaceFile({ ...file, s: [named] });
    if (one.ok) kept.push(one.value.workspace.scenarios[0]!);
    else lost.push(nameOf(scenario, index));
  });
  if (kept.length === 0) return lostAll(reasonOf(wholeError));
  const open = Number(data.a);
  return {
    workspace: {
      scenarios: kept,
      open:
        Number.isInteger(open) && open >= 0 && open < kept.length ? open : 0,
    },
    message:
      lost.length === 0
        ? `Your ${recovered(kept.length)}, but part of the saved data could not be read (${reasonOf(wholeError)}).`
        : `${kept.length} of ${scenarios.length} saved scenarios were recovered; ${lost.join(", ")} could not be read and ${lost.length === 1 ? "was" : "were"} left out.`,
    unreadable: true,
  };
}

const recovered = (n: number) =>
  n === 1
    ? "saved scenario was recovered"
    : `${n} saved scenarios were recovered`;

function nameOf(scenario: unknown, index: number): string {
  const name = (scenario as { n?: unknown } | null)?.n;
  return typeof name === "string" && name.length <= MAX_NAME_LENGTH
    ? `“${name}”`
    : `“${defaultName(index)}”`;
}

/** A file error reads "This file …"; inside our sentence it is the saved data's reason. */
const reasonOf = (message: string) =>
  message.replace(/^This (file|link) /, "it ").replace(/\.$/, "");
