import { describe, expect, it } from "vitest";
import { maxOfPoissons } from "../../../src/lib/engine/poisson";

describe("maxOfPoissons", () => {
  it.each([
    [0.125, 0.691],
    [0.5, 1.637],
    [1, 2.579],
    [4, 7.036],
  ])("the busiest of 8 ranks at λ = %d holds %d on average", (lambda, max) => {
    expect(maxOfPoissons(lambda, 8)).toBeCloseTo(max, 3);
  });

  it("is λ itself for one rank, 0 with nothing to place, and grows with λ past the normal regime", () => {
    expect(maxOfPoissons(3, 1)).toBe(3);
    expect(maxOfPoissons(0, 8)).toBe(0);
    let last = 0;
    for (const lambda of [10, 49, 50, 51, 100, 1e4, 1e9]) {
      const m = maxOfPoissons(lambda, 8);
      expect(m).toBeGreaterThan(Math.max(last, lambda));
      last = m;
    }
    // Scaled from λ = 50 within 0.1% of the sum at λ = 100 (114.459).
    expect(Math.abs(maxOfPoissons(100, 8) / 114.459 - 1)).toBeLessThan(1e-3);
  });
});
