import { describe, expect, it } from "vitest";
import {
  defaultScenario,
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
} from "../../../src/lib/scenario/workspace";
import { Calculator } from "../../../src/lib/state/calculator.svelte";
import { ScenarioList } from "../../../src/lib/state/scenario-list.svelte";
import { Workspace } from "../../../src/lib/state/workspace.svelte";

/** A new workspace of one default scenario, and the list that edits it. */
function fresh() {
  const workspace = new Workspace();
  return { workspace, list: new ScenarioList(workspace) };
}

const names = (workspace: Workspace) => workspace.scenarios.map((s) => s.name);

describe("the workspace and its scenario list", () => {
  it("adds, duplicates, renames, reorders and selects scenarios", () => {
    const { workspace, list } = fresh();
    list.add();
    expect(names(workspace)).toEqual(["Scenario 1", "Scenario 2"]);
    expect(workspace.open).toBe(1);
    workspace.current.workload.rate = "42";
    list.duplicate(1);
    expect(workspace.scenarios[2]!.name).toBe("Scenario 2 (copy)");
    expect(workspace.scenarios[2]!.workload.rate).toBe("42");
    workspace.scenarios[2]!.workload.rate = "7";
    expect(workspace.scenarios[1]!.workload.rate).toBe("42"); // a copy, not the same scenario
    list.rename(2, "  Next year ");
    expect(workspace.scenarios[2]!.name).toBe("Next year");
    list.rename(2, "   ");
    expect(workspace.scenarios[2]!.name).toBe("Next year");
    list.move(2, -1);
    expect(names(workspace)).toEqual(["Scenario 1", "Next year", "Scenario 2"]);
    expect(workspace.open).toBe(1);
  });

  it("deletes with undo, never the last scenario", () => {
    const { workspace, list } = fresh();
    list.add();
    workspace.current.workload.rate = "99";
    list.remove(1);
    expect(workspace.scenarios).toHaveLength(1);
    expect(workspace.open).toBe(0);
    list.undoRemove();
    expect(workspace.scenarios).toHaveLength(2);
    expect(workspace.scenarios[1]!.workload.rate).toBe("99");
    list.remove(0);
    list.remove(0);
    expect(workspace.scenarios).toHaveLength(1);
  });

  it(`holds at most ${MAX_SCENARIOS} scenarios`, () => {
    const { workspace, list } = fresh();
    for (let i = 0; i < 20; i++) list.add();
    expect(workspace.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(list.append([workspace.snapshot().scenarios[0]!])).toBe(0);
  });

  it("keeps every name within what a link holds, however often it is copied", () => {
    const { workspace, list } = fresh();
    list.rename(0, "x".repeat(200));
    expect(workspace.current.name).toHaveLength(MAX_NAME_LENGTH);
    for (let i = 0; i < 3; i++) list.duplicate(workspace.open);
    const copies = names(workspace);
    expect(copies.every((n) => n.length <= MAX_NAME_LENGTH)).toBe(true);
    expect(new Set(copies).size).toBe(copies.length);
    expect(copies[1]).toBe(`${"x".repeat(MAX_NAME_LENGTH - 10)} (copy)`);
    expect(copies[2]).toBe(`${"x".repeat(MAX_NAME_LENGTH - 10)} (copy) 2`);
  });

  it("renames appended scenarios whose names are taken", () => {
    const { workspace, list } = fresh();
    expect(list.append([defaultScenario(), defaultScenario("Other")])).toBe(2);
    expect(names(workspace)).toEqual(["Scenario 1", "Scenario 2", "Other"]);
    expect(workspace.open).toBe(1);
  });

  it("gives a new or appended scenario with a taken default name the next free number", () => {
    const { workspace, list } = fresh();
    list.add();
    list.add();
    list.rename(1, "Other");
    list.add();
    expect(list.append([defaultScenario("Scenario 3")])).toBe(1);
    expect(names(workspace)).toEqual([
      "Scenario 1",
      "Other",
      "Scenario 3",
      "Scenario 4",
      "Scenario 5",
    ]);
  });

  it("gives the calculator the open scenario to edit", () => {
    const calculator = new Calculator();
    new ScenarioList(calculator.workspace).add();
    calculator.workload.rate = "11";
    calculator.workspace.select(0);
    expect(calculator.workload.rate).toBe("13140000");
    expect(calculator.workspace.scenarios[1]!.workload.rate).toBe("11");
  });

  it("offers no undo once another workspace is loaded", () => {
    const { workspace, list } = fresh();
    list.add();
    list.remove(1);
    expect(list.removed?.scenario.name).toBe("Scenario 2");
    workspace.load({ scenarios: [defaultScenario("Other")], open: 0 });
    expect(list.removed).toBeNull();
    list.undoRemove();
    expect(names(workspace)).toEqual(["Other"]);
  });
});
