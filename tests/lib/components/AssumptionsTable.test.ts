// @vitest-environment happy-dom
import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  apiOffers,
  assumptions,
  gpus,
  openModels,
  qualityRecords,
} from "../../../src/lib/catalog";
import AssumptionsTable from "../../../src/lib/components/AssumptionsTable.svelte";
import { defaultOptions } from "../../../src/lib/scenario/defaults";

const props = () => ({
  options: defaultOptions(),
  referenceModel: "llama-3.3-70b",
});

afterEach(() => vi.unstubAllGlobals());

describe("AssumptionsTable", () => {
  it("fetches the catalog's sources from provenance.json after mounting", async () => {
    const served = {
      apiOffers,
      openModels,
      qualityRecords,
      assumptions,
      gpus: gpus.map((gpu) => ({
        ...gpu,
        source: `Served source for ${gpu.id}`,
      })),
    };
    const fetch = vi.fn(
      async (_input: RequestInfo | URL) => new Response(JSON.stringify(served)),
    );
    vi.stubGlobal("fetch", fetch);
    render(AssumptionsTable, props());
    expect(String(fetch.mock.calls[0]![0])).toMatch(/\/provenance\.json$/);
    expect(await screen.findAllByText(/^Served source for /)).not.toHaveLength(
      0,
    );
  });

  it("keeps the table when the sources cannot be fetched", async () => {
    const fetch = vi.fn(async () => new Response("", { status: 404 }));
    vi.stubGlobal("fetch", fetch);
    const { container } = render(AssumptionsTable, props());
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(container.querySelectorAll("tbody tr").length).toBeGreaterThan(5);
  });
});
