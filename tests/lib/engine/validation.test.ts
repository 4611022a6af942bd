/**
 * The serving estimator against published measurements it was NOT fitted to
 * (tests/lib/engine/fixtures/validation.json): other models, GPUs, lengths and batch sizes. A
 * check that the physics generalises; docs/calibration.md discusses the records it misses.
 */
import { describe, expect, it } from "vitest";
import { accuracy } from "./accuracy";
import { loadMeasurements } from "./fixtures/measurements";

describe("validation against independent measurements", () => {
  const result = accuracy(loadMeasurements("validation"));

  it("covers dense and MoE models, batch 1 to offline, and A100 to B200 and MI300X", () => {
    const records = loadMeasurements("validation");
    expect(records.some((r) => r.model.moe)).toBe(true);
    expect(records.some((r) => !r.model.moe)).toBe(true);
    expect(records.some((r) => r.concurrency === 1)).toBe(true);
    expect(records.some((r) => r.concurrency === "max")).toBe(true);
    for (const gpu of ["A100", "H100", "H200", "B200", "MI300X"]) {
      expect(
        records.some((r) => r.gpu.name.includes(gpu)),
        gpu,
      ).toBe(true);
    }
  });

  it("keeps the median error within 25%", () => {
    expect(result.medianAbsError).toBeLessThanOrEqual(0.25);
  });

  it("keeps three records in four within 50%", () => {
    expect(result.shareWithin(0.5)).toBeGreaterThanOrEqual(0.75);
  });

  it("predicts every one of its 30 or more records within a factor of 2.5", () => {
    expect(result.rows.length).toBeGreaterThanOrEqual(30);
    for (const row of result.rows) {
      expect(row.predicted, row.id).not.toBeNull();
      expect(
        Math.abs(Math.log(row.predicted! / row.measured)),
        row.id,
      ).toBeLessThanOrEqual(Math.log(2.5));
    }
  });
});
