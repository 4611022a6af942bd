/**
 * What a model's architecture implies for memory and arithmetic: bytes of weights, KV-cache bytes
 * for a context, the split of a mixture-of-experts model into always-read and routed parts, and
 * attention FLOPs. Worked through at /methodology#memory and /methodology#moe.
 */
import type {
  KvPrecision,
  ModelArchitecture,
  WeightPrecision,
} from "../catalog/types";

/** 4-bit formats carry one 8-bit scale per 16 values (NVFP4, MXFP4 and group-quantised int4 alike). */
export const BYTES_PER_WEIGHT: Readonly<Record<WeightPrecision, number>> = {
  bf16: 2,
  fp8: 1,
  int8: 1,
  fp4: 0.5625,
  int4: 0.5625,
};

/**
 * Bytes per shared (every-token) weight: 4-bit mixture-of-experts checkpoints quantise only the
 * routed experts and keep attention and shared layers at 8 bits.
 */
export function sharedBytesPerWeight(
  model: ModelArchitecture,
  weights: WeightPrecision,
): number {
  const fourBit = weights === "fp4" || weights === "int4";
  return model.moe && fourBit ? 1 : BYTES_PER_WEIGHT[weights];
}

export const BYTES_PER_KV_VALUE: Readonly<Record<KvPrecision, number>> = {
  bf16: 2,
  fp8: 1,
};

/** Every precision the estimator knows, for schemas and choices: the keys of the tables above. */
export const WEIGHT_PRECISIONS = Object.keys(
  BYTES_PER_WEIGHT,
) as readonly WeightPrecision[];
export const KV_PRECISIONS = Object.keys(
  BYTES_PER_KV_VALUE,
) as readonly KvPrecision[];

/** Default KV-cache precision: 8-bit when the weights are 8-bit or narrower. */
export const defaultKvPrecision = (weights: WeightPrecision): KvPrecision =>
  weights === "bf16" ? "bf16" : "fp8";

/** Bytes of all weights. */
export function weightBytes(
  model: ModelArchitecture,
  weights: WeightPrecision,
): number {
  const { sharedB, routedB } = parameterSplit(model);
  return (
    (sharedB * sharedBytesPerWeight(model, weights) +
      routedB * BYTES_PER_WEIGHT[weights]) *
    1e9
  );
}

/** KV-cache bytes one layer holds per token. */
export function kvBytesPerTokenPerLayer(
  model: ModelArchitecture,
  kv: KvPrecision,
): number {
  const values = model.mla
    ? model.mla.kvLoraRank + model.mla.ropeHeadDim
    : 2 * model.kvHeads * model.headDim;
  return values * BYTES_PER_KV_VALUE[kv];
}

/** Layers that attend to the whole context, and those limited to a sliding window. */
export function layerSplit(model: ModelArchitecture): {
  full: number;
  windowed: number;
  window: number;
} {
  const windowed = Math.min(model.slidingWindow?.layers ?? 0, model.layers);
  return {
    full: model.layers - windowed,
    windowed,
    window: model.slidingWindow?.window ?? Infinity,
  };
}

/**
 * KV-cache bytes of one sequence holding `context` tokens: sliding-window layers keep at most
 * `window` of them.
 */
export function kvBytesForContext(
  model: ModelArchitecture,
  kv: KvPrecision,
  context: number,
): number {
  const { full, windowed, window } = layerSplit(model);
  const perLayer = kvBytesPerTokenPerLayer(model, kv);
  return perLayer * (full * context + windowed * Math.min(context, window));
}

/**
 * A mixture-of-experts model as parameters read for every token (attention, embeddings, dense
 * layers, shared experts) and routed-expert parameters, in billions. From
 * total = shared + routed and active = shared + routed · k/E.
 */
export function parameterSplit(model: ModelArchitecture): {
  sharedB: number;
  routedB: number;
} {
  if (!model.moe) return { sharedB: model.totalParamsB, routedB: 0 };
  const routedShare = model.moe.activeExperts / model.moe.experts;
  const routedB =
    (model.totalParamsB - model.activeParamsB) / (1 - routedShare);
  return { sharedB: model.totalParamsB - routedB, routedB };
}

/**
 * Expected share of a layer's routed experts that at least one of `tokens` tokens is sent to,
 * each token choosing k of E experts: 1 − (1 − k/E)^tokens.
 */
export function expertsTouched(
  model: ModelArchitecture,
  tokens: number,
): number {
  if (!model.moe) return 1;
  return 1 - (1 - model.moe.activeExperts / model.moe.experts) ** tokens;
}

/**
 * Attention FLOPs to decode one token against `context` earlier tokens (scores and weighted sum,
 * 2 FLOPs per multiply-add). Multi-head latent attention decodes in its absorbed form, attending
 * over the latent (rank + RoPE dims for scores, rank for values) in every head.
 */
export function decodeAttentionFlops(
  model: ModelArchitecture,
  context: number,
): number {
  const { full, windowed, window } = layerSplit(model);
  const attended = full * context + windowed * Math.min(context, window);
  const perHeadWidth = model.mla
    ? 2 * model.mla.kvLoraRank + model.mla.ropeHeadDim
    : 2 * model.headDim;
  return 2 * model.attentionHeads * perHeadWidth * attended;
}

/**
 * Attention FLOPs to prefill `tokens` new tokens after `prefix` cached ones, causal: the token at
 * position p attends to p earlier tokens (at most `window` in windowed layers).
 */
export function prefillAttentionFlops(
  model: ModelArchitecture,
  tokens: number,
  prefix: number,
): number {
  const { full, windowed, window } = layerSplit(model);
  // Latent attention prefills uncompressed: query·key over head + RoPE dims, then values.
  const width = model.mla
    ? 2 * model.headDim + model.mla.ropeHeadDim
    : 2 * model.headDim;
  const perPair = 2 * model.attentionHeads * width;
  return (
    perPair *
    (full * attendedPairs(prefix, tokens, Infinity) +
      windowed * attendedPairs(prefix, tokens, window))
  );
}

/** Σ over positions p in [prefix, prefix + tokens) of min(p, window). */
function attendedPairs(prefix: number, tokens: number, window: number): number {
  const end = prefix + tokens;
  // Below the window a position attends to every earlier token: an arithmetic series.
  const rampEnd = Math.min(end, Math.max(prefix, window));
  const ramp = (rampEnd * (rampEnd - 1) - prefix * (prefix - 1)) / 2;
  const flat = end > rampEnd ? (end - rampEnd) * window : 0;
  return ramp + flat;
}
