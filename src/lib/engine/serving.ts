/**
 * The serving estimator: how many requests one replica (g GPUs holding one copy of the model)
 * serves at once, how fast each user sees tokens, and the time to first token — from a roofline
 * of the GPU corrected by calibrated efficiency factors. The methodology page sets it out with a
 * worked example: /methodology#memory, /methodology#decode, /methodology#prefill and
 * /methodology#throughput.
 */
import type {
  GpuSpec,
  KvPrecision,
  ModelArchitecture,
  WeightPrecision,
} from "../catalog/types";
import {
  BYTES_PER_WEIGHT,
  decodeAttentionFlops,
  expertsTouched,
  kvBytesForContext,
  parameterSplit,
  prefillAttentionFlops,
  weightBytes,
} from "./architecture";
import {
  DEFAULT_INTERCONNECT_GBS,
  GPUS_PER_NODE,
  INTER_NODE_GBS,
  type Efficiency,
} from "./efficiency";

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

export interface MemoryFit {
  fits: boolean;
  weightsGB: number;
  usableGB: number;
  kvBudgetGB: number;
  kvGBPerRequest: number;
  /** Requests whose whole context fits in the KV cache at once. */
  maxConcurrency: number;
}

export type Bound = "memory" | "compute";

export interface ServingPoint {
  concurrency: number;
  /** One decode step of the whole batch, seconds. */
  stepSeconds: number;
  /** Prefill of one request's uncached prompt, seconds. */
  prefillSeconds: number;
  outputTokensPerSecond: number;
  perUserOutputTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
  bound: Bound;
}

const GB = 1e9;
const TERA = 1e12;

/** Peak dense TFLOPS at which a weight precision computes; a missing rate falls back to a wider one. */
export function peakTflops(gpu: GpuSpec, weights: WeightPrecision): number {
  const { bf16, fp8, fp4 } = gpu.tflops;
  switch (weights) {
    case "fp4":
      return fp4 ?? fp8 ?? bf16;
    case "fp8":
    case "int8":
      return fp8 ?? bf16;
    // Weight-only int4 (AWQ, GPTQ) dequantises to 16-bit before multiplying.
    case "int4":
    case "bf16":
      return bf16;
  }
}

/**
 * A replica of more than one server's GPUs runs tensor parallelism inside each server and
 * pipeline stages across servers: only one stage's activations cross the network per step.
 */
export function replicaLayout(gpus: number): {
  tensorParallel: number;
  stages: number;
} {
  return {
    tensorParallel: Math.min(gpus, GPUS_PER_NODE),
    stages: Math.ceil(gpus / GPUS_PER_NODE),
  };
}

/**
 * With tensor parallelism over more GPUs than the model has KV heads, each head's cache is held by
 * several GPUs. Latent attention (MLA) is served with data-parallel attention, without copies.
 */
export function kvCopies(setup: ServingSetup): number {
  if (setup.model.mla) return 1;
  return Math.max(
    1,
    replicaLayout(setup.gpus).tensorParallel / setup.model.kvHeads,
  );
}

function kvBytesPerRequest(setup: ServingSetup): number {
  const context = setup.inputTokens + setup.outputTokens;
  return kvBytesForContext(setup.model, setup.kv, context) * kvCopies(setup);
}

export function memoryFit(setup: ServingSetup): MemoryFit {
  const { gpu, gpus, efficiency } = setup;
  const usableGB =
    gpus *
    (gpu.memoryGB * efficiency.memoryUtilization - efficiency.reservePerGpuGB);
  const weightsGB = weightBytes(setup.model, setup.weights) / GB;
  const kvGBPerRequest = kvBytesPerRequest(setup) / GB;
  const kvBudgetGB = Math.max(0, usableGB - weightsGB);
  const maxConcurrency = Math.min(
    efficiency.maxBatch,
    Math.floor(kvBudgetGB / kvGBPerRequest),
  );
  return {
    fits: maxConcurrency >= 1,
    weightsGB,
    usableGB,
    kvBudgetGB,
    kvGBPerRequest,
    maxConcurrency,
  };
}

/**
 * Time the GPUs spend talking each step over `tokens` tokens: two all-reduces per layer inside a
 * server (a ring sends 2(t−1)/t of the 16-bit activations through each GPU's link), and with
 * several servers one hand-off between pipeline stages. Stages work on different requests at once,
 * so a step pays for one stage's layers.
 */
function collectiveSeconds(setup: ServingSetup, tokens: number): number {
  const { model, efficiency } = setup;
  const { tensorParallel: t, stages } = replicaLayout(setup.gpus);
  const activations = tokens * model.hiddenSize * 2;
  const linkGBs = setup.gpu.interconnectGBs ?? DEFAULT_INTERCONNECT_GBS;
  const allReduces =
    t > 1
      ? 2 *
        (model.layers / stages) *
        (efficiency.collectiveLatencySeconds +
          (((2 * (t - 1)) / t) * activations) / (linkGBs * GB))
      : 0;
  const handOff =
    stages > 1
      ? efficiency.interNodeCollectiveLatencySeconds +
        activations / (INTER_NODE_GBS * GB)
      : 0;
  return allReduces + handOff;
}

/**
 * One forward pass taken apart: what it reads and computes, and the time each part costs. The
 * methodology page shows these parts; the step's time is their sum as the roofline combines them.
 */
export interface PassParts {
  tokens: number;
  /** Bytes of weights read: only the experts some token is routed to. */
  weightBytes: number;
  /** Bytes of KV cache read (decode only). */
  kvBytes: number;
  /** FLOPs of the weight matrices, at the weights' precision. */
  linearFlops: number;
  /** FLOPs of attention, at 16 bits: FlashAttention and FlashMLA compute in 16 bits whatever the cache holds. */
  attentionFlops: number;
  memorySeconds: number;
  computeSeconds: number;
  routingSeconds: number;
  collectiveSeconds: number;
  overheadSeconds: number;
  seconds: number;
  bound: Bound;
}

function forwardPass(
  setup: ServingSetup,
  tokens: number,
  reads: { kvBytes: number; attentionFlops: number },
  computeEfficiency: number,
  overheadSeconds: number,
): PassParts {
  const { model, gpu, gpus, efficiency } = setup;
  const { sharedB, routedB } = parameterSplit(model);
  const weightBytes =
    (sharedB + routedB * expertsTouched(model, tokens)) *
    GB *
    BYTES_PER_WEIGHT[setup.weights];
  const linearFlops = 2 * tokens * GB * model.activeParamsB;
  const memorySeconds =
    (weightBytes + reads.kvBytes) /
    (gpus * gpu.bandwidthTBs * TERA * efficiency.bandwidth);
  const peak = gpus * TERA * computeEfficiency;
  const computeSeconds =
    linearFlops / (peak * peakTflops(gpu, setup.weights)) +
    reads.attentionFlops / (peak * gpu.tflops.bf16);
  const routing = routingSeconds(setup, tokens);
  const collectives = collectiveSeconds(setup, tokens);
  return {
    tokens,
    weightBytes,
    kvBytes: reads.kvBytes,
    linearFlops,
    attentionFlops: reads.attentionFlops,
    memorySeconds,
    computeSeconds,
    routingSeconds: routing,
    collectiveSeconds: collectives,
    overheadSeconds,
    seconds:
      Math.max(memorySeconds, computeSeconds) +
      routing +
      collectives +
      overheadSeconds,
    bound: memorySeconds >= computeSeconds ? "memory" : "compute",
  };
}

/** Time to route `tokens` tokens through the experts of every mixture-of-experts layer. */
function routingSeconds(setup: ServingSetup, tokens: number): number {
  const { moe, layers } = setup.model;
  if (!moe) return 0;
  const assignments = tokens * moe.activeExperts * (moe.layers ?? layers);
  return (assignments * setup.efficiency.moeRoutingSeconds) / setup.gpus;
}

/** One decode step for a batch of `batch` sequences at the average context of a request. */
export function decodeStep(setup: ServingSetup, batch: number): PassParts {
  const context = setup.inputTokens + setup.outputTokens / 2;
  const reads = {
    kvBytes:
      batch *
      kvBytesForContext(setup.model, setup.kv, context) *
      kvCopies(setup),
    attentionFlops: batch * decodeAttentionFlops(setup.model, context),
  };
  return forwardPass(
    setup,
    batch,
    reads,
    setup.efficiency.compute,
    setup.efficiency.stepOverheadSeconds,
  );
}

/** Prefill of one request's uncached prompt (at least one token: the last is always computed). */
export function prefillPass(setup: ServingSetup): PassParts {
  const prefix = Math.floor(setup.inputTokens * setup.cachedShare);
  const tokens = Math.max(1, setup.inputTokens - prefix);
  const reads = {
    kvBytes: 0,
    attentionFlops: prefillAttentionFlops(setup.model, tokens, prefix),
  };
  return forwardPass(setup, tokens, reads, setup.efficiency.prefill, 0);
}

export const prefillSeconds = (setup: ServingSetup): number =>
  prefillPass(setup).seconds;

/**
 * The replica serving `concurrency` requests at once with continuous batching. Each request costs
 * its share of decode steps plus its own prefill, which also interrupts the others' decoding.
 */
export function servingPoint(
  setup: ServingSetup,
  concurrency: number,
): ServingPoint {
  const step = decodeStep(setup, concurrency);
  const prefill = prefillSeconds(setup);
  const output = setup.outputTokens;
  const decodeTime = output * step.seconds;
  return {
    concurrency,
    stepSeconds: step.seconds,
    prefillSeconds: prefill,
    outputTokensPerSecond:
      (concurrency * output) / (decodeTime + concurrency * prefill),
    perUserOutputTokensPerSecond:
      output / (decodeTime + (concurrency - 1) * prefill),
    timeToFirstTokenSeconds: prefill + (concurrency > 1 ? step.seconds : 0),
    bound: step.bound,
  };
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
 * The largest batch within KV capacity whose users still see the target speed and first-token
 * time; null when even one request alone misses it. Per-user speed only falls and the first-token
 * time only grows with the batch, so a binary search finds the edge.
 */
export function largestBatchMeeting(
  setup: ServingSetup,
  maxConcurrency: number,
  target: LatencyTarget,
): ServingPoint | null {
  if (maxConcurrency < 1 || !meets(servingPoint(setup, 1), target)) return null;
  let good = 1;
  let bad = maxConcurrency + 1;
  // 64 halvings narrow any span of safe integers to one; the cap guards against a loop.
  for (let i = 0; i < 64 && bad - good > 1; i++) {
    const mid = Math.floor((good + bad) / 2);
    if (meets(servingPoint(setup, mid), target)) good = mid;
    else bad = mid;
  }
  return servingPoint(setup, good);
}
