// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import WorkloadPanel from "../../../src/lib/components/WorkloadPanel.svelte";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import { renderWithCalculator } from "./render-with-calculator";

const renderPanel = () => renderWithCalculator(WorkloadPanel);
const input = (label: string) =>
  screen.getByLabelText(label) as HTMLInputElement;

describe("entering a range", () => {
  it("reads a range typed into the field at its midpoint; its Range button moves the ends beside it", async () => {
    const calculator = renderPanel();
    calculator.rangeReader = readFormRanges;
    const field = input("Input per request");
    await fireEvent.input(field, { target: { value: "1000–3000" } });
    // No message: the answer at the midpoint, the range drawn from.
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
    await fireEvent.click(
      screen.getByRole("button", { name: "Range: Input per request" }),
    );
    await waitFor(() => expect(calculator.workload.inputTokens).toBe("2000"));
    expect(calculator.workload.ranges).toEqual({
      inputTokens: { low: "1000", high: "3000", distribution: "triangular" },
    });
    const likely = (await screen.findByLabelText(
      "Input per request, most likely",
    )) as HTMLInputElement;
    expect(likely.value).toBe("2000");
    await waitFor(() =>
      expect(
        document.getElementById("input-tokens-range-summary"),
      ).not.toBeNull(),
    );
    const summary = document.getElementById("input-tokens-range-summary")!;
    expect(summary.textContent!.trim()).toBe(
      "Range 1000–3000 tokens, triangular",
    );
    expect(likely.getAttribute("aria-describedby")).toContain(
      "input-tokens-range-summary",
    );
    expect(
      (screen.getByLabelText("Input per request, low end") as HTMLInputElement)
        .value,
    ).toBe("1000");
  });

  it("opens low and high ends and a distribution behind the Range button, the volume log-uniform", async () => {
    const calculator = renderPanel();
    const rate = calculator.workload.rate;
    const toggle = screen.getByRole("button", {
      name: "Range: Requests per period",
    });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(toggle);
    await waitFor(() =>
      expect(toggle.getAttribute("aria-expanded")).toBe("true"),
    );
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
    await waitFor(() => expect(calculator.workload.ranges).toBeUndefined());
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("puts a plain message beside a bad end, keeps the last answer marked stale, and loses nothing", async () => {
    const calculator = renderPanel();
    // How sure gives the page its range reader when it loads.
    calculator.rangeReader = readFormRanges;
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
