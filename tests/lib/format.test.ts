import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatExponent,
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

  it("writes exponents as superscripts", () => {
    expect(formatExponent(6)).toBe("⁶");
    expect(formatExponent(-5)).toBe("⁻⁵");
    expect(formatExponent(1200)).toBe("¹²⁰⁰");
    expect(formatExponent(4.5)).toBe("^4.5");
  });

  it("never prints NaN or Infinity", () => {
    for (const f of [
      formatUsd,
      formatCompact,
      formatPercent,
      formatNumber,
      formatExponent,
    ]) {
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
});
