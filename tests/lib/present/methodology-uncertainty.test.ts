import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/lib/cli/run";
import {
  ARTICLE_RANGES,
  uncertaintySection,
} from "../../../src/lib/present/methodology-uncertainty";

const file = new URL("../../../examples/article-ranges.json", import.meta.url);
const section = uncertaintySection();

/** What `evaluate examples/article-ranges.json --uncertainty --json` prints, parsed. */
async function cliUncertainty() {
  let stdout = "";
  const code = await run(
    ["evaluate", "article-ranges.json", "--uncertainty", "--json"],
    {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      readFile: () => readFileSync(file, "utf8"),
    },
  );
  expect(code).toBe(0);
  return JSON.parse(stdout).uncertainty;
}

describe("the methodology's How sure section", () => {
  it("works through examples/article-ranges.json as written", () => {
    expect(ARTICLE_RANGES).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("gives the command line's figures for it", async () => {
    const cli = await cliUncertainty();
    expect(section.draws).toBe(cli.draws);
    expect(section.seed).toBe(cli.seed);
    section.uncertainty.options.forEach((o, i) => {
      expect(o.band).toEqual({
        p10: cli.options[i].p10,
        p50: cli.options[i].p50,
        p90: cli.options[i].p90,
      });
      expect(o.probabilityCheapest).toBe(cli.options[i].probabilityCheapest);
    });
    expect(section.uncertainty.saving).toEqual(cli.saving);
    expect(section.uncertainty.tornado.map((t) => [t.low, t.high])).toEqual(
      cli.tornado.map((t: { low: number; high: number }) => [t.low, t.high]),
    );
  });

  it("works the triangular rent by hand", () => {
    // $2 to $4 around $2.95: the mode at u = 0.95 / 2 = 0.475. u = 0.1 is below it:
    // 2 + √(0.1 · 2 · 0.95) = 2.4359; u = 0.5 above: 4 − √(0.5 · 2 · 1.05) = 2.9753.
    expect(section.rent).toMatchObject({ low: 2, likely: 2.95, high: 4 });
    expect(section.rent.split).toBeCloseTo(0.475, 12);
    const [p10, p50] = section.rent.at.map((a) => a.value);
    expect(p10).toBeCloseTo(2 + Math.sqrt(0.19), 12);
    expect(p50).toBeCloseTo(4 - Math.sqrt(1.05), 12);
    // P10 of 2,000 sorted draws: position 0.1 × 1,999.
    expect(section.p10Position).toBeCloseTo(199.9, 12);
  });

  it("draws the self-hosted option's estimated throughput from its regime's band", () => {
    // Maverick on 8 × H100 at the article's traffic runs at moderate concurrency: 0.70–1.25.
    expect(section.estimate).toMatchObject({
      label:
        "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB: throughput estimate (±30% band)",
      low: 0.7,
      high: 1.25,
    });
    // One replica serves 1M requests a month at either end: the saving does not move.
    expect(section.estimate!.savingAtLow).toBe(section.estimate!.savingAtHigh);
  });

  it("names the saving's ends in words and lists every solver", () => {
    expect(section.saving?.[0]).toMatch(/^\$[\d,]+ (more|saved)$/);
    expect(section.flips).toHaveLength(6);
    expect(section.flips[0]).toMatch(/cost the same at volume/);
  });
});
