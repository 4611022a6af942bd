import { describe, expect, it } from "vitest";
import {
  assumptionRows,
  isStale,
  latestDate,
} from "../../../src/lib/present/assumptions";
import {
  apiForm,
  defaultOptions,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import type { ApiForm, SelfHostForm } from "../../../src/lib/scenario/form";

describe("latestDate", () => {
  it.each([
    ["2026-07-24", "2026-07-24"],
    ["2026-05", "2026-05-01"],
    ["2023..2026", "2026-01-01"],
    ["2026-03..06", "2026-06-01"],
  ])("reads %j as %s", (asOf, iso) => {
    expect(latestDate(asOf)!.toISOString().slice(0, 10)).toBe(iso);
  });
});

describe("isStale", () => {
  it("flags figures more than 90 days before the catalog date", () => {
    expect(isStale("2026-09-01", "2026-11-29")).toBe(false); // 89 days
    expect(isStale("2026-08-30", "2026-11-29")).toBe(true); // 91 days
    expect(isStale("no date", "2026-11-29")).toBe(true);
  });
});

describe("assumptionRows", () => {
  it("lists the calibrated serving factors, the planning defaults and the reference model", () => {
    const rows = assumptionRows(defaultOptions(), undefined, "gpt-5.4");
    const byItem = Object.fromEntries(rows.map((r) => [r.item, r.value]));
    expect(byItem["Serving efficiency (calibrated)"]).toMatch(
      /weight streaming 83% and KV reads 84% of peak bandwidth; linear layers 54% of peak FLOPS \(FP4 40%\).*serving stack vLLM unless set/,
    );
    expect(byItem["Planning defaults"]).toMatch(
      /peak utilisation 80%, 0.25 engineer/,
    );
    expect(
      byItem[
        "Reference for output tokens: GPT-5.4 (xhigh), Intelligence Index v4.0"
      ],
    ).toMatch(/120.6M output tokens/);
  });

  it("lists every preset in use once, each with a source and date", () => {
    const rows = assumptionRows(defaultOptions());
    const items = rows.map((r) => r.item);
    expect(items).toContain("Muse Spark (Meta) price, list price");
    expect(items.some((i) => i.includes("architecture"))).toBe(true);
    expect(items.some((i) => i.includes("rental"))).toBe(true);
    for (const row of rows) {
      expect(row.source!.length).toBeGreaterThan(10);
      expect(row.asOf).toMatch(/\d{4}/);
    }
    expect(new Set(rows.map((r) => r.item + r.value)).size).toBe(rows.length);
  });

  it("lists owned-hardware assumptions only when hardware is owned", () => {
    const rented = selfHostForm("s", "llama-3.1-8b", "h100-sxm", 1, "fp8");
    const owned = { ...rented, hosting: "owned" as const };
    const labels = (rows: ReturnType<typeof assumptionRows>) =>
      rows.map((r) => r.item).join("|");
    expect(
      labels(assumptionRows([apiForm("a", "gpt-5.4"), rented])),
    ).not.toMatch(/PUE|Power usage/i);
    expect(labels(assumptionRows([apiForm("a", "gpt-5.4"), owned]))).toMatch(
      /purchase/,
    );
  });
});

describe("assumptionRows: the values in use", () => {
  const [muse, selfHost] = defaultOptions() as [ApiForm, SelfHostForm];

  it("gives the user's rent and engineer cost in place of the catalog's, marked as theirs", () => {
    const rows = assumptionRows([
      muse,
      { ...selfHost, usdPerGpuHour: "2.10", engineerUsdPerYear: "150000" },
    ]);
    const rental = rows.find((r) => r.item === "H100 SXM5 80GB rental")!;
    expect(rental.own).toBe(true);
    expect(rental.value).toMatch(
      /^\$2\.10 per GPU-hour \(catalog: \$2\.95 per GPU-hour/,
    );
    const engineer = rows.find((r) => r.value.startsWith("150,000"))!;
    expect(engineer.own).toBe(true);
    expect(engineer.value).toMatch(
      /^150,000 \$\/year \(catalog: 268,000 \$\/year\)$/,
    );
  });

  it("marks nothing when the presets are in use, even typed differently (2.950 for 2.95)", () => {
    const rows = assumptionRows([
      muse,
      { ...selfHost, usdPerGpuHour: "2.950" },
    ]);
    expect(rows.filter((r) => r.own)).toEqual([]);
  });

  it("gives typed API prices, and a row for a typed value with no preset behind it", () => {
    const rows = assumptionRows([
      { ...muse, prices: { ...muse.prices, output: "3" } },
      { ...selfHost, headroomPercent: "60", minReplicas: "2" },
    ]);
    const price = rows.find((r) =>
      r.item.startsWith("Muse Spark (Meta) price"),
    )!;
    expect(price.own).toBe(true);
    expect(price.value).toMatch(
      /^\$[\d.]+ input, \$[\d.]+ cached, \$3\.00 output per 1M tokens \(catalog: /,
    );
    const own = rows.filter(
      (r) => r.own && r.source === "Typed in the calculator",
    );
    expect(own.map((r) => [r.item.replace(/^.*: /, ""), r.value])).toEqual([
      ["Peak utilisation target", "60%"],
      ["Minimum replicas", "2 (replicas)"],
    ]);
  });

  it("gives the index record of a reasoning effort chosen, with its source and date", () => {
    const gpt = apiForm("gpt", "gpt-5.4", undefined);
    const atDefault = assumptionRows([gpt]);
    expect(atDefault.some((r) => r.item.includes("effort"))).toBe(false);
    const low = assumptionRows([{ ...gpt, effort: "low" }]).find((r) =>
      r.item.includes("effort"),
    )!;
    // effortMultipliers_AA_measured: GPT-5.4 at low effort on v4.0, score 47.94, 9.87M tokens.
    expect(low).toMatchObject({
      item: "GPT-5.4 at low effort: Intelligence Index v4.0",
      value: "score 47.9; 9.9M output tokens to run the index",
      asOf: "2026-06-15",
    });
  });
});
