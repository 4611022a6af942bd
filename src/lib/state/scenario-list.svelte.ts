/**
 * Editing the workspace's scenarios: add, duplicate, rename, delete with undo, reorder, and
 * append scenarios from a link or a file, up to twelve, with names a link can hold and no two
 * alike. Kept apart from the Workspace the calculator reads, so it loads after the answer.
 */
import {
  defaultName,
  defaultScenario,
  isDefaultName,
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  type ScenarioDoc,
} from "../scenario/workspace";
import type { Workspace } from "./workspace.svelte";

/** Room left in a name for a number that tells it apart (" 12"). */
const NAME_STEM = MAX_NAME_LENGTH - 3;

export class ScenarioList {
  readonly #workspace: Workspace;
  #removed = $state.raw<{
    scenario: ScenarioDoc;
    index: number;
    /** The list it was deleted from: another workspace loaded since cannot take it back. */
    from: ScenarioDoc[];
  } | null>(null);

  /**
   * The last deleted scenario and where it stood, until undone, until a scenario is added or
   * deleted, or until another workspace is loaded.
   */
  get removed() {
    const removed = this.#removed;
    return removed?.from === this.#workspace.scenarios ? removed : null;
  }

  get full() {
    return this.#workspace.scenarios.length >= MAX_SCENARIOS;
  }

  constructor(workspace: Workspace) {
    this.#workspace = workspace;
  }

  /**
   * Appends scenarios (from a shared link) up to the workspace's limit, renaming any whose name is
   * taken; returns how many fitted.
   */
  append(scenarios: ScenarioDoc[]): number {
    const room = MAX_SCENARIOS - this.#workspace.scenarios.length;
    const added = scenarios.slice(0, room);
    for (const scenario of added)
      this.#workspace.scenarios.push({
        ...scenario,
        name: this.#freshName(scenario.name),
      });
    if (added.length)
      this.#workspace.open = this.#workspace.scenarios.length - added.length;
    return added.length;
  }

  #insert(index: number, scenario: ScenarioDoc) {
    if (this.full) return;
    this.#workspace.scenarios.splice(index, 0, scenario);
    this.#workspace.open = index;
    this.#removed = null;
  }

  add() {
    this.#insert(
      this.#workspace.scenarios.length,
      defaultScenario(this.#freshDefaultName()),
    );
  }

  duplicate(index: number) {
    const source = this.#workspace.scenarios[index];
    if (!source) return;
    const copy = structuredClone($state.snapshot(source)) as ScenarioDoc;
    this.#insert(index + 1, {
      ...copy,
      name: this.#freshName(`${source.name.slice(0, NAME_STEM - 7)} (copy)`),
    });
  }

  rename(index: number, name: string) {
    const scenario = this.#workspace.scenarios[index];
    if (scenario)
      scenario.name = name.trim().slice(0, MAX_NAME_LENGTH) || scenario.name;
  }

  remove(index: number) {
    const scenario = this.#workspace.scenarios[index];
    if (!scenario || this.#workspace.scenarios.length <= 1) return;
    this.#removed = {
      scenario: $state.snapshot(scenario) as ScenarioDoc,
      index,
      from: this.#workspace.scenarios,
    };
    this.#workspace.scenarios.splice(index, 1);
    if (
      this.#workspace.open >= this.#workspace.scenarios.length ||
      this.#workspace.open > index
    )
      this.#workspace.open = Math.max(0, this.#workspace.open - 1);
  }

  undoRemove() {
    const removed = this.removed;
    if (!removed || this.full) return;
    this.#workspace.scenarios.splice(removed.index, 0, removed.scenario);
    this.#workspace.open = removed.index;
    this.#removed = null;
  }

  move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= this.#workspace.scenarios.length) return;
    const [moved] = this.#workspace.scenarios.splice(index, 1);
    this.#workspace.scenarios.splice(to, 0, moved!);
    if (this.#workspace.open === index) this.#workspace.open = to;
    else if (this.#workspace.open === to) this.#workspace.open = index;
  }

  get #taken(): Set<string> {
    return new Set(this.#workspace.scenarios.map((s) => s.name));
  }

  /** The first default name no scenario has, counting on from the number of scenarios. */
  #freshDefaultName(taken = this.#taken): string {
    for (let index = this.#workspace.scenarios.length; ; index++)
      if (!taken.has(defaultName(index))) return defaultName(index);
  }

  /** `base`, or `base 2`, `base 3`… : the first name no scenario has, within the length a link holds. */
  #freshName(name: string): string {
    const taken = this.#taken;
    // A default name ("Scenario 3") that is taken gets the next free number, like a new one.
    if (isDefaultName(name) && taken.has(name))
      return this.#freshDefaultName(taken);
    const whole = name.slice(0, MAX_NAME_LENGTH);
    if (!taken.has(whole)) return whole;
    const base = name.slice(0, NAME_STEM);
    for (let n = 2; ; n++)
      if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
  }
}
