/**
 * The serving estimator: how many requests one replica (g GPUs holding one copy of the model)
 * serves at once, how fast each user sees tokens, and the time to first token. One engine
 * iteration decodes a token for each of B sequences while prefilling P prompt tokens (chunked
 * prefill); its time is the sum of operator groups — dense layers, routed experts, attention,
 * communication, fixed per-layer cost — each its own roofline, with calibrated efficiencies.
 * Mixture-of-experts models on several GPUs are laid out two ways (tensor parallel, or
 * attention data-parallel with expert parallelism) and the faster is kept. The methodology page
 * sets it out with a worked example: /methodology#memory, #decode, #prefill and #throughput.
 */
import type {
  GpuSpec,
  KvPrecision,
  ModelArchitecture,
  WeightPrecision,
} from "../catalog/types";
import {
  decodeAttentionFlops,
  expertsTouched,
  kvBytesForContext,
  parameterSplit,
  prefillAttentionFlops,
  sharedBytesPerWeight,
  BYTES_PER_WEIGHT,
} from "./architecture";
import {
  GPUS_PER_NODE,
  INTER_NODE_GBS,
  MLA_LAYER_WEIGHT,
  MMA_TILE_ROWS,
  MOE_LAYER_WEIGHT,
  type Efficiency,
} from "./efficiency";
import { isAmd, linkGBs } from "./link";
import { maxOfPoissons } from "./poisson";

export interface ServingSetup {
  model: ModelArchitecture;
  gpu: GpuSpec & { interconnectGBs?: number };
  gpus: number;
  weights: WeightPrecision;
  kv: KvPrecision;
  inputTokens: number;
  outputTokens: number;
  /** Share of each prompt already in the prefix cache, 0–1: those tokens skip prefill. */
  cachedShare: number;
  efficiency: Efficiency;
}

export type Bound = "memory" | "compute";

/**
 * How a replica's GPUs share the model. TP: tensor parallel inside a server, pipeline stages
 * across servers. DEP: every GPU holds the shared weights and its own sequences (attention data
 * parallel), the routed experts are split over all of them (expert parallel).
 */
export interface Layout {
  kind: "TP" | "DEP";
  /** "TP8", "TP8×PP2", "DEP8". */
  name: string;
  gpus: number;
  tensorParallel: number;
  stages: number;
  /** Attention ranks: groups of GPUs each holding its own sequences. */
  ranks: number;
}

export function layoutsFor(model: ModelArchitecture, gpus: number): Layout[] {
  const t = Math.min(gpus, GPUS_PER_NODE);
  const pp = Math.ceil(gpus / GPUS_PER_NODE);
  const tp: Layout = {
    kind: "TP",
    name: pp > 1 ? `TP${t}×PP${pp}` : `TP${t}`,
    gpus,
    tensorParallel: t,
    stages: pp,
    ranks: 1,
  };
  if (!model.moe || gpus < 2) return [tp];
  return [
    tp,
    {
      kind: "DEP",
      name: `DEP${gpus}`,
      gpus,
      tensorParallel: 1,
      stages: 1,
      ranks: gpus,
    },
  ];
}

/** The precision the linear layers multiply at, and whether the weights are dequantised first. */
export interface LinearPrecision {
  tflops: number;
  fp4: boolean;
  /** int8/int4, or FP8/FP4 on a GPU without those units: dequantised in the GEMM. */
  weightOnly: boolean;
}

export function linearPrecision(
  gpu: GpuSpec,
  weights: WeightPrecision,
): LinearPrecision {
  const { bf16, fp8, fp4 } = gpu.tflops;
  if (weights === "fp4" && fp4)
    return { tflops: fp4, fp4: true, weightOnly: false };
  if (weights === "fp8" && fp8)
    return { tflops: fp8, fp4: false, weightOnly: false };
  return { tflops: bf16, fp4: false, weightOnly: weights !== "bf16" };
}

/** Bytes of shared (every-token) and routed weights, the parts the layouts place differently. */
function weightParts(setup: ServingSetup): { shared: number; routed: number } {
  const { sharedB, routedB } = parameterSplit(setup.model);
  return {
    shared: sharedB * GB * sharedBytesPerWeight(setup.model, setup.weights),
    routed: routedB * GB * BYTES_PER_WEIGHT[setup.weights],
  };
}

/**
 * Copies of each sequence's KV cache under tensor parallelism: latent attention (MLA) keeps the
 * whole latent cache on every rank; grouped-query attention copies a head once there are more
 * ranks than KV heads.
 */
export function kvCopies(model: ModelArchitecture, layout: Layout): number {
  if (layout.kind === "DEP") return 1;
  const t = layout.tensorParallel;
  return model.mla ? t : Math.max(1, t / model.kvHeads);
}

export interface MemoryFit {
  layout: Layout;
  fits: boolean;
  /** Weights on every GPU together (the shared part counted on each GPU that holds it), GB. */
  weightsGB: number;
  weightsPerGpuGB: number;
  /** The replica's memory less each GPU's reserve, GB. */
  usableGB: number;
  /** The share of what is left after the weights that holds KV cache, GB. */
  kvBudgetGB: number;
  /** KV cache one whole request holds across the replica, GB. */
  kvGBPerRequest: number;
  /** Requests whose whole context fits in the KV cache at once. */
  maxConcurrency: number;
}

export function memoryPlan(setup: ServingSetup, layout: Layout): MemoryFit {
  const { gpu, gpus, efficiency, model } = setup;
  const { shared, routed } = weightParts(setup);
  const perGpu =
    layout.kind === "TP" ? (shared + routed) / gpus : shared + routed / gpus;
  const usablePerGpu = (gpu.memoryGB - efficiency.reservePerGpuGB) * GB;
  const free = Math.max(0, usablePerGpu - perGpu);
  const kvPerGpu = efficiency.memoryUtilization * free;
  const sequence = kvBytesForContext(
    model,
    setup.kv,
    setup.inputTokens + setup.outputTokens,
  );
  // Per GPU of a rank: TP spreads (copies of) the cache over its GPUs; DEP keeps it on one.
  const gpusPerRank = gpus / layout.ranks;
  const perSequencePerGpu = (sequence * kvCopies(model, layout)) / gpusPerRank;
  const perRank = free > 0 ? Math.floor(kvPerGpu / perSequencePerGpu) : 0;
  const maxConcurrency = Math.min(efficiency.maxBatch, perRank) * layout.ranks;
  return {
    layout,
    fits: maxConcurrency >= 1,
    weightsGB: (perGpu * gpus) / GB,
    weightsPerGpuGB: perGpu / GB,
    usableGB: (usablePerGpu * gpus) / GB,
    kvBudgetGB: (kvPerGpu * gpus) / GB,
    kvGBPerRequest: (perSequencePerGpu * gpusPerRank) / GB,
    maxConcurrency,
  };
}

/** The layout holding the most requests: whether and how much the model fits at all. */
export function memoryFit(setup: ServingSetup): MemoryFit {
  const plans = layoutsFor(setup.model, setup.gpus).map((l) =>
    memoryPlan(setup, l),
  );
  return plans.reduce((a, b) => (b.maxConcurrency > a.maxConcurrency ? b : a));
}

/** Effective rates of one GPU, bytes/s and FLOP/s, after efficiencies and vendor factors. */
export interface Rates {
  weights: number;
  kv: number;
  linear: number;
  bf16: number;
  link: number;
}

export function gpuRates(setup: ServingSetup, layout: Layout): Rates {
  const { gpu, efficiency: e } = setup;
  const amd = isAmd(gpu);
  const bw = gpu.bandwidthTBs * TERA * (amd ? e.amdBandwidth : 1);
  const compute = TERA * (amd ? e.amdCompute : 1);
  const precision = linearPrecision(gpu, setup.weights);
  const wo = precision.weightOnly ? e.weightOnly : 1;
  // Beyond one server, expert-parallel traffic crosses the network.
  const link =
    layout.kind === "DEP" && layout.gpus > GPUS_PER_NODE
      ? INTER_NODE_GBS
      : linkGBs(gpu);
  return {
    weights: bw * e.bandwidth * wo,
    kv: bw * e.kvBandwidth,
    linear:
      precision.tflops *
      compute *
      (precision.fp4 ? e.fp4Compute : e.compute) *
      wo,
    bf16: gpu.tflops.bf16 * compute,
    link: link * GB * e.linkEfficiency,
  };
}

/** One engine iteration taken apart, per GPU: what each operator group reads, computes and costs. */
export interface StepParts {
  layout: Layout;
  /** Sequences decoding one token each. */
  batch: number;
  /** Prompt tokens prefilled in the same iteration. */
  promptTokens: number;
  /** Bytes read and FLOPs computed by one GPU in one pipeline stage's pass. */
  denseBytes: number;
  denseFlops: number;
  expertBytes: number;
  expertFlops: number;
  kvBytes: number;
  decodeAttentionFlops: number;
  prefillAttentionFlops: number;
  /** Rows an expert's GEMM computes over the tokens it gets (at least one MMA tile), ≥ 1. */
  expertPadding: number;
  /** Seconds per group, summed over the pipeline's microbatches. */
  dense: number;
  experts: number;
  attention: number;
  communication: number;
  fixed: number;
  seconds: number;
  bound: Bound;
}

/** Uncached prompt tokens of one request (at least one: the last is always computed) and its prefix. */
export function promptTokens(setup: ServingSetup): {
  tokens: number;
  prefix: number;
} {
  const prefix = Math.floor(setup.inputTokens * setup.cachedShare);
  return { tokens: Math.max(1, setup.inputTokens - prefix), prefix };
}

/**
 * Time of one iteration: `batch` sequences decode one token each while `prompt` prompt tokens
 * are prefilled. `single` marks one request's own prompt (time to first token): under DEP it sits
 * on one rank rather than spreading over them.
 */
export function iteration(
  setup: ServingSetup,
  layout: Layout,
  batch: number,
  prompt: number,
  single = false,
): StepParts {
  const { model, efficiency: e } = setup;
  const r = gpuRates(setup, layout);
  const g = layout.gpus;
  const pp = layout.stages;
  const dep = layout.kind === "DEP";
  // Pipeline stages each work on 1/pp of the sequences; the iteration takes pp stage passes.
  const B = batch / pp;
  const P = prompt / pp;
  const N = B + P;
  const { shared, routed } = weightParts(setup);
  const { sharedB, routedB } = parameterSplit(model);
  const moe = model.moe;
  const routedShare = moe ? moe.activeExperts / moe.experts : 0;
  const touched = moe && N > 0 ? expertsTouched(model, N) : 0;
  const prompts = promptTokens(setup);
  const context = setup.inputTokens + setup.outputTokens / 2;
  const chunk = Math.min(prompts.tokens, e.chunkTokens);
  // The busiest attention rank's prompt tokens: prompts land on ranks at random.
  const promptOnRank = !dep
    ? P
    : single || P === 0
      ? P
      : chunk * maxOfPoissons(P / (chunk * g), g);
  const perGpu = dep ? 1 : 1 / g;
  const decoding = dep ? B / g : B;
  const denseBytes = dep ? shared : shared * perGpu;
  const denseFlops =
    2 * sharedB * GB * (dep ? B / g + promptOnRank : N) * perGpu;
  const expertBytes = (routed * touched) / g;
  const expertFlops = (2 * routedB * routedShare * GB * N) / g;
  const kvBytes =
    decoding *
    kvBytesForContext(model, setup.kv, context) *
    kvCopies(model, layout) *
    perGpu;
  const decodeFlops = decoding * decodeAttentionFlops(model, context) * perGpu;
  const prefillFlops =
    (promptOnRank / prompts.tokens) *
    prefillAttentionFlops(model, prompts.tokens, prompts.prefix) *
    perGpu;

  const dense = Math.max(denseBytes / r.weights, denseFlops / r.linear);
  let experts = 0;
  let pad = 1;
  if (moe && N > 0) {
    // An expert given fewer tokens than one MMA tile still computes a whole tile.
    const perExpert = (N * moe.activeExperts) / (moe.experts * touched);
    pad = Math.max(1, MMA_TILE_ROWS / perExpert);
    experts =
      (dep ? e.expertImbalance : 1) *
      Math.max(
        expertBytes / r.weights,
        (expertFlops * pad) / (r.linear * e.moeCompute),
      );
  }
  const decodeAttention = Math.max(
    kvBytes / r.kv,
    decodeFlops / (r.bf16 * (model.mla ? e.mlaAttention : e.prefill)),
  );
  const attention = decodeAttention + prefillFlops / (r.bf16 * e.prefill);
  const layers = model.layers / pp;
  const moeLayers = moe ? (moe.layers ?? model.layers) / pp : 0;
  const communication = dep
    ? moeLayers *
      (2 * e.collectiveLatencySeconds +
        ((N / g) * moe!.activeExperts * model.hiddenSize * 3 * (g - 1)) /
          g /
          r.link)
    : tensorParallelComm(setup, layout, N, r.link, layers);
  const fixed =
    e.stepOverheadSeconds +
    e.layerSeconds *
      (layers +
        MOE_LAYER_WEIGHT * moeLayers +
        (model.mla ? MLA_LAYER_WEIGHT * layers : 0));
  const stage = dense + experts + attention + communication + fixed;
  const memory = Math.max(denseBytes / r.weights, kvBytes / r.kv);
  const compute = Math.max(denseFlops / r.linear, decodeFlops / r.bf16);
  return {
    layout,
    batch,
    promptTokens: prompt,
    denseBytes,
    denseFlops,
    expertBytes,
    expertFlops,
    kvBytes,
    decodeAttentionFlops: decodeFlops,
    prefillAttentionFlops: prefillFlops,
    expertPadding: pad,
    dense: pp * dense,
    experts: pp * experts,
    attention: pp * attention,
    communication: pp * communication,
    fixed: pp * fixed,
    seconds: pp * stage,
    bound: memory >= compute ? "memory" : "compute",
  };
}

/**
 * Two all-reduces per layer of a stage (a latency plus a ring's share of the 16-bit activations
 * through each GPU's link), and with several servers one hand-off between stages.
 */
function tensorParallelComm(
  setup: ServingSetup,
  layout: Layout,
  tokens: number,
  link: number,
  layers: number,
): number {
  const { model, efficiency: e } = setup;
  const t = layout.tensorParallel;
  const activations = tokens * model.hiddenSize * 2;
  const allReduces =
    t > 1
      ? 2 *
        layers *
        (e.collectiveLatencySeconds +
          (((2 * (t - 1)) / t) * activations) / link)
      : 0;
  const handOff =
    layout.stages > 1
      ? e.interNodeCollectiveLatencySeconds +
        activations / (INTER_NODE_GBS * GB)
      : 0;
  return allReduces + handOff;
}

export interface ServingPoint {
  /** Requests in flight on the replica (the batch). */
  concurrency: number;
  layout: string;
  /** One iteration at this batch in steady state, seconds. */
  stepSeconds: number;
  outputTokensPerSecond: number;
  perUserOutputTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
  bound: Bound;
}

/**
 * The replica in one layout with `batch` requests in flight. In steady state B/OSL prompts join
 * each iteration; a user waits for the others' prefills, not its own; a new prompt rides on the
 * other B − 1 sequences' decode steps in chunks.
 */
export function pointIn(
  setup: ServingSetup,
  layout: Layout,
  batch: number,
): ServingPoint {
  const { tokens } = promptTokens(setup);
  const perIteration = tokens / setup.outputTokens;
  const steady = iteration(setup, layout, batch, batch * perIteration);
  const user = iteration(setup, layout, batch, (batch - 1) * perIteration);
  const chunks = Math.ceil(tokens / setup.efficiency.chunkTokens);
  const first = iteration(setup, layout, batch - 1, tokens / chunks, true);
  return {
    concurrency: batch,
    layout: layout.name,
    stepSeconds: steady.seconds,
    outputTokensPerSecond: batch / steady.seconds,
    perUserOutputTokensPerSecond: 1 / user.seconds,
    timeToFirstTokenSeconds: chunks * first.seconds,
    bound: steady.bound,
  };
}

/** The plans of the layouts in which the model fits. */
export function fittingPlans(setup: ServingSetup): MemoryFit[] {
  return layoutsFor(setup.model, setup.gpus)
    .map((l) => memoryPlan(setup, l))
    .filter((p) => p.fits);
}

const faster = (a: ServingPoint, b: ServingPoint) =>
  b.outputTokensPerSecond > a.outputTokensPerSecond ? b : a;

/** The plan of the layout a point runs in, among the plans it was chosen from. */
export function planOf(plans: MemoryFit[], point: ServingPoint): MemoryFit {
  return plans.find((p) => p.layout.name === point.layout)!;
}

/**
 * The replica with `concurrency` requests offered (the rest queue), in the fitting layout with
 * the higher throughput; null when the model fits no layout. A caller that already holds the
 * setup's fitting plans passes them, so they are built once.
 */
export function servingPoint(
  setup: ServingSetup,
  concurrency: number,
  plans: MemoryFit[] = fittingPlans(setup),
): ServingPoint | null {
  const points = plans.map((p) =>
    pointIn(setup, p.layout, Math.min(concurrency, p.maxConcurrency)),
  );
  return points.length ? points.reduce(faster) : null;
}

export interface LatencyTarget {
  minTokensPerSecond: number;
  maxTimeToFirstTokenSeconds: number;
}

function meets(point: ServingPoint, target: LatencyTarget): boolean {
  return (
    point.perUserOutputTokensPerSecond >= target.minTokensPerSecond &&
    point.timeToFirstTokenSeconds <= target.maxTimeToFirstTokenSeconds
  );
}

/**
 * The largest batch within one layout's KV capacity whose users still see the target speed and
 * first-token time; null when even one request alone misses it. Per-user speed only falls and
 * the first-token time only grows with the batch, so a binary search finds the edge.
 */
function largestBatchIn(
  setup: ServingSetup,
  plan: MemoryFit,
  target: LatencyTarget,
): ServingPoint | null {
  const at = (b: number) => pointIn(setup, plan.layout, b);
  if (plan.maxConcurrency < 1 || !meets(at(1), target)) return null;
  let good = 1;
  let bad = plan.maxConcurrency + 1;
  // 64 halvings narrow any span of safe integers to one; the cap guards against a loop.
  for (let i = 0; i < 64 && bad - good > 1; i++) {
    const mid = Math.floor((good + bad) / 2);
    if (meets(at(mid), target)) good = mid;
    else bad = mid;
  }
  return at(good);
}

/** Each fitting layout searched on its own, then the one with the higher throughput at its edge. */
export function largestBatchMeeting(
  setup: ServingSetup,
  target: LatencyTarget,
  plans: MemoryFit[] = fittingPlans(setup),
): ServingPoint | null {
  const edges = plans
    .map((p) => largestBatchIn(setup, p, target))
    .filter((p): p is ServingPoint => p !== null);
  return edges.length ? edges.reduce(faster) : null;
}

const GB = 1e9;
const TERA = 1e12;
