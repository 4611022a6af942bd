/**
 * The serving estimator against the published measurements its efficiency factors were fitted to
 * (tests/lib/engine/fixtures/calibration.json, sources per record).
 */
import { describe, expect, it } from "vitest";
import { accuracy } from "./accuracy";
import { loadMeasurements } from "./fixtures/measurements";

describe("calibration against published measurements", () => {
  const result = accuracy(loadMeasurements("calibration"));

  it("keeps the median error within 20%", () => {
    expect(result.medianAbsError).toBeLessThanOrEqual(0.2);
  });

  it("keeps every one of its nine records within 50%", () => {
    expect(result.rows).toHaveLength(9);
    for (const row of result.rows)
      expect(Math.abs(row.error), row.id).toBeLessThanOrEqual(0.5);
  });
});
