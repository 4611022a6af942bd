import { describe, expect, it } from "vitest";
import {
  defaultName,
  defaultScenario,
  defaultWorkspace,
  isDefaultName,
} from "../../../src/lib/scenario/workspace";

describe("default scenario names", () => {
  it("number scenarios from 1", () => {
    expect(defaultName(0)).toBe("Scenario 1");
    expect(defaultName(11)).toBe("Scenario 12");
    expect(defaultScenario().name).toBe("Scenario 1");
    expect(defaultWorkspace().scenarios.map((s) => s.name)).toEqual([
      "Scenario 1",
    ]);
  });

  it.each([
    ["Scenario 1", true],
    ["Scenario 12", true],
    ["Scenario", false],
    ["Scenario 3 (copy)", false],
    ["Scenario 007", false],
    ["My Scenario 2", false],
    ["2", false],
  ])("isDefaultName(%s) is %s", (name, expected) => {
    expect(isDefaultName(name)).toBe(expected);
  });
});

describe("the default volume", () => {
  it("is typed per month, five requests a second's worth: 13,140,000", () => {
    expect(defaultScenario().workload).toMatchObject({
      rate: "13140000",
      period: "month",
    });
  });
});
