// @vitest-environment happy-dom
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import NumberField from "../../../src/lib/components/NumberField.svelte";
import { WORKLOAD_NUMBERS } from "../../../src/lib/scenario/fields";

describe("NumberField", () => {
  it("labels the input and shows its unit", () => {
    render(NumberField, {
      id: "rate",
      spec: WORKLOAD_NUMBERS.minTokensPerSecond,
      value: "5",
    });
    const input = screen.getByLabelText("Speed per user") as HTMLInputElement;
    expect(input.value).toBe("5");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByText("tokens/s")).toBeTruthy();
  });

  it("shows a message beside the field and ties it to the input", () => {
    render(NumberField, {
      id: "rate",
      spec: WORKLOAD_NUMBERS.minTokensPerSecond,
      suffix: ", low",
      value: "x",
      error: "Enter a number.",
    });
    const input = screen.getByLabelText("Speed per user, low");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const message = screen.getByText("Enter a number.");
    expect(message.textContent).toBe("Enter a number.");
    expect(input.getAttribute("aria-describedby")).toContain(message.id);
  });
});
