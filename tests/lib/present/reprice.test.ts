import { describe, expect, it } from "vitest";
import {
  apiForm,
  defaultOptions,
  defaultWorkload,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import {
  catalogDateLabel,
  repriceDifferences,
} from "../../../src/lib/present/reprice";
import { repriceWorkspace } from "../../../src/lib/scenario/reprice";
import {
  defaultScenario,
  type Workspace,
} from "../../../src/lib/scenario/workspace";

// The default workload: 5 requests a second over a 730-hour month is 13.14M requests, each of
// 1,500 prompt tokens (20% cached) and 500 answer tokens in Muse Spark's own words. Per request:
//   launch low  ($1 / $0.10 / $4):    (1200·1 + 300·0.1 + 500·4) / 1e6    = $0.00323 → $42,442.20
//   launch high ($5 / $0.50 / $25):   (1200·5 + 300·0.5 + 500·25) / 1e6   = $0.01865 → $245,061
//   list        ($1.25 / $0.15 / $4.25): (1200·1.25 + 300·0.15 + 500·4.25) / 1e6 = $0.00367 → $48,223.80
const LAUNCH_LOW = 42_442.2;
const LAUNCH_HIGH = 245_061;
const LIST = 48_223.8;
// Llama 4 Maverick on one rented 8 × H100 replica: the same before and after.
const MAVERICK = 22_811.33;

const LAUNCH_LABEL = "launch (price unannounced)";
const MUSE = "Muse Spark (Meta)";

const oldScenario = (name: string) => ({
  ...defaultScenario(name),
  options: defaultOptions("2026-07-01"),
});

function closeTo(
  actual: unknown,
  expected: number | { low: number; high: number },
) {
  if (typeof expected === "number") {
    expect(actual).toBeTypeOf("number");
    expect(actual as number).toBeCloseTo(expected, 2);
  } else {
    const range = actual as { low: number; high: number };
    expect(range.low).toBeCloseTo(expected.low, 2);
    expect(range.high).toBeCloseTo(expected.high, 2);
  }
}

describe("repriceDifferences", () => {
  it("gives the baseline's launch range before and its list price after, with the change as a range", () => {
    const before: Workspace = { scenarios: [oldScenario("Launch")], open: 0 };
    const [difference] = repriceDifferences(
      before,
      repriceWorkspace(before, "2026-07-01"),
    );
    expect(difference!.name).toBe("Launch");
    expect(difference!.option).toBe(MUSE);
    closeTo(difference!.before, { low: LAUNCH_LOW, high: LAUNCH_HIGH });
    closeTo(difference!.after, LIST);
    closeTo(difference!.change, {
      low: LIST - LAUNCH_HIGH,
      high: LIST - LAUNCH_LOW,
    });
    expect(difference!.moved).toEqual([
      { option: MUSE, from: LAUNCH_LABEL, to: "list price" },
    ]);
  });

  it("subtracts plain numbers plainly", () => {
    const doubled = {
      ...apiForm("muse-spark", "muse-spark"),
      prices: { input: "2.5", cached: "0.3", output: "8.5" },
    };
    const before: Workspace = {
      scenarios: [
        { ...defaultScenario(), options: [doubled, defaultOptions()[1]!] },
      ],
      open: 0,
    };
    const after: Workspace = { scenarios: [defaultScenario()], open: 0 };
    const [difference] = repriceDifferences(before, {
      workspace: after,
      changes: [],
    });
    closeTo(difference!.before, 2 * LIST);
    closeTo(difference!.after, LIST);
    closeTo(difference!.change, -LIST);
    expect(difference!.moved).toEqual([]);
  });

  it("shows no change for a baseline that did not move, and lists the option that did", () => {
    const selfHosted = {
      ...oldScenario("Own GPUs"),
      baselineKey: "self-hosted",
    };
    const before: Workspace = { scenarios: [selfHosted], open: 0 };
    const [difference] = repriceDifferences(
      before,
      repriceWorkspace(before, "2026-07-01"),
    );
    // The default option's GPU count is automatic: its name waits for the count.
    expect(difference!.option).toBe(
      "Llama 4 Maverick 17B-128E on H100 SXM5 80GB",
    );
    closeTo(difference!.before, MAVERICK);
    expect(difference!.change).toBe(0);
    expect(difference!.moved.map((m) => m.option)).toEqual([MUSE]);
  });

  it("gives null, never $0, for a scenario that cannot be costed", () => {
    const broken = {
      ...oldScenario("Broken"),
      workload: { ...defaultWorkload(), rate: "lots" },
    };
    const tooSmall = {
      ...defaultScenario("Too small"),
      options: [
        selfHostForm("big", "llama-3.1-405b", "l40s", 1, "bf16"),
        apiForm("gpt", "gpt-5.4"),
      ],
      baselineKey: "big",
    };
    const before: Workspace = { scenarios: [broken, tooSmall], open: 0 };
    const differences = repriceDifferences(
      before,
      repriceWorkspace(before, "2026-07-01"),
    );
    for (const difference of differences) {
      expect(difference.before).toBeNull();
      expect(difference.after).toBeNull();
      expect(difference.change).toBeNull();
    }
  });

  it("gives one difference per scenario, in order", () => {
    const before: Workspace = {
      scenarios: [
        oldScenario("One"),
        defaultScenario("Two"),
        oldScenario("Three"),
      ],
      open: 0,
    };
    const differences = repriceDifferences(
      before,
      repriceWorkspace(before, "2026-07-01"),
    );
    expect(differences.map((d) => [d.name, d.moved.length])).toEqual([
      ["One", 1],
      ["Two", 0],
      ["Three", 1],
    ]);
    closeTo(differences[1]!.change, 0);
  });
});

describe("catalogDateLabel", () => {
  it("writes a catalog version's date out, and leaves anything else as it is", () => {
    expect(catalogDateLabel("2026.07.01")).toBe("1 July 2026");
    expect(catalogDateLabel("2026.11.29")).toBe("29 November 2026");
    expect(catalogDateLabel("next")).toBe("next");
  });

  it("shows no change for a launch range the user typed, which re-pricing keeps", () => {
    const typed = oldScenario("Own estimate");
    const muse = typed.options[0]!;
    if (muse.kind === "api")
      muse.high = { input: "2", cached: "0.2", output: "10" };
    const before: Workspace = { scenarios: [typed], open: 0 };
    const [difference] = repriceDifferences(
      before,
      repriceWorkspace(before, "2026-07-01"),
    );
    expect(typeof difference!.before).toBe("object");
    expect(difference!.after).toEqual(difference!.before);
    expect(difference!.change).toBe(0);
  });
});
