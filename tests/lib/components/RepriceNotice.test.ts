// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import RepriceNotice from "../../../src/lib/components/RepriceNotice.svelte";
import type { RepriceDifference } from "../../../src/lib/present/reprice";

const launch: RepriceDifference = {
  name: "Scenario 1",
  option: "Muse Spark (Meta)",
  before: { low: 42_442.2, high: 245_061 },
  after: 48_223.8,
  change: { low: -196_837.2, high: 5_781.6 },
  moved: [
    {
      option: "Muse Spark (Meta)",
      from: "launch (price unannounced)",
      to: "list price",
    },
  ],
};
const unmoved: RepriceDifference = {
  name: "Own GPUs",
  option: "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB",
  before: 22_811.33,
  after: 22_811.33,
  change: 0,
  moved: [],
};
const broken: RepriceDifference = {
  name: "Broken",
  option: "Muse Spark (Meta)",
  before: null,
  after: null,
  change: null,
  moved: [],
};

describe("RepriceNotice", () => {
  it("says the link keeps the prices of its catalog's date, and offers to re-price", async () => {
    const onreprice = vi.fn();
    render(RepriceNotice, {
      catalogVersion: "2026.07.01",
      differences: null,
      onreprice,
      ondismiss: () => {},
    });
    const notice = screen.getByRole("region", {
      name: "This link was priced with the catalog of 1 July 2026; the prices shown are as they were then.",
    });
    expect(notice).toBeTruthy();
    expect(screen.getByRole("status").textContent!.trim()).toBe("");
    await fireEvent.click(
      screen.getByRole("button", { name: "Re-price with today's catalog" }),
    );
    expect(onreprice).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Dismiss" }),
    );
  });

  it("shows each scenario's baseline before and after, with the change and the prices that moved", () => {
    render(RepriceNotice, {
      catalogVersion: "2026.07.01",
      differences: [launch, unmoved, broken],
      onreprice: () => {},
      ondismiss: () => {},
    });
    expect(
      screen.getByRole("region", {
        name: /now re-priced with today's catalog/,
      }),
    ).toBeTruthy();
    const items = [
      ...screen.getByRole("status").querySelectorAll(":scope > ul > li"),
    ].map((li) => li.textContent!.replace(/\s+/g, " ").trim());
    expect(items).toEqual([
      "Scenario 1, Muse Spark (Meta): $42,442–$245,061 → $48,224 (-$196,837 to +$5,782) Muse Spark (Meta): launch (price unannounced) → list price",
      "Own GPUs, Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB: $22,811 → $22,811 (no change)",
      "Broken, Muse Spark (Meta): cannot be costed → cannot be costed (change unknown)",
    ]);
    expect(
      screen.queryByRole("button", { name: "Re-price with today's catalog" }),
    ).toBeNull();
  });

  it("closes when dismissed", async () => {
    const ondismiss = vi.fn();
    render(RepriceNotice, {
      catalogVersion: "2026.07.01",
      differences: [launch],
      onreprice: () => {},
      ondismiss,
    });
    await fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(ondismiss).toHaveBeenCalledOnce();
  });
});
