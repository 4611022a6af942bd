/**
 * A workspace: the scenarios a user keeps side by side, one open for editing. It is what links,
 * exported files and the browser's autosave hold.
 */
import { defaultOptions, defaultWorkload, DEFAULT_BASELINE } from "./defaults";
import { type OptionForm, type WorkloadForm } from "./form";

export interface ScenarioDoc {
  name: string;
  workload: WorkloadForm;
  options: OptionForm[];
  baselineKey: string;
  /** The seed of how sure the answer is (its Monte Carlo); absent: the default seed. */
  seed?: number;
  /** How many draws that Monte Carlo takes; absent: the default number. */
  draws?: number;
}

export interface Workspace {
  scenarios: ScenarioDoc[];
  /** Index of the scenario open for editing. */
  open: number;
}

export const MAX_SCENARIOS = 12;
export const MAX_OPTIONS = 20;
/** Longest scenario name a link or a saved workspace holds. */
export const MAX_NAME_LENGTH = 80;
/** Longest text a form field holds: any number fits with room to spare. */
export const MAX_FIELD_LENGTH = 64;

/** The name a scenario has until the user gives it one: "Scenario 1" for the first. */
export const defaultName = (index: number) => `Scenario ${index + 1}`;

/** Whether a name is one `defaultName` gives ("Scenario 3"). */
export function isDefaultName(name: string): boolean {
  const number = /\d+$/.exec(name)?.[0];
  return number !== undefined && name === defaultName(Number(number) - 1);
}

export function defaultScenario(name = defaultName(0)): ScenarioDoc {
  return {
    name,
    workload: defaultWorkload(),
    options: defaultOptions(),
    baselineKey: DEFAULT_BASELINE,
  };
}

export function defaultWorkspace(): Workspace {
  return { scenarios: [defaultScenario()], open: 0 };
}
