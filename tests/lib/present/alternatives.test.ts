import { describe, expect, it } from "vitest";
import {
  MAX_ALTERNATIVES,
  selfHostAlternatives,
} from "../../../src/lib/present/alternatives";
import { selfHostForm } from "../../../src/lib/scenario/defaults";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import type { ScenarioDoc } from "../../../src/lib/scenario/workspace";
import { defaultScenario } from "../../../src/lib/scenario/workspace";

function evaluated(doc: ScenarioDoc) {
  const result = evaluateDoc(doc);
  if (!result.ok) throw new Error("the scenario evaluates");
  return result.evaluation;
}

describe("self-hosted configurations beyond the scenario's options", () => {
  const doc = defaultScenario();
  const alternatives = selfHostAlternatives(evaluated(doc).scenario);

  it("puts the model on each other catalog GPU, cheapest per task first", () => {
    expect(alternatives.map((a) => a.label)).toEqual([
      "Llama 4 Maverick 17B-128E on 4 × AMD Instinct MI300X",
      "Llama 4 Maverick 17B-128E on 4 × B200 (HGX, 1000 W)",
      "Llama 4 Maverick 17B-128E on 2 × AMD Instinct MI325X",
      "Llama 4 Maverick 17B-128E on 4 × H200 SXM 141GB",
      "Llama 4 Maverick 17B-128E on 8 × A100 80GB SXM",
      "Llama 4 Maverick 17B-128E on 16 × L40S",
    ]);
    expect(alternatives.every((a) => a.optionId === "self-hosted")).toBe(true);
  });

  it.each([
    ["b200", 4],
    ["mi325x", 2],
  ] as const)(
    "costs %s as the engine costs the same option picked on the page",
    (gpuId, gpus) => {
      // The default option moved to that GPU at its automatic count and catalog rent.
      const moved = {
        ...doc,
        options: [
          doc.options[0]!,
          selfHostForm("self-hosted", "llama-4-maverick", gpuId, gpus, "fp8"),
        ],
      };
      const engine = evaluated(moved).result.options[1]!;
      const alternative = alternatives.find((a) => a.label === engine.label)!;
      expect(alternative.costPerRequestUsd).toBeCloseTo(
        engine.costPerRequestUsd!,
        12,
      );
      expect(alternative.costPerSuccessfulTaskUsd).toBeCloseTo(
        engine.costPerSuccessfulTaskUsd!,
        12,
      );
    },
  );

  it(`divides by the option's success rate, and keeps at most ${MAX_ALTERNATIVES}`, () => {
    const many: ScenarioDoc = {
      ...doc,
      options: [
        doc.options[0]!,
        { ...doc.options[1]!, successPercent: "50" },
        selfHostForm("llama", "llama-3.3-70b", "h100-sxm", undefined, "fp8"),
        selfHostForm("scout", "llama-4-scout", "h100-sxm", undefined, "fp8"),
      ],
    };
    const found = selfHostAlternatives(evaluated(many).scenario);
    expect(found).toHaveLength(MAX_ALTERNATIVES);
    const costs = found.map((a) => a.costPerSuccessfulTaskUsd);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    for (const a of found.filter((a) => a.optionId === "self-hosted"))
      expect(a.costPerSuccessfulTaskUsd).toBeCloseTo(
        a.costPerRequestUsd * 2,
        15,
      );
  });
});
