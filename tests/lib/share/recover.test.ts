import { describe, expect, it } from "vitest";
import { exportWorkspace } from "../../../src/lib/share/file";
import { recoverWorkspace } from "../../../src/lib/share/recover";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { withoutKeys } from "./arbitraries";

const three = {
  scenarios: [
    defaultScenario(),
    {
      ...defaultScenario("Busy"),
      workload: { ...defaultScenario().workload, rate: "80" },
    },
    defaultScenario("Scenario 3"),
  ],
  open: 2,
};
const saved = () => JSON.parse(exportWorkspace(three));

describe("recoverWorkspace", () => {
  it("has nothing to open when nothing was saved", () => {
    expect(recoverWorkspace(null)).toEqual({
      workspace: null,
      message: null,
      unreadable: false,
    });
    expect(recoverWorkspace("").workspace).toBeNull();
  });

  it("reads a saved workspace whole, without a message", () => {
    const recovery = recoverWorkspace(exportWorkspace(three));
    expect(recovery.message).toBeNull();
    expect(recovery.unreadable).toBe(false);
    expect(withoutKeys(recovery.workspace!)).toEqual(withoutKeys(three));
  });

  it("keeps the scenarios it can read, with their names and order, and says which it lost", () => {
    const data = saved();
    data.s[1].w.rate = 12; // a number where text belongs
    const recovery = recoverWorkspace(JSON.stringify(data));
    expect(recovery.workspace!.scenarios.map((s) => s.name)).toEqual([
      "Scenario 1",
      "Scenario 3",
    ]);
    expect(recovery.workspace!.open).toBe(0); // the open index pointed past the two kept
    expect(recovery.message).toBe(
      "2 of 3 saved scenarios were recovered; “Busy” could not be read and was left out.",
    );
    expect(recovery.unreadable).toBe(true);
  });

  it("reads every scenario of a save with a field from a newer version beside them, and says what it could not read", () => {
    const recovery = recoverWorkspace(JSON.stringify({ ...saved(), z: {} }));
    expect(recovery.workspace!.scenarios.map((s) => s.name)).toEqual([
      "Scenario 1",
      "Busy",
      "Scenario 3",
    ]);
    expect(recovery.workspace!.open).toBe(2);
    expect(recovery.message).toMatch(
      /^Your 3 saved scenarios were recovered, but part of the saved data could not be read \(.*z.*\)\.$/,
    );
    expect(recovery.unreadable).toBe(true);
  });

  it("starts afresh with a message when the saved text is not JSON", () => {
    const recovery = recoverWorkspace('{"format":"breakeven-workspace",');
    expect(recovery.workspace).toBeNull();
    expect(recovery.unreadable).toBe(true);
    expect(recovery.message).toMatch(
      /^Your saved scenarios could not be read \(they are not valid JSON\)/,
    );
  });

  it("starts afresh when no scenario can be read, naming the reason", () => {
    const newer = { ...saved(), version: 99 };
    const recovery = recoverWorkspace(JSON.stringify(newer));
    expect(recovery.workspace).toBeNull();
    expect(recovery.message).toMatch(
      /it was made by a newer version of Breakeven \(format 99\)/,
    );
  });

  it("never throws on damaged data", () => {
    for (const text of [
      "null",
      "[]",
      '"x"',
      "{}",
      '{"format":"breakeven-workspace","version":1,"s":[null,1,"a"]}',
    ]) {
      expect(() => recoverWorkspace(text)).not.toThrow();
      expect(recoverWorkspace(text).workspace).toBeNull();
    }
  });
});
