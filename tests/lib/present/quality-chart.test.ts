import { describe, expect, it } from "vitest";
import { chartColors, qualityChart } from "../../../src/lib/present/charts";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { selfHostAlternatives } from "../../../src/lib/present/alternatives";

describe("cost against quality", () => {
  it("puts each option with a score at (score, cost per successful task), and all in the table", () => {
    const doc = defaultScenario();
    doc.options[0] = { ...doc.options[0]!, successPercent: "50" };
    const evaluated = evaluateDoc(doc);
    if (!evaluated.ok) throw new Error("the default scenario evaluates");
    const { result, tokens } = evaluated.evaluation;
    const view = qualityChart(
      result,
      tokens.accounts,
      [],
      chartColors("light"),
    );
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

  it("adds the self-hosted model on other GPUs as smaller points, named in the table", () => {
    const evaluated = evaluateDoc(defaultScenario());
    if (!evaluated.ok) throw new Error("the default scenario evaluates");
    const { result, tokens, scenario } = evaluated.evaluation;
    const alternatives = selfHostAlternatives(scenario);
    const view = qualityChart(
      result,
      tokens.accounts,
      alternatives,
      chartColors("light"),
    );
    const others = view.config.data.datasets[2]!;
    expect(others.label).toBe("Llama 4 Maverick 17B-128E on other GPUs");
    expect(others.data).toHaveLength(alternatives.length);
    expect(others.data[0]).toEqual({
      x: 14.48,
      y: alternatives[0]!.costPerSuccessfulTaskUsd,
      label: "Llama 4 Maverick 17B-128E on 4 × AMD Instinct MI300X",
    });
    expect(view.table.rows).toHaveLength(2 + alternatives.length);
    expect(view.table.rows[2]!.slice(0, 2)).toEqual([
      "Llama 4 Maverick 17B-128E on 4 × AMD Instinct MI300X (another GPU)",
      "14.5",
    ]);
  });
});
