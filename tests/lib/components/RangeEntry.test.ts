// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import WorkloadPanel from "../../../src/lib/components/WorkloadPanel.svelte";
import { renderWithCalculator } from "./render-with-calculator";

const renderPanel = () => renderWithCalculator(WorkloadPanel);
const input = (label: string) =>
  screen.getByLabelText(label) as HTMLInputElement;

describe("entering a range", () => {
  it("reads a range typed into the field at its midpoint, then moves its ends beside it", async () => {
    const calculator = renderPanel();
    const field = input("Input per request");
    await fireEvent.input(field, { target: { value: "1000–3000" } });
    // While typing: no message, the answer at the midpoint, the range drawn from.
    expect(calculator.view.stale).toBe(false);
    expect(calculator.view.evaluation!.scenario.workload.inputTokens).toBe(
      2000,
    );
    expect(calculator.view.evaluation!.ranges).toEqual([
      {
        field: "inputTokens",
        low: 1000,
        high: 3000,
        distribution: "triangular",
      },
    ]);
    await fireEvent.change(field);
    expect(calculator.workload.inputTokens).toBe("2000");
    expect(calculator.workload.ranges).toEqual({
      inputTokens: { low: "1000", high: "3000", distribution: "triangular" },
    });
    const likely = input("Input per request, most likely");
    expect(likely.value).toBe("2000");
    const summary = document.getElementById("input-tokens-range-summary")!;
    expect(summary.textContent!.trim()).toBe(
      "Range 1000–3000 tokens, triangular",
    );
    expect(likely.getAttribute("aria-describedby")).toContain(
      "input-tokens-range-summary",
    );
  });

  it("opens low and high ends and a distribution behind the Range button, the volume log-uniform", async () => {
    const calculator = renderPanel();
    const rate = calculator.workload.rate;
    const toggle = screen.getByRole("button", {
      name: "Range: Requests per period",
    });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const low = (await screen.findByLabelText(
      "Requests per period, low end",
    )) as HTMLInputElement;
    expect(low.value).toBe(rate);
    expect(
      (
        screen.getByLabelText(
          "Requests per period, distribution",
        ) as HTMLSelectElement
      ).value,
    ).toBe("log-uniform");
    // Equal ends vary nothing: closing drops them.
    await fireEvent.click(toggle);
    expect(calculator.workload.ranges).toBeUndefined();
  });

  it("puts a plain message beside a bad end, keeps the last answer marked stale, and loses nothing", async () => {
    const calculator = renderPanel();
    await fireEvent.click(
      screen.getByRole("button", { name: "Range: Output per request" }),
    );
    const high = (await screen.findByLabelText(
      "Output per request, high end",
    )) as HTMLInputElement;
    await fireEvent.input(high, { target: { value: "400" } });
    const low = input("Output per request, low end");
    expect(
      document.getElementById("output-tokens-low-error")!.textContent,
    ).toBe("The low end must not be above the high end.");
    expect(low.getAttribute("aria-invalid")).toBe("true");
    expect(low.getAttribute("aria-describedby")).toContain(
      "output-tokens-low-error",
    );
    expect(calculator.view.stale).toBe(true);
    expect(calculator.view.evaluation).not.toBeNull();
    expect(calculator.workload.ranges?.outputTokens?.high).toBe("400");

    await fireEvent.input(low, { target: { value: "300" } });
    await fireEvent.input(high, { target: { value: "900" } });
    const distribution = screen.getByLabelText(
      "Output per request, distribution",
    ) as HTMLSelectElement;
    // happy-dom matches no option to :checked, so Svelte takes the first one enabled: disable
    // those before the one picked.
    for (const option of distribution.options)
      option.disabled = option.index < 1;
    await fireEvent.change(distribution, { target: { value: "uniform" } });
    expect(calculator.view.stale).toBe(false);
    expect(calculator.view.evaluation!.ranges).toEqual([
      { field: "outputTokens", low: 300, high: 900, distribution: "uniform" },
    ]);

    await fireEvent.click(screen.getByRole("button", { name: "Remove range" }));
    expect(calculator.workload.ranges).toBeUndefined();
    expect(input("Output per request").value).toBe("500");
  });

  it("gives no Range button to a field that cannot hold one", () => {
    renderPanel();
    expect(
      screen.queryByRole("button", { name: "Range: Speed per user" }),
    ).toBeNull();
  });
});
