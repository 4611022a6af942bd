/**
 * Fits the serving estimator's efficiency factors to the calibration measurements by coordinate
 * descent on the mean absolute log error, then prints each record's error. Run it after changing
 * the estimator or the calibration set, and copy the printed factors into
 * src/lib/engine/efficiency.ts.
 *
 *   npx tsx scripts/calibrate.ts
 */
import {
  calibratedEfficiency,
  type Efficiency,
} from "../src/lib/engine/efficiency";
import { predict, relativeError } from "../src/lib/engine/measurement";
import {
  loadMeasurements,
  type ResolvedMeasurement,
} from "../tests/lib/engine/fixtures/measurements";

type Tunable =
  | "bandwidth"
  | "compute"
  | "prefill"
  | "moeRoutingSeconds"
  | "stepOverheadSeconds"
  | "collectiveLatencySeconds";

const GRID: Record<Tunable, number[]> = {
  bandwidth: range(0.5, 0.95, 0.01),
  compute: range(0.2, 0.9, 0.01),
  prefill: range(0.2, 0.9, 0.01),
  moeRoutingSeconds: range(0, 400e-9, 5e-9),
  stepOverheadSeconds: range(0, 0.004, 0.0001),
  collectiveLatencySeconds: range(0, 40e-6, 1e-6),
};

function range(from: number, to: number, step: number): number[] {
  const n = Math.round((to - from) / step);
  return Array.from({ length: n + 1 }, (_, i) =>
    Number((from + i * step).toPrecision(6)),
  );
}

/** Mean absolute log error plus half the worst one, so no single record is sacrificed to the rest. */
function loss(records: ResolvedMeasurement[], efficiency: Efficiency): number {
  const errors = records.map((r) => {
    const p = predict(r, efficiency);
    return p === null ? 10 : Math.abs(Math.log(p / r.value));
  });
  return (
    errors.reduce((a, b) => a + b, 0) / errors.length +
    0.5 * Math.max(...errors)
  );
}

function fit(records: ResolvedMeasurement[]): Efficiency {
  let best: Efficiency = { ...calibratedEfficiency };
  let bestLoss = loss(records, best);
  for (let round = 0; round < 6; round++) {
    for (const key of Object.keys(GRID) as Tunable[]) {
      for (const value of GRID[key]) {
        const candidate = { ...best, [key]: value };
        const l = loss(records, candidate);
        if (l < bestLoss - 1e-12) {
          best = candidate;
          bestLoss = l;
        }
      }
    }
  }
  return best;
}

function report(
  name: string,
  records: ResolvedMeasurement[],
  efficiency: Efficiency,
) {
  console.log(`\n${name}`);
  for (const r of records) {
    const p = predict(r, efficiency);
    const err =
      p === null
        ? "does not fit"
        : `${(relativeError(p, r.value) * 100).toFixed(1)}%`;
    console.log(
      `  ${r.id.padEnd(48)} ${r.metric.padEnd(30)} measured ${String(r.value).padStart(9)}  predicted ${p?.toPrecision(5).padStart(9)}  ${err}`,
    );
  }
}

const calibration = loadMeasurements("calibration");
const fitted = fit(calibration);
console.log("fitted efficiency:", JSON.stringify(fitted, null, 2));
console.log(
  "loss (mean + max/2 of |log error|), current:",
  loss(calibration, calibratedEfficiency).toFixed(4),
  "fitted:",
  loss(calibration, fitted).toFixed(4),
);
report("calibration (current factors)", calibration, calibratedEfficiency);
report("calibration (fitted factors)", calibration, fitted);
try {
  const validation = loadMeasurements("validation");
  report("validation (current factors)", validation, calibratedEfficiency);
  report("validation (fitted factors)", validation, fitted);
  console.log(
    "validation loss current:",
    loss(validation, calibratedEfficiency).toFixed(4),
    "fitted:",
    loss(validation, fitted).toFixed(4),
  );
} catch (e) {
  console.log("no validation set:", (e as Error).message);
}
