// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { simulate } from "../../../src/lib/engine/uncertainty";
import { tornadoData } from "../../../src/lib/present/tornado-chart";
import { articleScenario, evaluated } from "../engine/scenarios";
import TornadoHarness from "./TornadoHarness.svelte";

beforeEach(() => {
  // The chart is drawn only near the screen; here it never comes: the table is what is tested.
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("TornadoChart", () => {
  it("gives the tornado as a data table and a PNG download", async () => {
    const u = simulate(
      articleScenario,
      [
        {
          field: "hosting.usdPerGpuHour",
          optionId: "maverick",
          low: 1,
          high: 3,
          distribution: "triangular",
        },
      ],
      { draws: 10 },
    );
    if (!u.ok) throw new Error(u.error.message);
    render(TornadoHarness, {
      data: tornadoData(u.value, evaluated(articleScenario))!,
    });
    expect(
      screen.getByRole("heading", { name: "What swings the saving most" }),
    ).toBeTruthy();
    expect(screen.getByTestId("chart-tornado")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: /^Download PNG/ }).textContent,
    ).toBe("Download PNG: What swings the saving most");
    // The data table is built when its details are opened.
    const details = screen.getByText("Data table").closest("details")!;
    details.open = true;
    await fireEvent(details, new Event("toggle"));
    const table = await screen.findByRole("table", {
      name: "What swings the saving most",
    });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "Input",
      "Range",
      "Saving at low",
      "Saving at high",
    ]);
    // Rent at $1: $3,670 − 8 × 730 × $1 = $2,170 more; at $3: $13,850 more.
    const row = within(table).getByRole("row", {
      name: /Llama 4 Maverick on 8 × H100: Rent/,
    });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1 – 3", "$2,170 more", "$13,850 more"]);
  });
});
