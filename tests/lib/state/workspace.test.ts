import { describe, expect, it } from "vitest";
import { defaultWorkspace } from "../../../src/lib/scenario/workspace";
import { plainCopy, Workspace } from "../../../src/lib/state/workspace.svelte";

describe("Workspace", () => {
  it("gives its data as a plain copy, which later edits leave alone", () => {
    const workspace = new Workspace();
    workspace.current.workload.rate = "12";
    const snapshot = workspace.snapshot();
    expect(snapshot).toEqual(JSON.parse(JSON.stringify(snapshot)));
    expect(snapshot.scenarios[0]!.workload.rate).toBe("12");
    workspace.current.workload.rate = "13";
    workspace.current.options.pop();
    expect(snapshot.scenarios[0]!.workload.rate).toBe("12");
    expect(snapshot.scenarios[0]!.options).toHaveLength(
      defaultWorkspace().scenarios[0]!.options.length,
    );
  });
});

describe("plainCopy", () => {
  it("copies objects and arrays all the way down, and keeps other values", () => {
    const data = { a: [1, { b: "x" }], c: null, d: undefined, e: true };
    const copy = plainCopy(data);
    expect(copy).toEqual(data);
    expect(copy.a).not.toBe(data.a);
    expect(copy.a[1]).not.toBe(data.a[1]);
  });
});
