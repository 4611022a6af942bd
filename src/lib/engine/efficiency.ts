/**
 * How far real serving stacks fall short of the GPU's datasheet, per operator group. The roofline
 * alone predicts the ideal; these factors bring it to what inference servers measure. The fitted
 * ones come from `npm run calibrate` (scripts/calibrate.ts) on the published measurements in
 * `data/measurements.json` and `tests/lib/engine/fixtures/`; the others are fixed a priori from
 * framework defaults, kernel shapes or microbenchmarks. docs/calibration.md has the figures and the
 * error by regime; /methodology#calibration lists the factors.
 */
export interface Efficiency {
  /** Share of peak HBM bandwidth reached streaming weights (small-batch decode, expert reads). */
  bandwidth: number;
  /** Share of peak HBM bandwidth reached reading the KV cache in decode attention. */
  kvBandwidth: number;
  /** Share of peak BF16/FP8 tensor FLOPS reached by the linear layers (large batch, prefill). */
  compute: number;
  /** Share of peak FP4 tensor FLOPS reached by native FP4 linear layers (B200-class GPUs). */
  fp4Compute: number;
  /** Share of peak BF16 FLOPS reached by attention math (prefill, and decode without MLA). */
  prefill: number;
  /** Share of peak BF16 FLOPS reached by absorbed latent-attention (MLA) decode math. */
  mlaAttention: number;
  /** Grouped expert GEMMs' share of the linear layers' efficiency. */
  moeCompute: number;
  /** Fixed time per layer per iteration (kernel gaps, norms, rope, routing kernels), seconds. */
  layerSeconds: number;
  /** Fixed time per iteration (scheduler, sampling), seconds. */
  stepOverheadSeconds: number;
  /** Latency of one collective between GPUs of one server, seconds. */
  collectiveLatencySeconds: number;
  /** Latency of one hand-off between servers (pipeline stages), seconds. */
  interNodeCollectiveLatencySeconds: number;
  /** Weight-only formats (int8, int4, FP8/FP4 without the units): share of bandwidth and math kept. */
  weightOnly: number;
  /** Collective bus bandwidth over link bandwidth. */
  linkEfficiency: number;
  /** Share of the memory left after weights and reserve that holds the KV cache. */
  memoryUtilization: number;
  /** Memory each GPU keeps for activations, CUDA graphs and communication buffers, GB. */
  reservePerGpuGB: number;
  /** Most sequences one attention rank batches (scheduler cap). */
  maxBatch: number;
  /** Chunked-prefill unit, tokens. */
  chunkTokens: number;
  /** Expert-parallel slowest-rank factor. */
  expertImbalance: number;
  /** AMD Instinct: achieved tensor throughput relative to NVIDIA's share of peak. */
  amdCompute: number;
  /** AMD Instinct: achieved HBM bandwidth relative to NVIDIA's share of peak. */
  amdBandwidth: number;
}

/** Smallest MMA tile height (m16n8k16): an expert given fewer tokens still computes one tile. */
export const MMA_TILE_ROWS = 16;

/** Fixed-time weight of a routed-MoE and of a latent-attention layer, in dense layers (kernel counts). */
export const MOE_LAYER_WEIGHT = 1;
export const MLA_LAYER_WEIGHT = 1;

/** Per-GPU bandwidth between servers: one 400 Gb/s InfiniBand NIC per GPU, as in a DGX H100. */
export const INTER_NODE_GBS = 50;

/** GPUs in one server; a replica spanning more crosses the network. */
export const GPUS_PER_NODE = 8;

/** Fitted by `npm run calibrate`, for TensorRT-LLM (the reference stack; others scale it, see stacks.ts). */
export const calibratedEfficiency: Readonly<Efficiency> = Object.freeze({
  bandwidth: 0.832,
  kvBandwidth: 0.84,
  compute: 0.537,
  fp4Compute: 0.398,
  prefill: 0.479,
  mlaAttention: 0.435,
  moeCompute: 0.624,
  layerSeconds: 51.6e-6,
  stepOverheadSeconds: 0.945e-3,
  collectiveLatencySeconds: 12.5e-6,
  // Not fitted (no multi-node record): about twice an NVLink collective, as over InfiniBand.
  interNodeCollectiveLatencySeconds: 30e-6,
  weightOnly: 0.75,
  linkEfficiency: 0.7,
  memoryUtilization: 0.9,
  reservePerGpuGB: 4,
  maxBatch: 2048,
  chunkTokens: 8192,
  expertImbalance: 1.15,
  amdCompute: 0.668,
  amdBandwidth: 0.878,
});
