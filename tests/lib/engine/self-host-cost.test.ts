import { describe, expect, it } from "vitest";
import {
  capitalRecoveryFactor,
  powerShare,
  selfHostMonthlyCost,
} from "../../../src/lib/engine/self-host-cost";
import type { SelfHostOption } from "../../../src/lib/engine/types";
import { maverickRented } from "./scenarios";

describe("capitalRecoveryFactor", () => {
  it("is straight-line without a cost of capital", () => {
    expect(capitalRecoveryFactor(0, 4)).toBe(0.25);
  });

  it("is r / (1 − (1 + r)^−n)", () => {
    // 8% over 5 years: 0.08 / (1 − 1.08^−5) = 0.250456…
    expect(capitalRecoveryFactor(0.08, 5)).toBeCloseTo(0.2504564546, 9);
  });
});

describe("powerShare", () => {
  it("draws the idle floor plus the rest in proportion to utilisation", () => {
    expect(powerShare(0, 0.2)).toBe(0.2);
    expect(powerShare(1, 0.2)).toBe(1);
    expect(powerShare(0.5, 0.2)).toBeCloseTo(0.6, 15);
  });
});

describe("selfHostMonthlyCost", () => {
  it("rented: GPUs · $/GPU-hour · 730 hours", () => {
    const { totalUsd, breakdown } = selfHostMonthlyCost(maverickRented, 8, 0.5);
    expect(breakdown.gpuRentalUsd).toBeCloseTo(8 * 2 * 730, 9); // $11,680
    expect(totalUsd).toBeCloseTo(11_680, 9);
  });

  it("owned: purchase annualised, power at the utilisation, colocation on provisioned power", () => {
    const owned: SelfHostOption = {
      ...maverickRented,
      gpu: { ...maverickRented.gpu, tdpW: 1000 },
      hosting: {
        mode: "owned",
        usdPerGpu: 30_000,
        years: 4,
        costOfCapital: 0,
        pue: 1.5,
        usdPerKwh: 0.1,
        nodePowerOverhead: 2,
        idlePowerFraction: 0.2,
        colocationUsdPerKwMonth: 100,
      },
      engineerFte: 0.5,
      engineerUsdPerYear: 240_000,
      setupUsd: 12_000,
      setupMonths: 12,
      otherUsdPerMonth: 500,
    };
    const { totalUsd, breakdown } = selfHostMonthlyCost(owned, 8, 0.5);
    // 8 · 30,000 / 4 years / 12 = $5,000 a month.
    expect(breakdown.hardwareUsd).toBeCloseTo(5000, 9);
    // Provisioned 8 · 1 kW · 2 = 16 kW; drawn 16 · 0.6 = 9.6 kW; · 1.5 PUE · 730 h · $0.1 = $1,051.20.
    expect(breakdown.powerUsd).toBeCloseTo(1051.2, 9);
    // 16 kW · $100 = $1,600.
    expect(breakdown.colocationUsd).toBeCloseTo(1600, 9);
    expect(breakdown.engineersUsd).toBeCloseTo(10_000, 9);
    expect(breakdown.setupUsd).toBeCloseTo(1000, 9);
    expect(breakdown.otherUsd).toBe(500);
    expect(breakdown.gpuRentalUsd).toBe(0);
    expect(totalUsd).toBeCloseTo(5000 + 1051.2 + 1600 + 10_000 + 1000 + 500, 9);
  });
});
