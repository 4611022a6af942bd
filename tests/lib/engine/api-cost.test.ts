import { describe, expect, it } from "vitest";
import {
  apiMonthlyCost,
  apiRequestCost,
  batchFactor,
  cacheStorageUsd,
  pricesForPrompt,
} from "../../../src/lib/engine/api-cost";
import { baseWorkload } from "./scenarios";

const prices = { inputPerM: 2.5, cachedInputPerM: 0.25, outputPerM: 15 };
const longContext = {
  thresholdTokens: 272_000,
  inputPerM: 5,
  cachedInputPerM: 0.5,
  outputPerM: 22.5,
};

describe("apiRequestCost", () => {
  it("bills uncached input, cached input and output times verbosity", () => {
    // 1000 in, half cached, 200 out at verbosity 1.5:
    // 500 · 2.5 + 500 · 0.25 + 300 · 15 = 1250 + 125 + 4500 = 5875 per 1e6 → $0.005875.
    const cost = apiRequestCost(
      prices,
      { inputTokens: 1000, outputTokens: 200, cachedShare: 0.5 },
      1.5,
    );
    expect(cost.uncachedInputUsd).toBeCloseTo(0.00125, 15);
    expect(cost.cachedInputUsd).toBeCloseTo(0.000125, 15);
    expect(cost.outputUsd).toBeCloseTo(0.0045, 15);
    expect(cost.totalUsd).toBeCloseTo(0.005875, 15);
  });

  it("bills the whole request at long-context prices once the prompt crosses the threshold", () => {
    const request = {
      inputTokens: 300_000,
      outputTokens: 1000,
      cachedShare: 0,
    };
    // 300,000 · 5 + 1000 · 22.5 = 1,522,500 per 1e6 → $1.5225.
    expect(
      apiRequestCost(prices, request, 1, longContext).totalUsd,
    ).toBeCloseTo(1.5225, 12);
    // At the threshold itself the normal prices apply: 272,000 · 2.5 + 1000 · 15 → $0.695.
    const atThreshold = { ...request, inputTokens: 272_000 };
    expect(
      apiRequestCost(prices, atThreshold, 1, longContext).totalUsd,
    ).toBeCloseTo(0.695, 12);
  });
});

describe("pricesForPrompt", () => {
  it("keeps the normal prices without a long-context tier", () => {
    expect(pricesForPrompt(prices, 10_000_000, undefined)).toBe(prices);
  });
});

describe("batch discount", () => {
  it("takes the discount off the share of requests sent as batch", () => {
    expect(batchFactor(0.4, 0.5)).toBeCloseTo(0.8, 15);
    expect(batchFactor(0, 0.5)).toBe(1);
    expect(batchFactor(1, 0)).toBe(1);
  });

  it("monthly = requests · cost per request · (1 − batchShare · discount)", () => {
    const workload = {
      ...baseWorkload,
      requestsPerMonth: 1000,
      inputTokens: 1000,
      outputTokens: 200,
      cachedShare: 0.5,
      batchShare: 0.4,
    };
    const cost = apiMonthlyCost(
      { batchDiscount: 0.5, verbosity: 1.5 },
      prices,
      workload,
    );
    // 1000 · 0.005875 · 0.8 = $4.70.
    expect(cost.totalUsd).toBeCloseTo(4.7, 12);
    expect(cost.breakdown.outputUsd).toBeCloseTo(1000 * 0.0045 * 0.8, 12);
  });
});

describe("cache storage", () => {
  const shape = { inputTokens: 2000, cachedShare: 0.5 };

  it("is none without a storage price", () => {
    expect(cacheStorageUsd({ cacheStorageTokens: 1e6 }, shape)).toBe(0);
  });

  it("= price · tokens kept / 1M · hours", () => {
    // $4.50 × 100,000 / 1M × 200 h = $90.
    expect(
      cacheStorageUsd(
        {
          cacheStoragePerMHour: 4.5,
          cacheStorageTokens: 100_000,
          cacheStorageHours: 200,
        },
        shape,
      ),
    ).toBeCloseTo(90, 12);
  });

  it("keeps the cached part of a prompt all month when left out", () => {
    // 2,000 × 0.5 = 1,000 tokens; $2 × 1,000 / 1M × 730 h = $1.46.
    expect(cacheStorageUsd({ cacheStoragePerMHour: 2 }, shape)).toBeCloseTo(
      1.46,
      12,
    );
  });

  it("is a monthly sum beside the requests, with no batch discount", () => {
    const workload = {
      ...baseWorkload,
      requestsPerMonth: 1000,
      inputTokens: 1000,
      outputTokens: 200,
      cachedShare: 0.5,
      batchShare: 0.4,
    };
    const option = { batchDiscount: 0.5, verbosity: 1.5 };
    const stored = apiMonthlyCost(
      { ...option, cacheStoragePerMHour: 10, cacheStorageTokens: 1e6 },
      prices,
      workload,
    );
    // $4.70 of requests (above) + $10 × 1M / 1M × 730 h = $7,304.70.
    expect(stored.totalUsd).toBeCloseTo(7304.7, 9);
    expect(stored.breakdown.cacheStorageUsd).toBeCloseTo(7300, 9);
  });
});
