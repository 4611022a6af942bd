import { describe, expect, it } from "vitest";
import {
  errorPercent,
  errorRange,
  regimeOf,
} from "../../../src/lib/engine/error-bands";

describe("regimeOf", () => {
  it("long context first, then the KV limit, then batch 1, else moderate", () => {
    expect(regimeOf(8000, 1, 100)).toBe("long-context");
    expect(regimeOf(2000, 100, 100)).toBe("offline-max");
    expect(regimeOf(2000, 1, 100)).toBe("batch1-decode");
    expect(regimeOf(2000, 50, 100)).toBe("moderate-concurrency");
  });
});

describe("errorRange and errorPercent", () => {
  it("scale the estimate by the regime's p10 and p90 of measured / estimated", () => {
    // Offline maximum: 0.62 and 1.26.
    const [low, high] = errorRange(1000, "offline-max");
    expect(low).toBeCloseTo(620, 9);
    expect(high).toBeCloseTo(1260, 9);
    expect(errorPercent("offline-max")).toBeCloseTo(0.38, 12);
    // Batch 1: 0.92 and 1.34, the upper side wider.
    expect(errorPercent("batch1-decode")).toBeCloseTo(0.34, 12);
  });
});
