/** Error statistics of the estimator on a set of published measurements. */
import { calibratedEfficiency } from "../../../src/lib/engine/efficiency";
import { predict, relativeError } from "../../../src/lib/engine/measurement";
import type { ResolvedMeasurement } from "./fixtures/measurements";

export interface Accuracy {
  rows: {
    id: string;
    metric: string;
    measured: number;
    predicted: number | null;
    error: number;
  }[];
  medianAbsError: number;
  shareWithin: (bound: number) => number;
}

export function accuracy(records: ResolvedMeasurement[]): Accuracy {
  const rows = records.map((r) => {
    const predicted = predict(r, calibratedEfficiency);
    return {
      id: r.id,
      metric: r.metric,
      measured: r.value,
      predicted,
      error: predicted === null ? Infinity : relativeError(predicted, r.value),
    };
  });
  const abs = rows.map((r) => Math.abs(r.error)).sort((a, b) => a - b);
  const mid = abs.length / 2;
  const medianAbsError =
    abs.length % 2 ? abs[Math.floor(mid)]! : (abs[mid - 1]! + abs[mid]!) / 2;
  return {
    rows,
    medianAbsError,
    shareWithin: (bound) => abs.filter((e) => e <= bound).length / abs.length,
  };
}
