/**
 * Published serving measurements and what the estimator predicts for each: the same setup, the
 * same serving stack, the same concurrency, the same metric. Used to fit the efficiency factors
 * and to test the physics.
 */
import type {
  GpuSpec,
  KvPrecision,
  ModelArchitecture,
  WeightPrecision,
} from "../catalog/types";
import type { Efficiency } from "./efficiency";
import { servingPoint, type ServingSetup } from "./serving";
import type { Stack } from "./stacks";

export type MeasuredMetric =
  | "outputTokensPerSecond"
  | "outputTokensPerSecondPerGpu"
  | "perUserOutputTokensPerSecond"
  | "timeToFirstTokenSeconds";

export interface Measurement {
  id: string;
  model: ModelArchitecture;
  gpu: GpuSpec & { interconnectGBs?: number };
  gpus: number;
  weights: WeightPrecision;
  kv: KvPrecision;
  input: number;
  output: number;
  /** Requests in flight; `max` for an offline run with every request queued. */
  concurrency: number | "max";
  metric: MeasuredMetric;
  value: number;
  stack: Stack;
}

function measurementSetup(
  m: Measurement,
  efficiency: Efficiency,
): ServingSetup {
  return {
    model: m.model,
    gpu: m.gpu,
    gpus: m.gpus,
    weights: m.weights,
    kv: m.kv,
    inputTokens: m.input,
    outputTokens: m.output,
    cachedShare: 0,
    efficiency,
  };
}

/** The estimator's figure for a measurement's metric, or null when the model does not fit. */
export function predict(m: Measurement, efficiency: Efficiency): number | null {
  const setup = measurementSetup(m, efficiency);
  const point = servingPoint(
    setup,
    m.concurrency === "max" ? Infinity : m.concurrency,
  );
  if (!point) return null;
  switch (m.metric) {
    case "outputTokensPerSecondPerGpu":
      return point.outputTokensPerSecond / m.gpus;
    default:
      return point[m.metric];
  }
}

/** Relative error of a prediction: +0.1 is 10% above the measurement. */
export function relativeError(predicted: number, measured: number): number {
  return predicted / measured - 1;
}
