// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import { Calculator } from "../../../src/lib/state/calculator.svelte";

describe("Calculator's evaluation", () => {
  it("holds no state proxy, so How sure and the charts post it to a worker as it is", () => {
    const calculator = new Calculator();
    calculator.rangeReader = readFormRanges;
    calculator.workload.ranges = {
      outputTokens: { low: "100", high: "900", distribution: "triangular" },
    };
    // The form itself is a proxy, which a message cannot carry.
    expect(() => structuredClone(calculator.workload)).toThrow();
    const { scenario, result, ranges } = calculator.view.evaluation!;
    expect(ranges).toHaveLength(1);
    expect(() => structuredClone({ scenario, result, ranges })).not.toThrow();
  });
});
