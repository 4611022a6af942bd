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

describe("WorkloadPanel: the volume", () => {
  it("starts per month, and says the volume a month and in tokens beside the field", () => {
    renderPanel();
    expect((screen.getByLabelText("Period") as HTMLSelectElement).value).toBe(
      "month",
    );
    expect(document.getElementById("rate-hint")!.textContent).toBe(
      "= 26.3B tokens a month",
    );
    expect(screen.getByTestId("volume-warning").textContent!.trim()).toBe("");
  });

  it("warns beside the field when a rate meant per month is typed per second", async () => {
    const calculator = renderPanel();
    await fireEvent.change(screen.getByLabelText("Period"), {
      target: { value: "second" },
    });
    await fireEvent.input(screen.getByLabelText("Requests per period"), {
      target: { value: "2000000" },
    });
    expect(calculator.workload.period).toBe("second");
    expect(document.getElementById("rate-hint")!.textContent).toBe(
      "= 5.26T requests, 10,500T tokens a month",
    );
    expect(screen.getByTestId("volume-warning").textContent).toMatch(
      /Is the period right\? At this volume an option needs an implausible fleet or bill: see its card\./,
    );
  });
});
