import { describe, expect, it } from "vitest";
import { catalogDate, catalogVersion } from "../../../src/lib/catalog";
import { apiForm, defaultOptions } from "../../../src/lib/scenario/defaults";
import { type ApiForm } from "../../../src/lib/scenario/form";
import {
  fromPayload,
  fromVersion1,
  toPayload,
} from "../../../src/lib/share/payload";
import {
  defaultWorkspace,
  type Workspace,
} from "../../../src/lib/scenario/workspace";

const LAUNCH = "launch (price unannounced)";
const LIST = "list price";

/** The default workspace as it was on a day: Muse Spark at the price of that day. */
const workspaceOn = (date: string): Workspace => {
  const workspace = defaultWorkspace();
  workspace.scenarios[0]!.options = defaultOptions(date);
  return workspace;
};

const museOf = (workspace: Workspace, scenario = 0) =>
  workspace.scenarios[scenario]!.options[0] as ApiForm;

function expand(data: unknown) {
  const expanded = fromPayload(data);
  if (!expanded.ok) throw new Error(expanded.error.message);
  return expanded.value;
}

describe("encoding against the catalog's date", () => {
  it("leaves out the price in effect at the encoding catalog's date", () => {
    expect(toPayload(defaultWorkspace(), catalogVersion)).toEqual({
      c: catalogVersion,
      r: 3,
      s: [{}],
    });
    expect(toPayload(workspaceOn("2026-07-01"), "2026.07.01")).toEqual({
      c: "2026.07.01",
      r: 3,
      s: [{}],
    });
  });

  it("names a price point that was not in effect then", () => {
    const old = toPayload(workspaceOn("2026-07-01"), catalogVersion);
    expect(old.s[0]!.o![0]).toEqual({ t: "a", i: "muse-spark", p: LAUNCH });
    const today = toPayload(defaultWorkspace(), "2026.07.01");
    expect(today.s[0]!.o![0]).toEqual({ t: "a", i: "muse-spark", p: LIST });
  });

  it("refuses to encode with something that is not a catalog version", () => {
    expect(() => toPayload(defaultWorkspace(), "latest")).toThrow(
      /not a catalog version/,
    );
  });
});

describe("decoding with the link's catalog date", () => {
  it("gives an option without a price point the one in effect when the link was made", () => {
    expect(museOf(expand({ c: "2026.07.01", s: [{}] }).workspace)).toEqual(
      defaultOptions("2026-07-01")[0],
    );
    expect(
      museOf(expand({ c: "2026.07.24", s: [{}] }).workspace).pricePoint,
    ).toBe(LIST);
    const listed = expand({
      c: "2026.07.01",
      s: [
        {
          o: [
            { t: "a", i: "muse-spark" },
            { t: "a", i: "muse-spark", p: LIST },
          ],
        },
      ],
    }).workspace;
    expect(
      listed.scenarios[0]!.options.map((o) => o.kind === "api" && o.pricePoint),
    ).toEqual([LAUNCH, LIST]);
  });

  it("keeps prices typed over the old price point", () => {
    const typed = expand({
      c: "2026.07.01",
      s: [
        {
          o: [
            {
              t: "a",
              i: "muse-spark",
              d: { high: { input: "3", cached: "0.3", output: "12" } },
            },
          ],
        },
      ],
    }).workspace;
    expect(museOf(typed).pricePoint).toBe(LAUNCH);
    expect(museOf(typed).low).toEqual({
      input: "1",
      cached: "0.1",
      output: "4",
    });
    expect(museOf(typed).high).toEqual({
      input: "3",
      cached: "0.3",
      output: "12",
    });
  });

  it("says which catalog the link was made with, and that it is not newer", () => {
    const expanded = expand({ c: "2026.07.01", s: [{}] });
    expect(expanded.catalogVersion).toBe("2026.07.01");
    expect(expanded.pricesAsOf).toBe("2026-07-01");
    expect(expanded.newerCatalog).toBe(false);
    expect(expand({ c: catalogVersion, s: [{}] }).newerCatalog).toBe(false);
  });

  it("prices a link from a newer catalog with today's, and says so", () => {
    const expanded = expand({ c: "2027.03.01", r: 3, s: [{}] });
    expect(expanded.newerCatalog).toBe(true);
    expect(expanded.catalogVersion).toBe("2027.03.01");
    expect(expanded.pricesAsOf).toBe(catalogDate);
    expect(expanded.workspace).toEqual(defaultWorkspace());
  });

  it.each([
    [undefined],
    [20261129],
    ["latest"],
    ["2026-11-29"],
    ["2026.02.30"],
    ["2026.11.29; drop"],
  ])("refuses %j as a catalog version, naming the field", (c) => {
    const expanded = fromPayload({ c, s: [{}] });
    expect(expanded.ok).toBe(false);
    if (!expanded.ok) {
      expect(expanded.error.field).toBe("c");
      expect(expanded.error.message).toBe("must be a date such as 2026.11.29");
    }
  });
});

describe("reasoning effort", () => {
  it("travels when set, and a link without it opens at the model's default", () => {
    const workspace = defaultWorkspace();
    const scenario = workspace.scenarios[0]!;
    expect(toPayload(workspace, catalogVersion).s[0]!.o).toBeUndefined();
    scenario.options = [
      scenario.options[0]!,
      { ...apiForm("gpt", "gpt-5.4"), effort: "low" },
    ];
    const payload = toPayload(workspace, catalogVersion);
    expect(payload.s[0]!.o![1]).toMatchObject({ d: { effort: "low" } });
    const back = expand(payload).workspace.scenarios[0]!;
    expect(back.options[1]!.effort).toBe("low");
    expect(back.options[0]!.effort).toBe("");
  });
});

describe("ranges", () => {
  it("carry a form's ranges through a payload, and read none from one without", () => {
    const workspace = defaultWorkspace();
    const scenario = workspace.scenarios[0]!;
    scenario.workload = {
      ...scenario.workload,
      ranges: { rate: { low: "2", high: "9", distribution: "log-uniform" } },
    };
    scenario.options = scenario.options.map((o) =>
      o.kind === "self-host"
        ? {
            ...o,
            ranges: {
              usdPerGpuHour: { low: "2", high: "4", distribution: "uniform" },
            },
          }
        : o,
    );
    const payload = toPayload(workspace, catalogVersion);
    expect(payload.s[0]!.w?.ranges).toEqual(scenario.workload.ranges);
    const back = expand(payload).workspace.scenarios[0]!;
    expect(back.workload).toEqual(scenario.workload);
    expect(back.options[1]!.ranges).toEqual(scenario.options[1]!.ranges);
    const plain = expand(toPayload(defaultWorkspace(), catalogVersion));
    expect(plain.workspace.scenarios[0]!.workload.ranges).toBeUndefined();
  });

  it("refuses a range that is not shaped as one", () => {
    const bad = fromPayload({
      c: catalogVersion,
      s: [
        {
          w: {
            ranges: { rate: { low: "1", high: "2", distribution: "normal" } },
          },
        },
      ],
    });
    expect(bad.ok ? null : bad.error.field).toBe(
      "s.0.w.ranges.rate.distribution",
    );
  });
});

describe("How sure's seed and draws", () => {
  it("travel with the scenario when not the defaults, and read as the defaults when absent", () => {
    const workspace = defaultWorkspace();
    workspace.scenarios.push({
      ...defaultWorkspace().scenarios[0]!,
      name: "Seeded",
      seed: 42,
      draws: 5000,
    });
    workspace.scenarios[0]!.seed = 1;
    workspace.scenarios[0]!.draws = 2000;
    const payload = toPayload(workspace, catalogVersion);
    expect(payload.s).toEqual([{}, { n: "Seeded", seed: 42, draws: 5000 }]);
    const [plain, seeded] = expand(payload).workspace.scenarios;
    expect([plain!.seed, plain!.draws]).toEqual([undefined, undefined]);
    expect([seeded!.seed, seeded!.draws]).toEqual([42, 5000]);
  });

  it.each([
    [{ seed: -1 }, "s.0.seed", "must be a whole number from 0 to 4294967295"],
    [{ seed: 1.5 }, "s.0.seed", "must be a whole number from 0 to 4294967295"],
    [{ draws: 0 }, "s.0.draws", "must be a whole number from 1 to 20000"],
    [{ draws: 20_001 }, "s.0.draws", "must be a whole number from 1 to 20000"],
  ])("refuses %j", (scenario, field, message) => {
    const bad = fromPayload({ c: catalogVersion, s: [scenario] });
    expect(bad.ok ? null : bad.error).toMatchObject({ field, message });
  });
});

describe("format 1, whose volume was typed per second by default", () => {
  const v1 = (w?: object) => ({
    c: catalogVersion,
    s: [w === undefined ? {} : { w }],
  });
  const workloadOf = (data: unknown) =>
    expand(fromVersion1(data)).workspace.scenarios[0]!.workload;

  it("keeps meaning five requests a second where the link left the volume out", () => {
    expect(workloadOf(v1())).toMatchObject({ rate: "5", period: "second" });
  });

  it("keeps a rate typed without its period per second, and a typed period as typed", () => {
    expect(workloadOf(v1({ rate: "2000000" }))).toMatchObject({
      rate: "2000000",
      period: "second",
    });
    expect(workloadOf(v1({ period: "day" }))).toMatchObject({
      rate: "5",
      period: "day",
    });
    expect(workloadOf(v1({ rate: "9", period: "month" }))).toMatchObject({
      rate: "9",
      period: "month",
    });
  });

  it("leaves data it cannot read to the validation that follows", () => {
    for (const data of [null, 7, { c: catalogVersion, s: "x" }])
      expect(fromVersion1(data)).toEqual(data);
    expect(fromVersion1({ c: catalogVersion, s: [1, { w: 3 }] })).toEqual({
      c: catalogVersion,
      s: [1, { w: 3 }],
    });
  });

  it("is not applied to format 2, which defaults to a month", () => {
    expect(expand(v1()).workspace.scenarios[0]!.workload).toMatchObject({
      rate: "13140000",
      period: "month",
    });
  });
});

describe("the default self-hosted option's GPU count", () => {
  const gpusOf = (workspace: Workspace) =>
    workspace.scenarios.map(
      (s) => s.options.find((o) => o.kind === "self-host")!.gpusPerReplica,
    );
  const latency = { minTokensPerSecond: "60" };

  it("is automatic in a link made under rules 3", () => {
    const made = expand({ c: catalogVersion, r: 3, s: [{}] });
    expect(gpusOf(made.workspace)).toEqual([""]);
  });

  it("stays the 8 GPUs typed then in a link made before, whatever its workload", () => {
    const old = expand({ c: catalogVersion, r: 2, s: [{}, { w: latency }] });
    expect(gpusOf(old.workspace)).toEqual(["8", "8"]);
    // Written again, the count travels in the link.
    const again = toPayload(old.workspace, catalogVersion);
    expect(again.s[1]!.o![1]).toMatchObject({ t: "s", n: "8" });
    expect(gpusOf(expand(again).workspace)).toEqual(["8", "8"]);
  });
});
