/**
 * How reasoning efforts are named on the page and in messages: the model, and each setting.
 * Apart from ./effort.ts so that only the controls and notes that show them load these words.
 */
import { DEFAULT_EFFORT, effortsOf, type Effort } from "./effort";

const EFFORT_LABELS: Record<Effort, string> = {
  max: "max",
  xhigh: "xhigh",
  high: "high",
  medium: "medium",
  low: "low",
  none: "no reasoning",
  "none-low": "no reasoning, low effort",
};

const NAMES: Record<string, string> = {
  "gpt-5.5": "GPT-5.5",
  "gpt-5.4": "GPT-5.4",
  "gpt-5.4-mini": "GPT-5.4 mini",
  "claude-opus-4.6": "Claude Opus 4.6",
  "claude-sonnet-4.6": "Claude Sonnet 4.6",
  "claude-opus-5": "Claude Opus 5",
  "grok-4.3": "Grok 4.3",
  "deepseek-v4-pro-0424": "DeepSeek V4 Pro",
  "gpt-oss-120b": "gpt-oss-120b",
};

export interface EffortChoice {
  /** "" for the model's default setting. */
  value: string;
  label: string;
}

/** The settings a model offers, its default first ("" stands for it); none without rows. */
export function effortChoices(family: string | undefined): EffortChoice[] {
  const fallback = family === undefined ? undefined : DEFAULT_EFFORT[family];
  if (!fallback) return [];
  return [
    { value: "", label: `${EFFORT_LABELS[fallback]} (default)` },
    ...effortsOf(family).map((effort) => ({
      value: effort,
      label: EFFORT_LABELS[effort],
    })),
  ];
}

/** "GPT-5.4", "low", and "xhigh" for its default: how a note names a model at an effort. */
export const effortNames = (family: string, effort: string) => ({
  name: NAMES[family] ?? family,
  label: EFFORT_LABELS[effort as Effort] ?? effort,
  baseLabel: EFFORT_LABELS[DEFAULT_EFFORT[family]!] ?? "",
});
