/**
 * Reasoning effort: the settings a model can run at (GPT's low … xhigh, Claude's effort, no
 * reasoning at all), each with the Intelligence Index score and output tokens Artificial Analysis
 * measured at it. A model's own record in ./quality.ts is its default setting, the one AA runs
 * by default; the rows here are its other settings, measured on the same index versions. Only
 * measured rows: AA's estimated v4.1 scores (no run, no tokens) are left out, and a model
 * without rows (Muse Spark, Gemini 3.1 Pro) offers no choice of effort. How each setting is
 * named is in ./effort-labels.ts, which loads with the controls that show them.
 */
import {
  qualityFamily,
  recordOf,
  S1,
  S3,
  tokenFactor,
  type TokenFactor,
} from "./quality";
import type { QualityRecord } from "./types";

/** The settings, as AA names them: none is "Non-reasoning". */
export type Effort =
  "max" | "xhigh" | "high" | "medium" | "low" | "none" | "none-low";

/** The models with settings measured, and the setting their own record is at. */
export const DEFAULT_EFFORT: Readonly<Record<string, Effort>> = {
  "gpt-5.5": "xhigh",
  "gpt-5.4": "xhigh",
  "gpt-5.4-mini": "xhigh",
  "claude-opus-4.6": "max",
  "claude-sonnet-4.6": "max",
  "claude-opus-5": "max",
  "grok-4.3": "high",
  "deepseek-v4-pro-0424": "max",
  "gpt-oss-120b": "high",
};

const VERSIONS = [
  { indexVersion: "v4.0", source: S1, asOf: "2026-06-15" },
  { indexVersion: "v4.1", source: S3, asOf: "2026-08-22" },
] as const;

/**
 * effortMultipliers_AA_measured of the reference data (Artificial Analysis's leaderboard payload,
 * the snapshots of 2026-06-15 for v4.0 and 2026-08-22 for v4.1), a row per setting and version:
 * family, effort, version (0: v4.0, 1: v4.1), score, output tokens to run the index (millions).
 * Claude's "none" is AA's "Non-reasoning, High Effort"; Sonnet's "none-low" its "Low Effort".
 */
const TABLE = `
gpt-5.5 high 0 58.87 44.51
gpt-5.5 medium 0 56.71 22.46
gpt-5.5 low 0 50.78 7.01
gpt-5.5 none 0 40.94 2.83
gpt-5.5 high 1 54.67 42.86
gpt-5.5 medium 1 51.42 21.3
gpt-5.5 low 1 44.5 6.8
gpt-5.5 none 1 35.75 2.18
gpt-5.4 low 0 47.94 9.87
gpt-5.4 none 0 35.39 3.92
gpt-5.4-mini medium 0 37.73 35.3
gpt-5.4-mini none 0 23.28 2.45
claude-opus-4.6 none 0 46.46 10.9
claude-sonnet-4.6 none 0 44.38 13.76
claude-sonnet-4.6 none-low 0 42.6 7.23
claude-opus-5 xhigh 1 62.52 76.4
claude-opus-5 high 1 61.48 52.07
claude-opus-5 medium 1 58.64 28.83
claude-opus-5 low 1 52.46 12.07
grok-4.3 medium 0 48.8 28.25
grok-4.3 low 0 43.89 12.25
grok-4.3 none 0 31.02 7.82
grok-4.3 none 1 25.01 9.02
deepseek-v4-pro-0424 high 0 49.79 103.73
deepseek-v4-pro-0424 none 0 39.27 13.52
deepseek-v4-pro-0424 high 1 43.75 104.68
gpt-oss-120b low 0 24.47 7.71
gpt-oss-120b low 1 14.93 7.12`;

/** A setting's index record: its score, and its token count on one index version. */
export type EffortRecord = QualityRecord & { effort: Effort };

const ROWS: readonly EffortRecord[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [family, effort, version, score, tokens] = line.split(" ");
    const sourced = VERSIONS[Number(version)]!;
    return {
      id: `${family}@${sourced.indexVersion}#${effort}`,
      model: `${family} at ${effort} effort`,
      effort: effort as Effort,
      score: Number(score),
      outputTokensM: Number(tokens),
      openWeights:
        recordOf(family!, sourced.indexVersion)?.openWeights ?? false,
      ...sourced,
    };
  });

/** The settings a model was measured at besides its default, in the table's order. */
export const effortsOf = (family: string | undefined): Effort[] => [
  ...new Set(
    ROWS.filter((r) => qualityFamily(r.id) === family).map((r) => r.effort),
  ),
];

/** Whether a model offers the setting: "" (its default) always. */
export const offersEffort = (family: string | undefined, effort: string) =>
  effort === "" || effortsOf(family).includes(effort as Effort);

/** A factor at a setting: the setting's record and its ratio to the default's tokens. */
export interface EffortFactor extends TokenFactor {
  effort?: {
    family: string;
    /** The setting. */
    level: Effort;
    /** The setting's tokens over the default setting's, on the setting's index version. */
    ratio: number;
    /** The model at its default setting, on that version. */
    base: QualityRecord;
    /** The factor at the default setting, before the ratio. */
    baseFactor: number;
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
  const rows = ROWS.filter(
    (r) => family && qualityFamily(r.id) === family && r.effort === effort,
  );
  const level =
    rows.find((r) => r.indexVersion === base.model?.indexVersion) ?? rows[0];
  const atDefault = level && recordOf(family!, level.indexVersion);
  if (!level || !atDefault) return base;
  const ratio = level.outputTokensM / atDefault.outputTokensM;
  return {
    factor: base.factor * ratio,
    model: level,
    reference: base.reference,
    effort: {
      family: family!,
      level: level.effort,
      ratio,
      base: atDefault,
      baseFactor: base.factor,
    },
  };
}
