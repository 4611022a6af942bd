/**
 * Round-number inputs for hand-computed expectations: a 1B-parameter one-layer model on a GPU
 * with 2 TB/s and 1,000 TFLOPS, and efficiency factors of 1 (attention 0.5) with no overheads, so each formula's
 * result can be worked out on paper.
 */
import type {
  GpuSpec,
  ModelArchitecture,
} from "../../../src/lib/catalog/types";
import type { Efficiency } from "../../../src/lib/engine/efficiency";
import type { ServingSetup } from "../../../src/lib/engine/serving";

export const toyModel: ModelArchitecture = {
  name: "Toy 1B",
  totalParamsB: 1,
  activeParamsB: 1,
  layers: 1,
  hiddenSize: 1024,
  attentionHeads: 8,
  kvHeads: 8,
  headDim: 128,
};

export const toyGpu: GpuSpec & { interconnectGBs: number } = {
  name: "Toy GPU",
  memoryGB: 10,
  bandwidthTBs: 2,
  tflops: { bf16: 1000, fp8: 2000, fp4: null },
  tdpW: 500,
  interconnectGBs: 100,
};

export const idealEfficiency: Efficiency = {
  bandwidth: 1,
  kvBandwidth: 1,
  compute: 1,
  fp4Compute: 1,
  prefill: 0.5,
  mlaAttention: 1,
  moeCompute: 1,
  layerSeconds: 0,
  stepOverheadSeconds: 0,
  collectiveLatencySeconds: 0,
  interNodeCollectiveLatencySeconds: 0,
  weightOnly: 1,
  linkEfficiency: 1,
  memoryUtilization: 1,
  reservePerGpuGB: 0,
  maxBatch: 4096,
  chunkTokens: 8192,
  expertImbalance: 1,
  amdCompute: 1,
  amdBandwidth: 1,
};

export function toySetup(overrides: Partial<ServingSetup> = {}): ServingSetup {
  return {
    model: toyModel,
    gpu: toyGpu,
    gpus: 1,
    weights: "bf16",
    kv: "bf16",
    inputTokens: 999,
    outputTokens: 2,
    cachedShare: 0,
    efficiency: idealEfficiency,
    ...overrides,
  };
}
