/**
 * The scenarios the user keeps side by side, one open in the calculator, and a whole workspace
 * loaded from a link, a file or the autosave. Editing the list is ScenarioList's
 * (scenario-list.svelte.ts), which loads with the workspace's controls, after the answer.
 */
import {
  defaultWorkspace,
  type ScenarioDoc,
  type Workspace as WorkspaceData,
} from "../scenario/workspace";

export class Workspace {
  scenarios = $state<ScenarioDoc[]>(defaultWorkspace().scenarios);
  open = $state(0);

  readonly current = $derived(this.scenarios[this.open] ?? this.scenarios[0]!);

  /**
   * The workspace as plain data, for links, files and the autosave. Read inside an effect, it
   * re-runs that effect on any edit.
   */
  snapshot(): WorkspaceData {
    return { scenarios: plainCopy(this.scenarios), open: this.open };
  }

  load(data: WorkspaceData) {
    // A copy: the caller may keep `data` (a preview keeps the user's own workspace to go back to).
    this.scenarios = structuredClone(data.scenarios);
    this.open = Math.min(data.open, data.scenarios.length - 1);
  }

  select(index: number) {
    if (index >= 0 && index < this.scenarios.length) this.open = index;
  }
}

/**
 * A copy of form data (objects, arrays, strings, numbers): what `$state.snapshot` gives, several
 * times faster on this data, which it copies on every edit (it hands each string and number to
 * `structuredClone`).
 */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = plainCopy(item);
  return copy as T;
}
