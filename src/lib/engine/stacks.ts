/**
 * The serving stack as an input. The same GPU and model differ by up to 2× between stacks, so each
 * scales the reference efficiencies (fitted on TensorRT-LLM) by its own fitted factors: one on the
 * bandwidth-bound groups, one on the compute-bound groups, one on the fixed per-iteration and
 * per-layer times. `npm run calibrate` fits them; docs/calibration.md has the error per stack.
 */
import { calibratedEfficiency, type Efficiency } from "./efficiency";

export const STACKS = ["tensorrt-llm", "vllm", "sglang", "other"] as const;
export type Stack = (typeof STACKS)[number];

/** The stack most teams run, used when an option or a command names none. */
export const DEFAULT_STACK: Stack = "vllm";

export const STACK_LABELS: Readonly<Record<Stack, string>> = {
  "tensorrt-llm": "TensorRT-LLM",
  vllm: "vLLM",
  sglang: "SGLang",
  other: "another stack",
};

export interface StackScale {
  /** Multiplies `bandwidth` and `kvBandwidth`. */
  bandwidth: number;
  /** Multiplies every compute efficiency. */
  compute: number;
  /** Multiplies `layerSeconds` and `stepOverheadSeconds`. */
  fixed: number;
}

/** Fitted by `npm run calibrate`; TensorRT-LLM is the reference (1, 1, 1). */
export const STACK_SCALES: Readonly<Record<Stack, StackScale>> = {
  "tensorrt-llm": { bandwidth: 1, compute: 1, fixed: 1 },
  vllm: { bandwidth: 0.681, compute: 0.961, fixed: 1.21 },
  sglang: { bandwidth: 1, compute: 0.949, fixed: 0.998 },
  other: { bandwidth: 1.03, compute: 1.02, fixed: 0.897 },
};

/** The reference efficiencies as one stack reaches them. */
export function scaleEfficiency(
  base: Readonly<Efficiency>,
  scale: StackScale,
): Efficiency {
  return {
    ...base,
    bandwidth: Math.min(1, base.bandwidth * scale.bandwidth),
    kvBandwidth: Math.min(1, base.kvBandwidth * scale.bandwidth),
    compute: Math.min(1, base.compute * scale.compute),
    fp4Compute: Math.min(1, base.fp4Compute * scale.compute),
    prefill: Math.min(1, base.prefill * scale.compute),
    mlaAttention: Math.min(1, base.mlaAttention * scale.compute),
    layerSeconds: base.layerSeconds * scale.fixed,
    stepOverheadSeconds: base.stepOverheadSeconds * scale.fixed,
  };
}

/** The efficiencies a stack reaches: the calibrated reference scaled by the stack's factors. */
export const stackEfficiency = (stack: Stack): Efficiency =>
  scaleEfficiency(calibratedEfficiency, STACK_SCALES[stack]);
