import { describe, expect, it } from "vitest";
import { chartColors, qualityChart } from "../../../src/lib/present/charts";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";

describe("cost against quality", () => {
  it("puts each option with a score at (score, cost per successful task), and all in the table", () => {
    const doc = defaultScenario();
    doc.options[0] = { ...doc.options[0]!, successPercent: "50" };
    const evaluated = evaluateDoc(doc);
    if (!evaluated.ok) throw new Error("the default scenario evaluates");
    const { result, tokens } = evaluated.evaluation;
    const view = qualityChart(result, tokens.accounts, chartColors("light"));
    const [muse, maverick] = result.options;
    // Muse Spark 1.1 scores 53.2 on v4.1; at 50% success a task costs two requests.
    expect(view.config.data.datasets[0]!.data).toEqual([
      { x: 53.2, y: muse!.costPerRequestUsd! * 2 },
    ]);
    expect(view.config.data.datasets[1]!.data).toEqual([
      { x: 14.48, y: maverick!.costPerRequestUsd },
    ]);
    expect(view.table.rows[0]!.slice(0, 3)).toEqual([
      "Muse Spark (Meta)",
      "53.2",
      "50%",
    ]);
  });
});
