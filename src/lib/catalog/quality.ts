import type { QualityRecord } from "./types";

/*
 * Artificial Analysis Intelligence Index v4.0 (10 evals, retired 2026-06-16) and v4.1 (9 evals)
 * are different scales: never compare a score or a token count across versions. Rows where AA
 * only estimated a v4.1 score (no run, no tokens) are left out.
 */

const AA =
  "Artificial Analysis Intelligence Index, from the https://artificialanalysis.ai/leaderboards/models payload (evaluations.artificial_analysis_intelligence_index; breakdowns.intelligence_index_token_counts.outputTokens)";
/** The snapshot of 2026-06-15, the last on v4.0; also the per-effort rows' (./effort.ts). */
export const S1 = `${AA}, daily scrape oolong-tea-2026/artificial-analysis-leaderboards data/2026-06-15/llms.json @ ef0eaa215509 (fetched 2026-06-15T11:21Z, last snapshot before v4.1)`;
const S2 = `${AA}, daily scrape oolong-tea-2026/artificial-analysis-leaderboards data/2026-07-10/llms.json @ ed1690f664bd (fetched 2026-07-10T08:34Z)`;
/** The snapshot of 2026-08-22, v4.1. */
export const S3 = `${AA}, daily scrape Maicarons/artificial-analysis-leaderboards data/2026-08-22/llms.json @ bc70de083790 (fetched 2026-08-22T05:38Z)`;

export const qualityRecords: readonly QualityRecord[] = [
  {
    id: "muse-spark@v4.0",
    model: "Muse Spark",
    indexVersion: "v4.0",
    score: 52.15,
    outputTokensM: 58.37,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "Anchor model. No public API price at launch, so AA cost-to-run is null; identical score on 2026-04-10 snapshot",
  },
  {
    id: "muse-spark@v4.1",
    model: "Muse Spark",
    indexVersion: "v4.1",
    score: 43.06,
    outputTokensM: 56.8,
    openWeights: false,
    source: S2,
    asOf: "2026-07-10",
    notes:
      "Anchor model. No public API price at launch, so AA cost-to-run is null; measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 44.25, no tokens)",
  },
  {
    id: "muse-spark-1.1@v4.1",
    model: "Muse Spark 1.1 (xhigh)",
    indexVersion: "v4.1",
    score: 53.2,
    outputTokensM: 93.64,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes:
      "Released 2026-07-09 (after v4.0 was retired); $1.25/$4.25 per 1M tokens per AA.",
  },
  {
    id: "gpt-5.4@v4.0",
    model: "GPT-5.4 (xhigh)",
    indexVersion: "v4.0",
    score: 56.8,
    outputTokensM: 120.58,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "Anchor model. AA default = xhigh reasoning effort; identical score on 2026-04-10 snapshot",
  },
  {
    id: "gpt-5.4@v4.1",
    model: "GPT-5.4 (xhigh)",
    indexVersion: "v4.1",
    score: 53.12,
    outputTokensM: 109.46,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes: "Anchor model. AA default = xhigh reasoning effort.",
  },
  {
    id: "gpt-5.5@v4.0",
    model: "GPT-5.5 (xhigh)",
    indexVersion: "v4.0",
    score: 60.24,
    outputTokensM: 75.19,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes: "Released 2026-04-23",
  },
  {
    id: "gpt-5.5@v4.1",
    model: "GPT-5.5 (xhigh)",
    indexVersion: "v4.1",
    score: 56.31,
    outputTokensM: 72.32,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes: "Released 2026-04-23.",
  },
  {
    id: "gpt-5.4-mini@v4.0",
    model: "GPT-5.4 mini (xhigh)",
    indexVersion: "v4.0",
    score: 48.9,
    outputTokensM: 235.34,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "From the reference's per-reasoning-effort table (AA slug gpt-5-4-mini); not in its main model table",
  },
  {
    id: "claude-opus-4.6@v4.0",
    model: "Claude Opus 4.6 (Adaptive Reasoning, Max Effort)",
    indexVersion: "v4.0",
    score: 52.95,
    outputTokensM: 156.96,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "Anchor model (VentureBeat 53 / 157M); identical score on 2026-04-10 snapshot",
  },
  {
    id: "claude-sonnet-4.6@v4.0",
    model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
    indexVersion: "v4.0",
    score: 51.72,
    outputTokensM: 198.16,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "claude-sonnet-4.6@v4.1",
    model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
    indexVersion: "v4.1",
    score: 48.37,
    outputTokensM: 196.77,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
  },
  {
    id: "claude-opus-5@v4.1",
    model: "Claude Opus 5 (Adaptive Reasoning, Max Effort)",
    indexVersion: "v4.1",
    score: 63.05,
    outputTokensM: 101.18,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes: "Extra: newest Opus in the Aug-22 snapshot.",
  },
  {
    id: "gemini-3.1-pro@v4.0",
    model: "Gemini 3.1 Pro Preview",
    indexVersion: "v4.0",
    score: 57.18,
    outputTokensM: 57.29,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
    notes: "Anchor model; identical score on 2026-04-10 snapshot",
  },
  {
    id: "gemini-3.1-pro@v4.1",
    model: "Gemini 3.1 Pro Preview",
    indexVersion: "v4.1",
    score: 47.74,
    outputTokensM: 56.07,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes: "Anchor model.",
  },
  {
    id: "grok-4.3@v4.0",
    model: "Grok 4.3 (high)",
    indexVersion: "v4.0",
    score: 53.2,
    outputTokensM: 88.02,
    openWeights: false,
    source: S1,
    asOf: "2026-06-15",
  },
  {
    id: "grok-4.3@v4.1",
    model: "Grok 4.3 (high)",
    indexVersion: "v4.1",
    score: 37.95,
    outputTokensM: 83.2,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
  },
  {
    id: "grok-4.5@v4.1",
    model: "Grok 4.5 (high)",
    indexVersion: "v4.1",
    score: 55.76,
    outputTokensM: 59.86,
    openWeights: false,
    source: S3,
    asOf: "2026-08-22",
    notes: "Released 2026-07-08.",
  },
  {
    id: "llama-4-maverick@v4.0",
    model: "Llama 4 Maverick",
    indexVersion: "v4.0",
    score: 18.36,
    outputTokensM: 8.15,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "Anchor model (VentureBeat 18). Non-reasoning; identical score on 2026-04-10 snapshot",
  },
  {
    id: "llama-4-maverick@v4.1",
    model: "Llama 4 Maverick",
    indexVersion: "v4.1",
    score: 14.48,
    outputTokensM: 4.74,
    openWeights: true,
    source: S3,
    asOf: "2026-08-22",
    notes: "Anchor model (VentureBeat 18). Non-reasoning.",
  },
  {
    id: "llama-4-scout@v4.0",
    model: "Llama 4 Scout",
    indexVersion: "v4.0",
    score: 13.52,
    outputTokensM: 7.34,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "Non-reasoning; identical score on 2026-04-10 snapshot",
  },
  {
    id: "llama-4-scout@v4.1",
    model: "Llama 4 Scout",
    indexVersion: "v4.1",
    score: 10.26,
    outputTokensM: 3.58,
    openWeights: true,
    source: S3,
    asOf: "2026-08-22",
    notes: "Non-reasoning.",
  },
  {
    id: "llama-3.3-70b@v4.0",
    model: "Llama 3.3 Instruct 70B",
    indexVersion: "v4.0",
    score: 14.49,
    outputTokensM: 3.84,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "Non-reasoning; identical score on 2026-04-10 snapshot",
  },
  {
    id: "llama-3.3-70b@v4.1",
    model: "Llama 3.3 Instruct 70B",
    indexVersion: "v4.1",
    score: 9.4,
    outputTokensM: 3.77,
    openWeights: true,
    source: S2,
    asOf: "2026-07-10",
    notes:
      "Non-reasoning; measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 9.26, no tokens)",
  },
  {
    id: "llama-3.1-405b@v4.0",
    model: "Llama 3.1 Instruct 405B",
    indexVersion: "v4.0",
    score: 17.38,
    outputTokensM: 3.89,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "Non-reasoning; identical score on 2026-04-10 snapshot",
  },
  {
    id: "deepseek-v3.2@v4.0",
    model: "DeepSeek V3.2 (Reasoning)",
    indexVersion: "v4.0",
    score: 41.71,
    outputTokensM: 61.44,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "deepseek-v3.2@v4.1",
    model: "DeepSeek V3.2 (Reasoning)",
    indexVersion: "v4.1",
    score: 32.04,
    outputTokensM: 62.9,
    openWeights: true,
    source: S2,
    asOf: "2026-07-10",
    notes:
      "measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 32.80, no tokens)",
  },
  {
    id: "deepseek-r1-0528@v4.0",
    model: "DeepSeek R1 0528 (May '25)",
    indexVersion: "v4.0",
    score: 27.07,
    outputTokensM: 49.15,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "deepseek-v4-pro-0424@v4.0",
    model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
    indexVersion: "v4.0",
    score: 51.51,
    outputTokensM: 187.18,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes:
      "Released 2026-04-24. In the Aug-22 data the slug deepseek-v4-pro points at the 0813 build",
  },
  {
    id: "deepseek-v4-pro-0424@v4.1",
    model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
    indexVersion: "v4.1",
    score: 45.27,
    outputTokensM: 184.68,
    openWeights: true,
    source: S3,
    asOf: "2026-08-22",
    notes:
      "Released 2026-04-24. In the Aug-22 data the slug deepseek-v4-pro points at the 0813 build.",
  },
  {
    id: "qwen3-235b-a22b-2507-reasoning@v4.0",
    model: "Qwen3 235B A22B 2507 (Reasoning)",
    indexVersion: "v4.0",
    score: 29.54,
    outputTokensM: 63.33,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "qwen3-235b-a22b-2507-reasoning@v4.1",
    model: "Qwen3 235B A22B 2507 (Reasoning)",
    indexVersion: "v4.1",
    score: 19.89,
    outputTokensM: 66.3,
    openWeights: true,
    source: S3,
    asOf: "2026-08-22",
  },
  {
    id: "qwen3-235b-a22b-2507-instruct@v4.0",
    model: "Qwen3 235B A22B 2507 Instruct",
    indexVersion: "v4.0",
    score: 24.96,
    outputTokensM: 14.76,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "glm-4.5@v4.0",
    model: "GLM-4.5 (Reasoning)",
    indexVersion: "v4.0",
    score: 26.42,
    outputTokensM: 60.77,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "gpt-oss-120b@v4.0",
    model: "gpt-oss-120b (high)",
    indexVersion: "v4.0",
    score: 33.27,
    outputTokensM: 77.7,
    openWeights: true,
    source: S1,
    asOf: "2026-06-15",
    notes: "identical score on 2026-04-10 snapshot",
  },
  {
    id: "gpt-oss-120b@v4.1",
    model: "gpt-oss-120b (high)",
    indexVersion: "v4.1",
    score: 24.13,
    outputTokensM: 88.01,
    openWeights: true,
    source: S3,
    asOf: "2026-08-22",
  },
];

/** The quality family of a record id: `gpt-5.4@v4.0` → `gpt-5.4`. */
export const qualityFamily = (qualityId: string) =>
  qualityId.split("@")[0] ?? qualityId;

/**
 * How many output tokens an option writes for each one the reference writes, and the two index
 * records behind the ratio. The records are the same Intelligence Index version's (v4.0 first:
 * the article's); when either model has no token count on a version both share, or there is no
 * reference, the factor is 1 and the records say which count is missing.
 */
export interface TokenFactor {
  factor: number;
  model?: QualityRecord;
  reference?: QualityRecord;
}

const INDEX_VERSIONS = ["v4.0", "v4.1"] as const;

export const recordOf = (family: string, version: string) =>
  qualityRecords.find((q) => q.id === `${family}@${version}`);

/** Any record of a family, newest version first: what to name when no ratio can be made. */
export const anyRecordOf = (family: string) =>
  recordOf(family, "v4.1") ?? recordOf(family, "v4.0");

export function tokenFactor(
  modelQualityId: string | undefined,
  referenceFamily: string | undefined,
): TokenFactor {
  const family = modelQualityId && qualityFamily(modelQualityId);
  if (!family || !referenceFamily)
    return {
      factor: 1,
      model: family ? anyRecordOf(family) : undefined,
      reference: referenceFamily ? anyRecordOf(referenceFamily) : undefined,
    };
  for (const version of INDEX_VERSIONS) {
    const model = recordOf(family, version);
    const reference = recordOf(referenceFamily, version);
    if (model && reference)
      return {
        factor: model.outputTokensM / reference.outputTokensM,
        model,
        reference,
      };
  }
  return { factor: 1 };
}

/**
 * Whose output tokens the workload counts: the model the user pinned, or else the baseline's own
 * (so the baseline's factor is 1). Undefined when neither has an index record: every factor is
 * then 1, never a silent stand-in.
 */
export const referenceFamily = (
  pinned: string | undefined,
  baselineQualityId: string | undefined,
): string | undefined =>
  pinned ||
  (baselineQualityId === undefined
    ? undefined
    : qualityFamily(baselineQualityId));
