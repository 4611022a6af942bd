import fc from "fast-check";
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
      version: 2,
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

  const file = (payload: object) =>
    JSON.stringify({
      format: "breakeven-workspace",
      version: 1,
      c: "2026.11.29",
      ...payload,
    });
  const messageOf = (text: string) => {
    const imported = importWorkspace(text);
    return imported.ok ? null : imported.error.message;
  };

  it.each([
    [
      file({ s: [{ w: { rate: 5000 } }] }),
      "This file holds a value Breakeven cannot use: Scenario 1 → Workload → Requests per period must be text.",
    ],
    [
      JSON.stringify({ format: "breakeven-workspace", version: 1, s: [{}] }),
      "This file is not a Breakeven workspace: it has no catalog version.",
    ],
    [
      file({ s: [{ w: { period: "fortnight" } }] }),
      "This file holds a value Breakeven cannot use: Scenario 1 → Workload → Period must be second, minute, hour, day or month.",
    ],
    [
      file({
        s: [
          {},
          {
            n: "Growth",
            o: [{ t: "a", i: "gpt-5.4", d: { low: { input: 2 } } }],
          },
        ],
      }),
      "This file holds a value Breakeven cannot use: Scenario 2 (“Growth”) → Option 1 → Low prices → Input price must be text.",
    ],
    [
      file({
        s: [
          {
            o: [
              { t: "s", m: "llama-3.3-70b", g: "h100-sxm", n: "2", w: "fp9" },
            ],
          },
        ],
      }),
      "This file holds a value Breakeven cannot use: Scenario 1 → Option 1 → Weights must be bf16, fp8, int8, fp4 or int4.",
    ],
    [
      file({ s: [{ o: [{ t: "x" }] }] }),
      "This file holds a value Breakeven cannot use: Scenario 1 → Option 1 → Kind must be “a” (an API) or “s” (self-hosting).",
    ],
    [
      file({ s: [{ w: { rat: "5" } }] }),
      "This file holds a value Breakeven cannot use: Scenario 1 → Workload → “rat” is not a known field.",
    ],
    [
      file({ c: "2026.02.30", s: [{}] }),
      "This file holds a value Breakeven cannot use: Catalog version must be a date such as 2026.11.29.",
    ],
  ])("names the field at fault in words: %s", (text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it("never shows the validator's own wording, whatever a field holds", () => {
    const places: ((value: unknown) => object)[] = [
      (value) => ({ a: value, s: [{}] }),
      (value) => ({ s: value }),
      (value) => ({ s: [value] }),
      (value) => ({ s: [{ n: value }] }),
      (value) => ({ s: [{ w: value }] }),
      (value) => ({ s: [{ w: { period: value } }] }),
      (value) => ({ s: [{ o: value }] }),
      (value) => ({ s: [{ o: [value] }] }),
      (value) => ({ s: [{ o: [{ t: "a", i: value, d: value }] }] }),
      (value) => ({
        s: [{ o: [{ t: "s", m: "x", g: "y", n: "1", w: value }] }],
      }),
      (value) => ({
        s: [
          {
            o: [
              {
                t: "s",
                m: "x",
                g: "y",
                n: "1",
                w: "fp8",
                d: { kv: value, hosting: value },
              },
            ],
          },
        ],
      }),
      (value) => ({ s: [{ b: value }] }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.anything(), (place, value) => {
        const message = messageOf(file(place(value)));
        if (message !== null)
          expect(message).not.toMatch(
            /Invalid|Expected|Received|\(input\)|\bs\.\d/,
          );
      }),
      { numRuns: 2_000 },
    );
  });
});
