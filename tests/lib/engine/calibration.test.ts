/**
 * The serving estimator against the published measurements its efficiency factors were fitted to
 * (tests/lib/engine/fixtures/calibration.json, sources per record).
 */
import { describe, expect, it } from "vitest";
import { accuracy } from "./accuracy";
import { loadMeasurements } from "./fixtures/measurements";

describe("calibration against published measurements", () => {
  const result = accuracy(loadMeasurements("calibration"));

  it("prints the error on each record", () => {
    console.log(
      `Calibration set (median |error| ${(result.medianAbsError * 100).toFixed(1)}%, max ${(result.maxAbsError * 100).toFixed(1)}%)\n${result.table}`,
    );
    expect(result.rows).toHaveLength(9);
  });

  it("keeps the median error within 20%", () => {
    expect(result.medianAbsError).toBeLessThanOrEqual(0.2);
  });

  it("keeps every record within 50%", () => {
    for (const row of result.rows)
      expect(Math.abs(row.error), row.id).toBeLessThanOrEqual(0.5);
  });
});
