import { render } from "@testing-library/svelte";
import type { Component } from "svelte";
import type { Calculator } from "../../../src/lib/state/calculator.svelte";
import CalculatorHarness from "./CalculatorHarness.svelte";

/** Renders a component that needs the calculator, and returns the calculator it edits. */
export function renderWithCalculator(component: Component): Calculator {
  let calculator: Calculator | undefined;
  render(CalculatorHarness, {
    component,
    onready: (c: Calculator) => (calculator = c),
  });
  return calculator!;
}
