import { describe, expect, it } from "vitest";
import { catalogVersion } from "../../../src/lib/catalog";
import {
  apiForm,
  defaultOptions,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import { type ApiForm } from "../../../src/lib/scenario/form";
import { fromPayload, toPayload } from "../../../src/lib/share/payload";
import {
  needsRepriceNotice,
  repriceWorkspace,
} from "../../../src/lib/scenario/reprice";
import {
  defaultScenario,
  type ScenarioDoc,
  type Workspace,
} from "../../../src/lib/scenario/workspace";

const LAUNCH = "launch (price unannounced)";
const LIST = "list price";

const launchMuse = (key = "muse") =>
  apiForm(key, "muse-spark", LAUNCH, "2026-07-01");

const scenario = (name: string, options: ScenarioDoc["options"]) => ({
  ...defaultScenario(name),
  options,
  baselineKey: options[0]!.key,
});

const maverick = selfHostForm("self", "llama-4-maverick", "h100-sxm", 8, "fp8");

describe("repriceWorkspace", () => {
  it("moves an option at an old catalog price to today's, and says so", () => {
    const workspace: Workspace = {
      scenarios: [scenario("Launch", [launchMuse(), maverick])],
      open: 0,
    };
    const { workspace: after, changes } = repriceWorkspace(
      workspace,
      "2026-07-01",
    );
    const muse = after.scenarios[0]!.options[0] as ApiForm;
    expect(muse.pricePoint).toBe(LIST);
    expect(muse.prices).toEqual({
      input: "1.25",
      cached: "0.15",
      output: "4.25",
    });
    expect(muse.low).toEqual(muse.prices);
    expect(muse.high).toEqual(muse.prices);
    expect(muse.batchDiscountPercent).toBe("0");
    expect(muse).toEqual(apiForm("muse", "muse-spark"));
    expect(changes).toEqual([
      {
        scenarioIndex: 0,
        scenarioName: "Launch",
        optionKey: "muse",
        optionLabel: "Muse Spark (Meta)",
        from: LAUNCH,
        to: LIST,
      },
    ]);
  });

  it("keeps every other field, and every other option, as it was", () => {
    const muse = { ...launchMuse(), verbosity: "0.8" };
    const workspace: Workspace = {
      scenarios: [
        { ...scenario("Mine", [muse, maverick]), baselineKey: "self" },
      ],
      open: 0,
    };
    const after = repriceWorkspace(workspace, "2026-07-01").workspace
      .scenarios[0]!;
    expect(after.options[0]).toMatchObject({
      key: "muse",
      offerId: "muse-spark",
      verbosity: "0.8",
    });
    expect(after.options[1]).toBe(maverick);
    expect(after.workload).toEqual(workspace.scenarios[0]!.workload);
    expect(after.baselineKey).toBe("self");
    expect(after.name).toBe("Mine");
  });

  it("keeps prices the user typed", () => {
    const typed = {
      ...launchMuse(),
      high: { input: "3", cached: "0.3", output: "12" },
    };
    const discounted = { ...launchMuse("b"), batchDiscountPercent: "50" };
    const workspace: Workspace = {
      scenarios: [scenario("Own", [typed, discounted])],
      open: 0,
    };
    const { workspace: after, changes } = repriceWorkspace(
      workspace,
      "2026-07-01",
    );
    expect(changes).toEqual([]);
    expect(after).toEqual(workspace);
  });

  it("changes nothing in a workspace already at today's prices", () => {
    const workspace: Workspace = {
      scenarios: [
        defaultScenario(),
        scenario("APIs", [
          apiForm("g", "gpt-5.4"),
          apiForm("c", "claude-opus-4.6"),
        ]),
      ],
      open: 1,
    };
    expect(repriceWorkspace(workspace, "2026-07-01")).toEqual({
      workspace,
      changes: [],
    });
  });

  it("lists each moved option with its scenario, and leaves the input alone", () => {
    const workspace: Workspace = {
      scenarios: [
        defaultScenario(),
        scenario("Two", [apiForm("g", "gpt-5.4"), launchMuse("m")]),
        scenario("Three", [launchMuse("x"), launchMuse("y")]),
      ],
      open: 2,
    };
    const before = structuredClone(workspace);
    const { workspace: after, changes } = repriceWorkspace(
      workspace,
      "2026-07-01",
    );
    expect(workspace).toEqual(before);
    expect(after.open).toBe(2);
    expect(
      changes.map((c) => [c.scenarioIndex, c.scenarioName, c.optionKey]),
    ).toEqual([
      [1, "Two", "m"],
      [2, "Three", "x"],
      [2, "Three", "y"],
    ]);
  });

  it("re-prices to the date given", () => {
    const workspace: Workspace = { scenarios: [defaultScenario()], open: 0 };
    const { workspace: after, changes } = repriceWorkspace(
      workspace,
      "2026-11-29",
      "2026-07-01",
    );
    expect(after.scenarios[0]!.options).toEqual(defaultOptions("2026-07-01"));
    expect(changes.map((c) => [c.from, c.to])).toEqual([[LIST, LAUNCH]]);
  });
});

describe("needsRepriceNotice", () => {
  const oldWorkspace: Workspace = {
    scenarios: [
      { ...defaultScenario(), options: defaultOptions("2026-07-01") },
    ],
    open: 0,
  };
  const opened = (workspace: Workspace, version: string) => {
    const expanded = fromPayload(toPayload(workspace, version));
    if (!expanded.ok) throw new Error(expanded.error.message);
    return expanded.value;
  };

  it("asks for a link from an older catalog whose prices have changed since", () => {
    expect(needsRepriceNotice(opened(oldWorkspace, "2026.07.01"))).toBe(true);
  });

  it("does not ask when nothing would change, or the catalog is today's or newer", () => {
    const today = { scenarios: [defaultScenario()], open: 0 };
    expect(needsRepriceNotice(opened(today, "2026.07.01"))).toBe(false);
    expect(needsRepriceNotice(opened(oldWorkspace, catalogVersion))).toBe(
      false,
    );
    expect(needsRepriceNotice(opened(oldWorkspace, "2027.03.01"))).toBe(false);
  });
});
