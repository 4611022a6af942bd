import { describe, expect, it } from "vitest";
import { figureAt, type Superseded } from "../../../src/lib/catalog/history";

// Electricity cost 0.08 until 2026-10-01, then 0.10 until 2027-02-01, then today's 0.12.
const history: Superseded[] = [
  { until: "2027-02-01", assumptions: { electricityUsdPerKwh: 0.1 } },
  {
    until: "2026-10-01",
    assumptions: { electricityUsdPerKwh: 0.08, pue: 1.4 },
  },
];
const kwh = (date: string) =>
  figureAt(date, 0.12, (c) => c.assumptions?.electricityUsdPerKwh, history);

describe("figureAt", () => {
  it("gives the value each catalog date had, whatever order the changes are listed in", () => {
    expect(kwh("2026-07-01")).toBe(0.08);
    expect(kwh("2026-09-30")).toBe(0.08);
    expect(kwh("2026-10-01")).toBe(0.1);
    expect(kwh("2027-01-31")).toBe(0.1);
    expect(kwh("2027-02-01")).toBe(0.12);
  });

  it("skips changes that left the figure alone", () => {
    const pue = (date: string) =>
      figureAt(date, 1.3, (c) => c.assumptions?.pue, history);
    expect(pue("2026-09-01")).toBe(1.4);
    expect(pue("2026-12-01")).toBe(1.3);
  });

  it("is today's value with no history", () => {
    expect(figureAt("2020-01-01", 5, () => 1, [])).toBe(5);
  });
});
