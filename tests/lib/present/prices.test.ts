import { describe, expect, it } from "vitest";
import { findApiOffer, priceAt } from "../../../src/lib/catalog";
import { priceNote } from "../../../src/lib/present/prices";
import { apiForm } from "../../../src/lib/scenario/defaults";

const carbon = findApiOffer("gemini-4-carbon")!;

describe("dated prices with an end", () => {
  it("the introductory price applies until its last day, then the list price", () => {
    expect(priceAt(carbon, "2026-11-30").label).toBe("introductory price");
    expect(priceAt(carbon, "2026-12-01").label).toBe("list price");
    expect(apiForm("g", "gemini-4-carbon").prices).toEqual({
      input: "4",
      cached: "0.2",
      output: "20",
    });
  });

  it("the card says which price applies, and that an ended one has ended", () => {
    expect(priceNote(apiForm("g", "gemini-4-carbon"))).toBe(
      "Priced at the list price (from 2026-12-01).",
    );
    const intro = apiForm("g", "gemini-4-carbon", "introductory price");
    expect(priceNote(intro)).toBe(
      "Priced at the introductory price (2026-11-16 to 2026-11-30), which has ended: the price in effect now is the list price.",
    );
    expect(priceNote(intro, "2026-11-29")).toBe(
      "Priced at the introductory price (2026-11-16 to 2026-11-30).",
    );
  });

  it("a link made while the introductory price applied keeps it", () => {
    expect(
      apiForm("g", "gemini-4-carbon", undefined, "2026-11-29").pricePoint,
    ).toBe("introductory price");
  });
});
