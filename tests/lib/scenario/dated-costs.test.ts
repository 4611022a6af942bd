/**
 * Self-hosting costs of an old link: GPU prices and cost assumptions as the catalog of its date
 * had them, through a history of superseded figures (the catalog's own is still empty).
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../../src/lib/catalog/history", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  superseded: [
    {
      until: "2026-10-01",
      gpus: { "h100-sxm": { rentalTypical: 1.99 } },
      assumptions: { electricityUsdPerKwh: 0.05 },
    },
  ],
}));

const { catalogCosts, defaultOptions } =
  await import("../../../src/lib/scenario/defaults");
const { decodeLink, encodeLink } = await import("../../../src/lib/share/link");
const { needsRepriceNotice, repriceWorkspace } =
  await import("../../../src/lib/scenario/reprice");
const { defaultScenario } = await import("../../../src/lib/scenario/workspace");
const { findGpu } = await import("../../../src/lib/catalog");
const { repriceDifferences } = await import("../../../src/lib/present/reprice");

const rentToday = String(findGpu("h100-sxm")!.rental.typical);

describe("self-hosting costs by catalog date", () => {
  it("fills in the figures of the catalog's date", () => {
    expect(catalogCosts("h100-sxm", "2026-09-01")).toMatchObject({
      usdPerGpuHour: "1.99",
      usdPerKwh: "0.05",
    });
    expect(catalogCosts("h100-sxm", "2026-10-01").usdPerGpuHour).toBe(
      rentToday,
    );
  });

  it("opens an old link at its own rent, and re-prices it to today's, keeping typed figures", async () => {
    const then = defaultOptions("2026-09-01");
    const typed = {
      ...defaultScenario("Typed"),
      options: defaultOptions("2026-09-01"),
    };
    const own = typed.options[1]!;
    if (own.kind === "self-host") own.usdPerKwh = "0.2";
    const link = await encodeLink(
      { scenarios: [{ ...defaultScenario(), options: then }, typed], open: 0 },
      "2026.09.01",
    );
    const decoded = await decodeLink(link);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const [first, second] = decoded.value.workspace.scenarios;
    expect(first!.options[1]).toMatchObject({
      usdPerGpuHour: "1.99",
      usdPerKwh: "0.05",
    });
    expect(needsRepriceNotice(decoded.value)).toBe(true);

    const repriced = repriceWorkspace(
      decoded.value.workspace,
      decoded.value.pricesAsOf,
    );
    const { workspace, changes } = repriced;
    // The notice lists the self-hosted costs that moved, though the baseline is the API.
    expect(
      repriceDifferences(decoded.value.workspace, repriced)[0]!.moved,
    ).toContainEqual({
      option: "Llama 4 Maverick 17B-128E on H100 SXM5 80GB, Rent",
      from: "1.99 $/GPU-hour",
      to: `${rentToday} $/GPU-hour`,
    });
    expect(workspace.scenarios[0]!.options[1]).toMatchObject({
      usdPerGpuHour: rentToday,
      usdPerKwh: catalogCosts("h100-sxm").usdPerKwh,
    });
    // The electricity price typed in the second scenario is the user's and stays.
    expect(workspace.scenarios[1]!.options[1]).toMatchObject({
      usdPerGpuHour: rentToday,
      usdPerKwh: "0.2",
    });
    expect(second!.options[1]).toMatchObject({ usdPerKwh: "0.2" });
    expect(
      changes.map((c) => [c.scenarioName, c.optionLabel, c.from, c.to]),
    ).toContainEqual([
      "Scenario 1",
      "Llama 4 Maverick 17B-128E on H100 SXM5 80GB, Rent",
      "1.99 $/GPU-hour",
      `${rentToday} $/GPU-hour`,
    ]);
  });
});
