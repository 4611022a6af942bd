// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import WorkloadPanel from "../../../src/lib/components/WorkloadPanel.svelte";
import { renderWithCalculator } from "./render-with-calculator";

const renderPanel = () => renderWithCalculator(WorkloadPanel);

describe("WorkloadPanel", () => {
  it("edits the workload the calculator reads", async () => {
    const calculator = renderPanel();
    await fireEvent.input(screen.getByLabelText("Input per request"), {
      target: { value: "4000" },
    });
    expect(calculator.workload.inputTokens).toBe("4000");
    expect(calculator.view.evaluation!.scenario.workload.inputTokens).toBe(
      4000,
    );
  });

  it("puts a plain message beside a bad value and marks the result stale", async () => {
    const calculator = renderPanel();
    await fireEvent.input(screen.getByLabelText("Input from prompt cache"), {
      target: { value: "150" },
    });
    const field = screen.getByLabelText("Input from prompt cache");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("cached-percent-error")!.textContent).toBe(
      "Enter a number from 0 to 100.",
    );
    expect(field.getAttribute("aria-describedby")).toContain(
      "cached-percent-error",
    );
    expect(calculator.view.stale).toBe(true);
    expect(calculator.view.evaluation).not.toBeNull();
  });

  it("offers every rate period", () => {
    renderPanel();
    const period = screen.getByLabelText("Period") as HTMLSelectElement;
    expect([...period.options].map((o) => o.value)).toEqual([
      "second",
      "minute",
      "hour",
      "day",
      "month",
    ]);
  });
});
