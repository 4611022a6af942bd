import { afterEach, describe, expect, it, vi } from "vitest";
import {
  formatBytes,
  formatCompact,
  formatDay,
  formatExponent,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../../src/lib/format";

describe.each([
  {
    format: formatUsd,
    cases: [
      [0, "$0"],
      [0.8, "$0.80"],
      [0.00367, "$0.00367"],
      [0.5, "$0.50"],
      [1.5, "$1.50"],
      [99.99, "$99.99"],
      [99.999, "$100"],
      [100, "$100"],
      [48_224.4, "$48,224"],
      [1_234_567.5, "$1,234,568"],
      [-12.5, "-$12.50"],
      [0.004, "$0.0040"],
      [-0.25, "-$0.25"],
    ],
  },
  {
    format: formatCompact,
    cases: [
      [0, "0"],
      [950, "950"],
      [1234, "1.23K"],
      [1_234_567, "1.23M"],
      [26_280_000_000, "26.3B"],
      [4e12, "4T"],
    ],
  },
  {
    format: formatPercent,
    cases: [
      [0, "0%"],
      [0.5349, "53%"],
      [0.712, "71%"],
      [1, "100%"],
      [2.5, "250%"],
      [-0.3, "-30%"],
    ],
  },
  {
    format: formatExponent,
    cases: [
      [6, "⁶"],
      [-5, "⁻⁵"],
      [1200, "¹²⁰⁰"],
      [4.5, "^4.5"],
    ],
  },
] satisfies { format: (n: number) => string; cases: [number, string][] }[])(
  "$format.name",
  ({ format, cases }) => {
    it.each(cases)("(%d) = %s", (n, text) => {
      expect(format(n)).toBe(text);
    });
  },
);

describe("format", () => {
  it.each([
    [1234.567, undefined, "1,235"],
    [1234.567, 0, "1,235"],
    [1234.567, 1, "1,234.6"],
    [1234.567, 2, "1,234.57"],
    [0.5, 3, "0.5"],
    [10_000_000, 3, "10,000,000"],
    [8192, undefined, "8,192"],
  ])("formatNumber(%d, %s) = %s", (n, digits, text) => {
    expect(formatNumber(n, digits)).toBe(text);
  });

  it("keeps one formatter per number of decimals apart from another", () => {
    expect(formatNumber(2.345, 2)).toBe("2.35");
    expect(formatNumber(2.345, 1)).toBe("2.3");
    expect(formatNumber(2.345, 2)).toBe("2.35");
  });

  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    // 10 · 1,024² bytes: the benchmark reader's limit.
    [10 * 1024 * 1024, "10 MiB"],
    [3 * 1024 ** 3 + 1024 ** 3 / 4, "3.3 GiB"],
    [2 * 1024 ** 5, "2,048 TiB"],
  ])("formatBytes(%d) = %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    ["2026-07-01", "1 July 2026"],
    ["2026-11-29", "29 November 2026"],
    ["2025-12-31", "31 December 2025"],
    ["someday", "—"],
  ])("formatDay(%s) = %s", (iso, text) => {
    expect(formatDay(iso)).toBe(text);
  });

  it("never prints NaN or Infinity", () => {
    for (const f of [
      formatUsd,
      formatCompact,
      formatPercent,
      formatNumber,
      formatExponent,
      formatBytes,
    ]) {
      expect(f(Number.NaN)).toBe("—");
      expect(f(Infinity)).toBe("—");
      expect(f(-Infinity)).toBe("—");
      expect(f(null)).toBe("—");
      expect(f(undefined)).toBe("—");
    }
  });
});

describe("format's formatters", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("are built on first use, once each", async () => {
    vi.resetModules();
    const { NumberFormat } = Intl;
    const built = vi.spyOn(Intl, "NumberFormat").mockImplementation(function (
      ...args: ConstructorParameters<typeof NumberFormat>
    ) {
      return new NumberFormat(...args);
    });
    const format = await import("../../src/lib/format");
    expect(built).toHaveBeenCalledTimes(0);

    format.formatUsd(12.5);
    format.formatUsd(13.5);
    expect(built).toHaveBeenCalledTimes(1);
    format.formatUsd(250);
    expect(built).toHaveBeenCalledTimes(2);

    format.formatNumber(1.25, 1);
    format.formatNumber(2.5, 1);
    expect(built).toHaveBeenCalledTimes(3);
    format.formatNumber(1.25, 2);
    expect(built).toHaveBeenCalledTimes(4);

    format.formatPercent(0.5);
    format.formatPercent(0.25);
    format.formatCompact(1e6);
    format.formatCompact(2e6);
    expect(built).toHaveBeenCalledTimes(6);
  });

  it("builds the answer's number formats ahead, so showing a figure builds none", async () => {
    // A fresh copy of the module, whose formats no earlier test has built.
    vi.resetModules();
    const fresh = await import("../../src/lib/format");
    fresh.prepareFormats();
    const built = vi.spyOn(Intl, "NumberFormat");
    for (const usd of [0, 0.5, 5, 500]) fresh.formatUsd(usd);
    fresh.formatCompact(2e9);
    fresh.formatPercent(0.53);
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
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
