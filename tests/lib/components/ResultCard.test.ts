// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import ResultCard from "../../../src/lib/components/ResultCard.svelte";
import { findOpenModel } from "../../../src/lib/catalog";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import { formatUsd } from "../../../src/lib/format";
import { cardFigures } from "../../../src/lib/present/card-figures";
import {
  articleScenario,
  maverickRented,
  museSpark,
} from "../engine/scenarios";

function results(options = articleScenario.options) {
  const result = evaluateScenario({ ...articleScenario, options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("ResultCard", () => {
  it("shows an API option's monthly and unit costs", () => {
    const { options } = results();
    render(ResultCard, {
      option: options[0]!,
      savings: undefined,
      baseline: true,
    });
    expect(screen.getByTestId("monthly-muse").textContent).toBe("$3,670");
    expect(screen.getByText("Baseline")).toBeTruthy();
    expect(screen.getByText("$1.84")).toBeTruthy(); // per 1M tokens
    expect(screen.queryByText("GPUs")).toBeNull();
  });

  it("shows a self-hosted option's fleet and its saving", () => {
    const { options, savingsVsBaseline } = results();
    render(ResultCard, {
      option: options[1]!,
      savings: savingsVsBaseline[0],
      baseline: false,
    });
    expect(screen.getByTestId("monthly-maverick").textContent).toBe("$11,680");
    expect(screen.getByText("8 (1 × 8)")).toBeTruthy();
    expect(screen.getByText(/more than baseline/)).toBeTruthy();
    for (const term of [
      "Batch per replica",
      "Speed per user",
      "First token",
      "Utilisation",
    ]) {
      expect(screen.getByText(term)).toBeTruthy();
    }
  });

  it("gives the monthly cost at both ends of the throughput band, where they differ", () => {
    const busy = evaluateScenario({
      ...articleScenario,
      workload: { ...articleScenario.workload, requestsPerMonth: 500_000_000 },
    });
    if (!busy.ok) throw new Error(busy.error.message);
    const option = busy.value.options[1]!;
    render(ResultCard, { option, savings: undefined, baseline: false });
    const [low, high] = option.monthlyCostBand!;
    expect(low).toBeLessThan(option.monthlyCostUsd!);
    expect(high).toBeGreaterThan(option.monthlyCostUsd!);
    expect(screen.getByTestId("band-maverick").textContent).toBe(
      `Estimate band ${formatUsd(low)} – ${formatUsd(high)}`,
    );
    cleanup();
    // At the article's volume one replica serves both ends: no band to show.
    render(ResultCard, {
      option: results().options[1]!,
      savings: undefined,
      baseline: false,
    });
    expect(screen.queryByTestId("band-maverick")).toBeNull();
  });

  it("says an option cannot run, with the reason, instead of a cost", () => {
    const { options } = results([
      museSpark,
      { ...maverickRented, gpusPerReplica: 1 },
    ]);
    render(ResultCard, {
      option: options[1]!,
      savings: undefined,
      baseline: false,
    });
    expect(screen.getByText("Cannot run")).toBeTruthy();
    expect(
      screen.getByText(/does not fit .* 8 × H100 SXM5 80GB would hold it\./),
    ).toBeTruthy();
    expect(screen.queryByText("$0")).toBeNull();
  });

  it("says which GPU count would meet the latency target a typed one misses", () => {
    const llama = {
      ...maverickRented,
      model: findOpenModel("llama-3.3-70b")!,
      gpusPerReplica: 2,
    };
    const latency = { minTokensPerSecond: 40, maxTimeToFirstTokenSeconds: 2 };
    const result = evaluateScenario({
      ...articleScenario,
      workload: { ...articleScenario.workload, latency },
      options: [museSpark, llama],
    });
    if (!result.ok) throw new Error(result.error.message);
    render(ResultCard, {
      option: result.value.options[1]!,
      savings: undefined,
      baseline: false,
    });
    // One request alone gets 37 tokens/s on two H100s (TP2), 57 on four.
    expect(
      screen.getByText(
        /4 × H100 SXM5 80GB would meet 40 tokens\/s per user and a first token within 2 s\./,
      ),
    ).toBeTruthy();
  });

  it("shows the option's break-even and the article's saving", () => {
    const { options, savingsVsBaseline } = results();
    const figures = cardFigures(articleScenario, results(), "month");
    render(ResultCard, {
      option: options[1]!,
      savings: savingsVsBaseline[0],
      baseline: false,
      figures: figures.get("maverick"),
    });
    const shown = screen.getByTestId("figures-maverick");
    expect(shown.textContent).toContain("Break-even");
    expect(shown.textContent).toContain(
      "3.18M requests per month (6.37B tokens a month): cheaper above it",
    );
    expect(shown.textContent).toContain("Saves 88%");
  });

  it("writes a large fleet with thousands separators", () => {
    const { options } = results();
    const option = options[1]!;
    render(ResultCard, {
      option: {
        ...option,
        serving: { ...option.serving!, gpus: 1_234_584, replicas: 154_323 },
      },
      savings: undefined,
      baseline: false,
    });
    expect(screen.getByText("1,234,584 (154,323 × 8)")).toBeTruthy();
  });
});
