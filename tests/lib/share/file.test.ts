import { describe, expect, it } from "vitest";
import { exportWorkspace, importWorkspace } from "../../../src/lib/share/file";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { withoutKeys } from "./arbitraries";

describe("workspace files", () => {
  const workspace = {
    scenarios: [
      defaultScenario(),
      {
        ...defaultScenario("Busy"),
        workload: { ...defaultScenario().workload, rate: "80" },
      },
    ],
    open: 1,
  };

  it("exports readable JSON that imports back to the same workspace", () => {
    const text = exportWorkspace(workspace);
    expect(JSON.parse(text)).toMatchObject({
      format: "breakeven-workspace",
      version: 1,
      a: 1,
    });
    const imported = importWorkspace(text);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(withoutKeys(imported.value.workspace)).toEqual(
      withoutKeys(workspace),
    );
  });

  it.each([
    ["not json", "corrupt"],
    ['{"some":"thing"}', "not-a-link"],
    ['{"format":"breakeven-workspace","c":"x","s":[{}]}', "invalid"],
    [
      '{"format":"breakeven-workspace","version":7,"c":"x","s":[{}]}',
      "newer-version",
    ],
    [
      '{"format":"breakeven-workspace","version":1,"c":"x","s":[{"w":{"rate":5}}]}',
      "invalid",
    ],
  ])("rejects %s as %s", (text, code) => {
    const imported = importWorkspace(text);
    expect(imported.ok === false && imported.error.code).toBe(code);
  });
});
