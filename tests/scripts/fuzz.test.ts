/**
 * The fuzzer (npm run fuzz) on a smaller count: the same hostile links and files, the same checks.
 * Nothing may throw, take over the time limit, or show a broken number.
 */
import { describe, expect, it } from "vitest";
import { fuzz } from "../../scripts/fuzz/run";

describe("fuzz", () => {
  it("finds nothing that throws, runs slow or shows a broken number", async () => {
    const report = await fuzz({ seed: 2026, links: 1500, files: 600 });
    const { links, files } = report;
    expect(links.findings).toEqual([]);
    expect(files.findings).toEqual([]);
    for (const tally of [links, files]) {
      expect(tally.throws).toBe(0);
      expect(tally.slow).toBe(0);
      expect(tally.bad).toBe(0);
    }
    expect(report.polluted).toBe(false);
    // Enough got through the readers for the checks behind them to count.
    expect(links.accepted).toBeGreaterThan(100);
    expect(links.evaluations).toBeGreaterThan(200);
    expect(files.accepted).toBeGreaterThan(100);
    expect(links.refused.size).toBeGreaterThan(5);
    // Some 2,000 inputs through the readers, the engine, the table and the CLI: seconds, not ms.
  }, 60_000);
});
