import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../../src/lib/format";

describe("format", () => {
  it.each([
    [0, "$0"],
    [0.8, "$0.80"],
    [0.00367, "$0.00367"],
    [1.5, "$1.50"],
    [99.999, "$100"],
    [48_224.4, "$48,224"],
    [-12.5, "-$12.50"],
  ])("formatUsd(%d) = %s", (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });

  it("never prints NaN or Infinity", () => {
    for (const f of [formatUsd, formatCompact, formatPercent, formatNumber]) {
      expect(f(Number.NaN)).toBe("—");
      expect(f(Infinity)).toBe("—");
      expect(f(null)).toBe("—");
    }
  });

  it("compacts volumes and rounds shares", () => {
    expect(formatCompact(26_280_000_000)).toBe("26.3B");
    expect(formatPercent(0.5349)).toBe("53%");
    expect(formatNumber(1234.567, 1)).toBe("1,234.6");
  });

  it("prints figures too large or too small for plain digits in scientific notation", () => {
    expect(formatUsd(1.706e26)).toBe("$1.71 × 10²⁶");
    expect(formatUsd(-2e15)).toBe("-$2 × 10¹⁵");
    expect(formatUsd(1e-304)).toBe("$1 × 10⁻³⁰⁴");
    expect(formatUsd(999_999_999_999_999)).toBe("$999,999,999,999,999");
    expect(formatCompact(2e20)).toBe("2 × 10²⁰");
    expect(formatCompact(2e16)).toBe("20,000T");
    expect(formatPercent(8.18e304)).toBe("8.18 × 10³⁰⁶%");
    expect(formatPercent(26_783.34)).toBe("2,678,334%");
    expect(formatNumber(1e308, 3)).toBe("1 × 10³⁰⁸");
    for (const f of [formatUsd, formatCompact, formatPercent, formatNumber])
      for (const n of [1e308, -1e308, 5e-324, 1e-300])
        expect(f(n).length).toBeLessThan(20);
  });

  it("never prints a negative zero", () => {
    expect(formatUsd(-0)).toBe("$0");
    expect(formatCompact(-0)).toBe("0");
    expect(formatPercent(-0.001)).toBe("0%");
    expect(formatNumber(-0.0001, 2)).toBe("0");
  });
});
