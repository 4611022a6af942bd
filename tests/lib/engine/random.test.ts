import { describe, expect, it } from "vitest";
import {
  percentile,
  quantile,
  seededRandom,
  type Distribution,
  type Spread,
} from "../../../src/lib/engine/random";

/** A range from low through its most likely value to high, drawn as `distribution`. */
const spread = (
  distribution: Distribution,
  low: number,
  likely: number,
  high: number,
): Spread => ({ low, likely, high, distribution });

describe("seededRandom", () => {
  it("gives the same draws for the same seed and others for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it("draws evenly from [0, 1)", () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 20_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeCloseTo(0.5, 1);
    // A tenth of the draws in each tenth of the range, give or take 1.5 points.
    for (let k = 0; k < 10; k++) {
      const share =
        draws.filter((x) => x >= k / 10 && x < (k + 1) / 10).length /
        draws.length;
      expect(Math.abs(share - 0.1)).toBeLessThan(0.015);
    }
  });
});

describe("quantile", () => {
  it("spreads a uniform range evenly", () => {
    const uniform = spread("uniform", 10, 12, 20);
    expect(quantile(uniform, 0)).toBe(10);
    expect(quantile(uniform, 0.25)).toBe(12.5);
  });

  it("spreads a log-uniform range evenly in tenfolds", () => {
    const logUniform = spread("log-uniform", 1, 5, 100);
    expect(quantile(logUniform, 0.5)).toBeCloseTo(10, 12);
    expect(quantile(logUniform, 0.25)).toBeCloseTo(Math.sqrt(10), 12);
  });

  it("peaks a triangular range at its most likely value", () => {
    // low 0, likely 1, high 2: half the mass below 1; F(x) = x²/2 below it.
    const triangular = spread("triangular", 0, 1, 2);
    expect(quantile(triangular, 0.5)).toBe(1);
    expect(quantile(triangular, 0.125)).toBe(0.5);
    expect(quantile(triangular, 0.875)).toBe(1.5);
    // Skewed: low 0, likely 0, high 4 → F(x) = 1 − (4 − x)²/16; F(2) = 0.75.
    expect(quantile(spread("triangular", 0, 0, 4), 0.75)).toBe(2);
  });

  it("gives the most likely value when low and high meet", () => {
    expect(quantile(spread("triangular", 3, 3, 3), 0.7)).toBe(3);
  });
});

describe("percentile", () => {
  it("interpolates between neighbours", () => {
    const sorted = [1, 2, 3, 4, 5];
    expect(percentile(sorted, 0.1)).toBeCloseTo(1.4, 12);
    expect(percentile(sorted, 0.5)).toBe(3);
    expect(percentile(sorted, 0.9)).toBeCloseTo(4.6, 12);
  });

  it("gives equal values exactly", () => {
    expect(percentile([0.1, 0.1, 0.1], 0.37)).toBe(0.1);
  });
});
