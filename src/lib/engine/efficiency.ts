/**
 * How far real serving stacks fall short of the GPU's datasheet. The roofline alone predicts the
 * ideal; these factors bring it to what inference servers measure. They were fitted once by
 * `scripts/calibrate.ts` against the published measurements in
 * `tests/lib/engine/fixtures/calibration.json` (sources in that file), then checked against the
 * independent set in `tests/lib/engine/fixtures/validation.json`. docs/calibration.md has the
 * errors record by record; /methodology#calibration lists the factors.
 */
export interface Efficiency {
  /** Share of peak memory bandwidth reached while decoding. */
  bandwidth: number;
  /** Share of peak tensor FLOPS reached by decode matrix multiplies and attention. */
  compute: number;
  /** Share of peak tensor FLOPS reached by prefill (long, compute-bound matrix multiplies). */
  prefill: number;
  /**
   * Time to route one token to one expert in one mixture-of-experts layer, spread over the
   * replica's GPUs: gating, permuting tokens into per-expert groups and combining them back, and
   * the small grouped matrix multiplies. Models with many small experts and top-8 routing pay it
   * eight times per token per layer, which is why they serve well below their dense-equivalent
   * roofline.
   */
  moeRoutingSeconds: number;
  /** Fixed time per decode step (scheduling, sampling, kernel launches), seconds. */
  stepOverheadSeconds: number;
  /** Latency of one collective between GPUs of one server, seconds. */
  collectiveLatencySeconds: number;
  /** Latency of one collective between servers, seconds. */
  interNodeCollectiveLatencySeconds: number;
  /**
   * Most requests one replica batches: trtllm-bench sizes `max_batch_size` as the requests that
   * fit in the KV cache, capped at 4096 (TensorRT-LLM performance overview docs).
   */
  maxBatch: number;
  /** Share of GPU memory the server may use (vLLM's `gpu_memory_utilization` default is 0.9). */
  memoryUtilization: number;
  /** Memory each GPU keeps for activations, CUDA graphs and the runtime, GB. */
  reservePerGpuGB: number;
}

/** Fitted by `npx tsx scripts/calibrate.ts` (catalog 2026.11.29). */
export const calibratedEfficiency: Readonly<Efficiency> = Object.freeze({
  bandwidth: 0.82,
  compute: 0.6,
  prefill: 0.43,
  moeRoutingSeconds: 115e-9,
  stepOverheadSeconds: 0.0017,
  collectiveLatencySeconds: 13e-6,
  // Not fitted (no multi-node record): about twice an NVLink collective, as over InfiniBand.
  interNodeCollectiveLatencySeconds: 30e-6,
  maxBatch: 4096,
  memoryUtilization: 0.9,
  reservePerGpuGB: 3,
});

/** Per-GPU bandwidth between servers: one 400 Gb/s InfiniBand NIC per GPU, as in a DGX H100. */
export const INTER_NODE_GBS = 50;

/** GPUs in one server; a replica spanning more crosses the network. */
export const GPUS_PER_NODE = 8;
