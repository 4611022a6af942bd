/**
 * The scenarios the user keeps side by side, one open in the calculator: add, duplicate, rename,
 * delete with undo, reorder, and load a whole workspace from a link, a file or the autosave.
 */
import { createContext } from "svelte";
import {
  defaultScenario,
  defaultWorkspace,
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  type ScenarioDoc,
  type Workspace as WorkspaceData,
} from "../share/workspace";

/** Room left in a name for a number that tells it apart (" 12"). */
const NAME_STEM = MAX_NAME_LENGTH - 3;

export class Workspace {
  scenarios = $state<ScenarioDoc[]>(defaultWorkspace().scenarios);
  open = $state(0);
  /** The last deleted scenario and where it stood, until undone, or until a scenario is added or deleted or a workspace loaded. */
  removed = $state.raw<{ scenario: ScenarioDoc; index: number } | null>(null);

  readonly current = $derived(this.scenarios[this.open] ?? this.scenarios[0]!);
  readonly full = $derived(this.scenarios.length >= MAX_SCENARIOS);

  /** The workspace as plain data, for links, files and the autosave. */
  snapshot(): WorkspaceData {
    return $state.snapshot({
      scenarios: this.scenarios,
      open: this.open,
    }) as WorkspaceData;
  }

  load(data: WorkspaceData) {
    // A copy: the caller may keep `data` (a preview keeps the user's own workspace to go back to).
    this.scenarios = structuredClone(data.scenarios);
    this.open = Math.min(data.open, data.scenarios.length - 1);
    this.removed = null;
  }

  /**
   * Appends scenarios (from a shared link) up to the workspace's limit, renaming any whose name is
   * taken; returns how many fitted.
   */
  append(scenarios: ScenarioDoc[]): number {
    const room = MAX_SCENARIOS - this.scenarios.length;
    const added = scenarios.slice(0, room);
    for (const scenario of added)
      this.scenarios.push({
        ...scenario,
        name: this.#freshName(scenario.name),
      });
    if (added.length) this.open = this.scenarios.length - added.length;
    return added.length;
  }

  select(index: number) {
    if (index >= 0 && index < this.scenarios.length) this.open = index;
  }

  #insert(index: number, scenario: ScenarioDoc) {
    if (this.full) return;
    this.scenarios.splice(index, 0, scenario);
    this.open = index;
    this.removed = null;
  }

  add() {
    this.#insert(
      this.scenarios.length,
      defaultScenario(this.#freshName("Scenario")),
    );
  }

  duplicate(index: number) {
    const source = this.scenarios[index];
    if (!source) return;
    const copy = structuredClone($state.snapshot(source)) as ScenarioDoc;
    this.#insert(index + 1, {
      ...copy,
      name: this.#freshName(`${source.name.slice(0, NAME_STEM - 7)} (copy)`),
    });
  }

  rename(index: number, name: string) {
    const scenario = this.scenarios[index];
    if (scenario)
      scenario.name = name.trim().slice(0, MAX_NAME_LENGTH) || scenario.name;
  }

  remove(index: number) {
    const scenario = this.scenarios[index];
    if (!scenario || this.scenarios.length <= 1) return;
    this.removed = {
      scenario: $state.snapshot(scenario) as ScenarioDoc,
      index,
    };
    this.scenarios.splice(index, 1);
    if (this.open >= this.scenarios.length || this.open > index)
      this.open = Math.max(0, this.open - 1);
  }

  undoRemove() {
    const removed = this.removed;
    if (!removed || this.full) return;
    this.scenarios.splice(removed.index, 0, removed.scenario);
    this.open = removed.index;
    this.removed = null;
  }

  move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= this.scenarios.length) return;
    const [moved] = this.scenarios.splice(index, 1);
    this.scenarios.splice(to, 0, moved!);
    if (this.open === index) this.open = to;
    else if (this.open === to) this.open = index;
  }

  /** `base`, or `base 2`, `base 3`… : the first name no scenario has, within the length a link holds. */
  #freshName(name: string): string {
    const taken = new Set(this.scenarios.map((s) => s.name));
    if (name === "Scenario") {
      for (let n = this.scenarios.length + 1; ; n++)
        if (!taken.has(`Scenario ${n}`)) return `Scenario ${n}`;
    }
    const whole = name.slice(0, MAX_NAME_LENGTH);
    if (!taken.has(whole)) return whole;
    const base = name.slice(0, NAME_STEM);
    for (let n = 2; ; n++)
      if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
  }
}

const [getWorkspace, setWorkspace] = createContext<Workspace>();

export { getWorkspace, setWorkspace };
