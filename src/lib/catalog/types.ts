/**
 * Shapes of the catalog's records. Every preset number the app uses carries where it came from
 * (`source`) and when it was true (`asOf`), so the assumptions table can show both.
 */

/**
 * Where a figure came from and when. `notes` keeps conflicts between sources visible. (In the
 * page's first JavaScript `source` and `notes` are left out; see scripts/vite-catalog-provenance.ts.)
 */
export interface Sourced {
  source: string;
  /** ISO date or month (`2026-07-24`, `2026-05`) or a span (`2023..2026`). */
  asOf: string;
  notes?: string;
}

/** A low–high span, in the unit of the field that holds it. */
export interface Range {
  low: number;
  high: number;
}

/** US dollars per 1M tokens. */
export interface TokenPrices {
  inputPerM: number;
  /** Price of input served from the provider's prompt cache. */
  cachedInputPerM: number;
  outputPerM: number;
}

/**
 * When a prompt crosses `thresholdTokens`, the whole request is billed at these prices
 * (input, cached input and output alike).
 */
export interface LongContextTier {
  thresholdTokens: number;
  inputPerM: number;
  cachedInputPerM: number;
  outputPerM: number;
}

/**
 * A per-token price: either a list price, or — when the vendor has not announced one — an
 * explicit estimate with a range. An unknown price is never $0.
 */
export type PriceQuote =
  | { status: "list"; prices: TokenPrices }
  | { status: "unannounced"; low: TokenPrices; high: TokenPrices };

/**
 * One dated price of an API offer; an offer keeps its history, oldest first. A price point is
 * never edited once published: links made before a price changed still name, or default to, the
 * point in effect at their catalog's date. A new price is a new point with its own `asOf` (the day
 * it took effect) and its own `label` (a link names a point by its label), and the catalog's
 * version moves on (see version.ts).
 */
export interface PricePoint extends Sourced {
  /** What this point is, in a few words: "launch (unannounced)", "list price". */
  label: string;
  /**
   * Last day the price applies (ISO), for one announced as temporary (an introductory price).
   * After it, the next point is the default; the card says which applies.
   */
  until?: string;
  quote: PriceQuote;
  /** Fraction taken off both input and output for batch (asynchronous) requests; 0 when none. */
  batchDiscount: number;
  longContext?: LongContextTier;
  /** $ per 1M prompt tokens written to the cache, where the offer bills writes apart from input. */
  cacheWritePerM?: number;
  /** The model version this price is for, when it is not the offer's `qualityId`. */
  qualityId?: string;
}

/** A model sold per token: a proprietary API, or an open-weight model sold by a hosting provider. */
export interface ApiOffer {
  id: string;
  kind: "proprietary" | "hosted-open";
  /** Vendor of a proprietary model, or the hosting provider of an open one. */
  vendor: string;
  model: string;
  /** For hosted open-weight offers: the catalog id of the open model's architecture, when known. */
  openModelId?: string;
  /** Key into the quality table (Intelligence Index score and token use), when measured. */
  qualityId?: string;
  contextWindow?: number;
  prices: PricePoint[];
}

export type WeightPrecision = "bf16" | "fp8" | "int8" | "fp4" | "int4";
export type KvPrecision = "bf16" | "fp8";

/**
 * The architecture the serving estimator needs. The same shape is accepted from a user's
 * `model.json` on the command line (without the catalog's id and source).
 */
export interface ModelArchitecture {
  name: string;
  totalParamsB: number;
  activeParamsB: number;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  /** Multi-head latent attention: the cache holds a compressed latent plus a RoPE key per layer. */
  mla?: { kvLoraRank: number; ropeHeadDim: number };
  /** Mixture of experts; `layers` is how many layers route (all of them when absent). */
  moe?: {
    experts: number;
    activeExperts: number;
    sharedExperts: number;
    layers?: number;
  };
  /** `layers` of the model's layers attend to at most `window` recent tokens. */
  slidingWindow?: { layers: number; window: number };
  /** Longest context the model was trained for, tokens. */
  maxContext?: number;
}

export interface OpenModel extends ModelArchitecture, Sourced {
  id: string;
  family: string;
  /** Precision of the published checkpoint. */
  nativeWeights: WeightPrecision;
  qualityId?: string;
}

/** Dense (no sparsity) peak tensor throughput, TFLOPS. A null rate falls back to the next wider one. */
export interface GpuTflops {
  bf16: number;
  fp8: number | null;
  fp4: number | null;
}

/** What the estimator needs of an accelerator; the shape of a user's `gpu.json`. */
export interface GpuSpec {
  name: string;
  memoryGB: number;
  bandwidthTBs: number;
  tflops: GpuTflops;
  tdpW: number;
}

export interface Gpu extends GpuSpec, Sourced {
  id: string;
  vendor: "NVIDIA" | "AMD";
  /** Per-GPU bandwidth to its peers inside one server, GB/s in each direction. */
  interconnectGBs: number;
  interconnect: Sourced;
  /** $/GPU-hour: a typical on-demand rate inside a sourced low–high span. */
  rental: Sourced & Range & { typical: number };
  /** $ per GPU bought new; absent where no figure was found. */
  purchase: Sourced & Range;
}

export interface QualityRecord extends Sourced {
  id: string;
  model: string;
  indexVersion: "v4.0" | "v4.1";
  /** Artificial Analysis Intelligence Index score. */
  score: number;
  /** Output tokens (reasoning plus answer) the model spent to run the whole index once, millions. */
  outputTokensM: number;
  openWeights: boolean;
}

/** A sourced default value with its unit. */
export interface Assumption extends Sourced {
  value: number;
  unit: string;
  label: string;
}
