import type { ScenarioResult } from "../engine/evaluate";

/** An option's label by its id; the id itself when the result has no such option. */
export const optionLabel = (result: ScenarioResult, id: string) =>
  result.options.find((o) => o.id === id)?.label ?? id;

export const BREAKDOWN_LABELS: Readonly<Record<string, string>> = {
  input: "Input tokens",
  "cached-input": "Cached input",
  "cache-write": "Cache writes",
  output: "Output tokens",
  "cache-storage": "Cache storage",
  "gpu-rental": "GPU rental",
  hardware: "Hardware (annualised)",
  power: "Power",
  colocation: "Colocation",
  engineers: "Engineers",
  setup: "Setup (spread)",
  other: "Other",
};

export const PERIOD_LABELS = {
  second: "per second",
  minute: "per minute",
  hour: "per hour",
  day: "per day",
  month: "per month",
} as const;
