/** docs/calibration.md lists the efficiency factors; this keeps its table equal to the engine's. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibratedEfficiency } from "../../../src/lib/engine/efficiency";

const UNITS: Record<string, number> = {
  "": 1,
  GB: 1,
  ms: 1e-3,
  µs: 1e-6,
  ns: 1e-9,
};

/** The documented factors: each table row whose first cell is a `key`, with its value in SI units. */
function documentedFactors(): Map<string, number> {
  const doc = readFileSync(
    new URL("../../../docs/calibration.md", import.meta.url),
    "utf8",
  );
  const factors = new Map<string, number>();
  for (const line of doc.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const key = /^`(\w+)`$/.exec(cells[1] ?? "")?.[1];
    const value = /^([\d.]+)\s*(\S*)$/.exec(cells[2] ?? "");
    if (!key || !value) continue;
    const unit = UNITS[value[2]!];
    if (unit === undefined) throw new Error(`unknown unit in: ${line}`);
    factors.set(key, Number(value[1]) * unit);
  }
  return factors;
}

describe("docs/calibration.md's factor table", () => {
  const documented = documentedFactors();

  it("lists every efficiency factor the engine has, and no other", () => {
    expect([...documented.keys()].sort()).toEqual(
      Object.keys(calibratedEfficiency).sort(),
    );
  });

  it.each(Object.entries(calibratedEfficiency))(
    "gives %s its value, %d",
    (key, value) => {
      expect(documented.get(key)! / value).toBeCloseTo(1, 12);
    },
  );
});
