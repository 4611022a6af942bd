/**
 * Reasoning effort: the settings a model can run at (GPT's low … xhigh, Claude's effort, no
 * reasoning at all), each with the Intelligence Index score and output tokens Artificial Analysis
 * measured at it. A model's own record in ./quality.ts is its default setting, the one AA runs
 * by default; the rows here are its other settings, measured on the same index versions. Only
 * measured rows: AA's estimated v4.1 scores (no run, no tokens) are left out, and a model
 * without rows (Muse Spark, Gemini 3.1 Pro) offers no choice of effort.
 */
import {
  qualityFamily,
  recordOf,
  S1,
  S3,
  tokenFactor,
  type TokenFactor,
} from "./quality";
import type { QualityRecord, Sourced } from "./types";

/** The settings, as AA names them: none is "Non-reasoning". */
export type Effort =
  "max" | "xhigh" | "high" | "medium" | "low" | "none" | "none-low";

const EFFORT_LABELS: Record<Effort, string> = {
  max: "max",
  xhigh: "xhigh",
  high: "high",
  medium: "medium",
  low: "low",
  none: "no reasoning",
  "none-low": "no reasoning, low effort",
};

/** The models with settings measured: their name and the setting their own record is at. */
const FAMILIES: Record<string, { name: string; default: Effort }> = {
  "gpt-5.5": { name: "GPT-5.5", default: "xhigh" },
  "gpt-5.4": { name: "GPT-5.4", default: "xhigh" },
  "gpt-5.4-mini": { name: "GPT-5.4 mini", default: "xhigh" },
  "claude-opus-4.6": { name: "Claude Opus 4.6", default: "max" },
  "claude-sonnet-4.6": { name: "Claude Sonnet 4.6", default: "max" },
  "claude-opus-5": { name: "Claude Opus 5", default: "max" },
  "grok-4.3": { name: "Grok 4.3", default: "high" },
  "deepseek-v4-pro-0424": { name: "DeepSeek V4 Pro", default: "max" },
  "gpt-oss-120b": { name: "gpt-oss-120b", default: "high" },
};

interface EffortRow extends Sourced {
  family: string;
  effort: Effort;
  indexVersion: QualityRecord["indexVersion"];
  score: number;
  outputTokensM: number;
}

const v40 = { indexVersion: "v4.0", source: S1, asOf: "2026-06-15" } as const;
const v41 = { indexVersion: "v4.1", source: S3, asOf: "2026-08-22" } as const;

/** effortMultipliers_AA_measured of the reference data, for the models above. */
const ROWS: readonly EffortRow[] = [
  {
    family: "gpt-5.5",
    effort: "high",
    score: 58.87,
    outputTokensM: 44.51,
    ...v40,
  },
  {
    family: "gpt-5.5",
    effort: "medium",
    score: 56.71,
    outputTokensM: 22.46,
    ...v40,
  },
  {
    family: "gpt-5.5",
    effort: "low",
    score: 50.78,
    outputTokensM: 7.01,
    ...v40,
  },
  {
    family: "gpt-5.5",
    effort: "none",
    score: 40.94,
    outputTokensM: 2.83,
    ...v40,
  },
  {
    family: "gpt-5.5",
    effort: "high",
    score: 54.67,
    outputTokensM: 42.86,
    ...v41,
  },
  {
    family: "gpt-5.5",
    effort: "medium",
    score: 51.42,
    outputTokensM: 21.3,
    ...v41,
  },
  { family: "gpt-5.5", effort: "low", score: 44.5, outputTokensM: 6.8, ...v41 },
  {
    family: "gpt-5.5",
    effort: "none",
    score: 35.75,
    outputTokensM: 2.18,
    ...v41,
  },
  {
    family: "gpt-5.4",
    effort: "low",
    score: 47.94,
    outputTokensM: 9.87,
    ...v40,
  },
  {
    family: "gpt-5.4",
    effort: "none",
    score: 35.39,
    outputTokensM: 3.92,
    ...v40,
  },
  {
    family: "gpt-5.4-mini",
    effort: "medium",
    score: 37.73,
    outputTokensM: 35.3,
    ...v40,
  },
  {
    family: "gpt-5.4-mini",
    effort: "none",
    score: 23.28,
    outputTokensM: 2.45,
    ...v40,
  },
  // AA: "Non-reasoning, High Effort" (and "Low Effort" for Sonnet).
  {
    family: "claude-opus-4.6",
    effort: "none",
    score: 46.46,
    outputTokensM: 10.9,
    ...v40,
  },
  {
    family: "claude-sonnet-4.6",
    effort: "none",
    score: 44.38,
    outputTokensM: 13.76,
    ...v40,
  },
  {
    family: "claude-sonnet-4.6",
    effort: "none-low",
    score: 42.6,
    outputTokensM: 7.23,
    ...v40,
  },
  {
    family: "claude-opus-5",
    effort: "xhigh",
    score: 62.52,
    outputTokensM: 76.4,
    ...v41,
  },
  {
    family: "claude-opus-5",
    effort: "high",
    score: 61.48,
    outputTokensM: 52.07,
    ...v41,
  },
  {
    family: "claude-opus-5",
    effort: "medium",
    score: 58.64,
    outputTokensM: 28.83,
    ...v41,
  },
  {
    family: "claude-opus-5",
    effort: "low",
    score: 52.46,
    outputTokensM: 12.07,
    ...v41,
  },
  {
    family: "grok-4.3",
    effort: "medium",
    score: 48.8,
    outputTokensM: 28.25,
    ...v40,
  },
  {
    family: "grok-4.3",
    effort: "low",
    score: 43.89,
    outputTokensM: 12.25,
    ...v40,
  },
  {
    family: "grok-4.3",
    effort: "none",
    score: 31.02,
    outputTokensM: 7.82,
    ...v40,
  },
  {
    family: "grok-4.3",
    effort: "none",
    score: 25.01,
    outputTokensM: 9.02,
    ...v41,
  },
  {
    family: "deepseek-v4-pro-0424",
    effort: "high",
    score: 49.79,
    outputTokensM: 103.73,
    ...v40,
  },
  {
    family: "deepseek-v4-pro-0424",
    effort: "none",
    score: 39.27,
    outputTokensM: 13.52,
    ...v40,
  },
  {
    family: "deepseek-v4-pro-0424",
    effort: "high",
    score: 43.75,
    outputTokensM: 104.68,
    ...v41,
  },
  {
    family: "gpt-oss-120b",
    effort: "low",
    score: 24.47,
    outputTokensM: 7.71,
    ...v40,
  },
  {
    family: "gpt-oss-120b",
    effort: "low",
    score: 14.93,
    outputTokensM: 7.12,
    ...v41,
  },
];

/** A setting's index record, named as AA names it: "GPT-5.4 (low)". */
export type EffortRecord = QualityRecord & { effort: Effort };

const recordOfRow = (row: EffortRow): EffortRecord => ({
  id: `${row.family}@${row.indexVersion}#${row.effort}`,
  model: `${FAMILIES[row.family]!.name} (${EFFORT_LABELS[row.effort]})`,
  openWeights: recordOf(row.family, row.indexVersion)?.openWeights ?? false,
  ...row,
});

export interface EffortChoice {
  /** "" for the model's default setting. */
  value: string;
  label: string;
}

/** The settings a model offers, its default first ("" stands for it); none without rows. */
export function effortChoices(family: string | undefined): EffortChoice[] {
  const known = family === undefined ? undefined : FAMILIES[family];
  if (!known) return [];
  const others = [
    ...new Set(ROWS.filter((r) => r.family === family).map((r) => r.effort)),
  ];
  return [
    { value: "", label: `${EFFORT_LABELS[known.default]} (default)` },
    ...others.map((effort) => ({
      value: effort,
      label: EFFORT_LABELS[effort],
    })),
  ];
}

/** Whether a model offers the setting: "" (its default) always. */
export const offersEffort = (family: string | undefined, effort: string) =>
  effort === "" || effortChoices(family).some((c) => c.value === effort);

/** The setting's record on an index version, or else on the other. */
function effortRecord(
  family: string,
  effort: string,
  version: string | undefined,
): EffortRecord | undefined {
  const rows = ROWS.filter((r) => r.family === family && r.effort === effort);
  const row = rows.find((r) => r.indexVersion === version) ?? rows[0];
  return row && recordOfRow(row);
}

/** A factor at a setting: the setting's record and its ratio to the default's tokens. */
export interface EffortFactor extends TokenFactor {
  effort?: {
    /** The setting's tokens over the default setting's, on the setting's index version. */
    ratio: number;
    /** The model at its default setting, on that version. */
    base: QualityRecord;
    /** The factor at the default setting, before the ratio. */
    baseFactor: number;
    /** How the default setting is named: "xhigh". */
    baseLabel: string;
    label: string;
    name: string;
  };
}

/**
 * The output-token factor of a model at a reasoning effort: the default setting's factor
 * (./quality.ts `tokenFactor`) times the setting's tokens over the default's, both measured on
 * the index version of that factor where the setting has a record there, else on the other.
 * The record it carries is the setting's: its score is the quality at that effort.
 */
export function effortTokenFactor(
  modelQualityId: string | undefined,
  referenceFamily: string | undefined,
  effort: string,
): EffortFactor {
  const base = tokenFactor(modelQualityId, referenceFamily);
  const family = modelQualityId && qualityFamily(modelQualityId);
  const known = family ? FAMILIES[family] : undefined;
  const level =
    known && effort !== ""
      ? effortRecord(family!, effort, base.model?.indexVersion)
      : undefined;
  const atDefault = level && recordOf(family!, level.indexVersion);
  if (!known || !level || !atDefault) return base;
  const ratio = level.outputTokensM / atDefault.outputTokensM;
  return {
    factor: base.factor * ratio,
    model: level,
    reference: base.reference,
    effort: {
      ratio,
      base: atDefault,
      baseFactor: base.factor,
      baseLabel: EFFORT_LABELS[known.default],
      label: EFFORT_LABELS[level.effort],
      name: known.name,
    },
  };
}
