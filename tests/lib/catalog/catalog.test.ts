/** The catalog's rules: every figure sourced and dated, no price of $0, references that resolve. */
import { describe, expect, it } from "vitest";
import {
  apiOffers,
  assumptions,
  catalogDate,
  catalogVersion,
  currentPrice,
  findApiOffer,
  findOpenModel,
  findQuality,
  gpus,
  openModels,
  parseCatalogVersion,
  priceAt,
  qualityRecords,
} from "../../../src/lib/catalog";
import type { Sourced, TokenPrices } from "../../../src/lib/catalog/types";

const sourced = (record: Sourced, what: string) => {
  expect(record.source.length, `${what} source`).toBeGreaterThan(10);
  expect(record.asOf, `${what} asOf`).toMatch(/^\d{4}/);
};

const positivePrices = (p: TokenPrices, what: string) => {
  for (const [key, value] of Object.entries(p)) {
    expect(
      Number.isFinite(value) && value > 0,
      `${what} ${key} = ${value}`,
    ).toBe(true);
  }
};

const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

describe("catalog", () => {
  it("is versioned by a day the calendar has, whose ISO date is the catalog's date", () => {
    expect(parseCatalogVersion(catalogVersion)).toBe(catalogDate);
  });

  // Links name a price point by its label and default to the one in effect at their catalog's
  // date: points are dated to the day, in order, never share a label, and none is dated after the
  // catalog (a new price moves the catalog's version on).
  it("keeps each offer's price history dated, in order, and no later than the catalog", () => {
    for (const offer of apiOffers) {
      const dates = offer.prices.map((p) => p.asOf);
      for (const date of dates)
        expect(date, offer.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dates, offer.id).toEqual([...dates].sort());
      unique(offer.prices.map((p) => p.label));
      expect(dates.at(-1)! <= catalogDate, offer.id).toBe(true);
      expect(priceAt(offer, catalogDate), offer.id).toBe(currentPrice(offer));
    }
  });

  it("ids are unique within each table", () => {
    unique(apiOffers.map((o) => o.id));
    unique(openModels.map((m) => m.id));
    unique(gpus.map((g) => g.id));
    unique(qualityRecords.map((q) => q.id));
  });

  it("every price point is sourced, dated, and above $0 — an unknown price is a range", () => {
    for (const offer of apiOffers) {
      expect(offer.prices.length, offer.id).toBeGreaterThan(0);
      for (const point of offer.prices) {
        sourced(point, offer.id);
        expect(point.batchDiscount).toBeGreaterThanOrEqual(0);
        expect(point.batchDiscount).toBeLessThan(1);
        if (point.quote.status === "list") {
          positivePrices(point.quote.prices, offer.id);
        } else {
          positivePrices(point.quote.low, offer.id);
          positivePrices(point.quote.high, offer.id);
          expect(point.quote.high.outputPerM).toBeGreaterThan(
            point.quote.low.outputPerM,
          );
        }
        if (point.longContext) {
          expect(point.longContext.inputPerM).toBeGreaterThan(0);
          expect(point.longContext.thresholdTokens).toBeGreaterThan(0);
        }
      }
    }
  });

  it("keeps Muse Spark’s history: unannounced at launch, then a list price", () => {
    const muse = findApiOffer("muse-spark")!;
    expect(muse.prices.map((p) => p.quote.status)).toEqual([
      "unannounced",
      "list",
    ]);
    expect(currentPrice(muse).quote).toEqual({
      status: "list",
      prices: { inputPerM: 1.25, cachedInputPerM: 0.15, outputPerM: 4.25 },
    });
  });

  it("names the flagships the product compares", () => {
    for (const id of [
      "muse-spark",
      "gpt-5.4",
      "gpt-5.5",
      "claude-opus-4.6",
      "claude-sonnet-4.6",
      "gemini-3.1-pro",
    ]) {
      expect(findApiOffer(id), id).toBeDefined();
    }
    expect(apiOffers.filter((o) => o.vendor === "xAI").length).toBeGreaterThan(
      0,
    );
    expect(
      apiOffers.filter((o) => o.openModelId === "llama-4-maverick").length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("every open model and GPU is sourced and physically plausible", () => {
    for (const m of openModels) {
      sourced(m, m.id);
      expect(m.activeParamsB).toBeLessThanOrEqual(m.totalParamsB);
      expect(m.kvHeads).toBeLessThanOrEqual(m.attentionHeads);
      if (m.moe) expect(m.moe.activeExperts).toBeLessThan(m.moe.experts);
    }
    for (const g of gpus) {
      sourced(g, g.id);
      sourced(g.rental, `${g.id} rental`);
      sourced(g.purchase, `${g.id} purchase`);
      sourced(g.interconnect, `${g.id} interconnect`);
      expect(g.rental.typical).toBeGreaterThanOrEqual(g.rental.low);
      expect(g.rental.typical).toBeLessThanOrEqual(g.rental.high);
      expect(g.purchase.low).toBeGreaterThan(0);
      expect(g.tflops.bf16).toBeGreaterThan(0);
      if (g.tflops.fp8 !== null)
        expect(g.tflops.fp8).toBeGreaterThanOrEqual(g.tflops.bf16);
    }
  });

  it("references between tables resolve", () => {
    for (const o of apiOffers) {
      if (o.qualityId) expect(findQuality(o.qualityId), o.id).toBeDefined();
      for (const p of o.prices)
        if (p.qualityId)
          expect(findQuality(p.qualityId), p.label).toBeDefined();
      if (o.openModelId)
        expect(findOpenModel(o.openModelId), o.id).toBeDefined();
    }
    for (const m of openModels)
      if (m.qualityId) expect(findQuality(m.qualityId), m.id).toBeDefined();
  });

  it("every assumption is sourced, with a unit", () => {
    for (const [key, a] of Object.entries(assumptions)) {
      sourced(a, key);
      expect(a.unit.length, key).toBeGreaterThan(0);
      expect(Number.isFinite(a.value), key).toBe(true);
    }
  });

  it("quality records carry the article’s anchors (v4.0)", () => {
    expect(Math.round(findQuality("muse-spark@v4.0")!.score)).toBe(52);
    expect(Math.round(findQuality("muse-spark@v4.0")!.outputTokensM)).toBe(58);
    expect(Math.round(findQuality("gpt-5.4@v4.0")!.outputTokensM)).toBe(121);
    expect(Math.round(findQuality("claude-opus-4.6@v4.0")!.outputTokensM)).toBe(
      157,
    );
    expect(Math.round(findQuality("llama-4-maverick@v4.0")!.score)).toBe(18);
  });
});

describe("priceAt", () => {
  const muse = findApiOffer("muse-spark")!;
  const [launch, list] = muse.prices;

  it.each([
    ["2026-04-08", "launch (price unannounced)"],
    ["2026-07-01", "launch (price unannounced)"],
    ["2026-07-23", "launch (price unannounced)"],
    ["2026-07-24", "list price"],
    ["2026-11-29", "list price"],
  ])("gives Muse Spark's price in effect on %s: %s", (date, label) => {
    expect(priceAt(muse, date).label).toBe(label);
  });

  it("gives the earliest price for a day before the offer had one", () => {
    expect(priceAt(muse, "2026-01-01")).toBe(launch);
    expect(priceAt(findApiOffer("gpt-6.2-astra")!, "2026-07-01").asOf).toBe(
      "2026-11-17",
    );
  });

  it("gives the newest price for any later day", () => {
    expect(priceAt(muse, "2030-01-01")).toBe(list);
  });
});

describe("parseCatalogVersion", () => {
  it.each([
    ["2026.11.29", "2026-11-29"],
    ["2026.07.01", "2026-07-01"],
    ["2024.02.29", "2024-02-29"],
  ])("reads %s as %s", (version, date) => {
    expect(parseCatalogVersion(version)).toBe(date);
  });

  it.each([
    "",
    "2026-11-29",
    "2026.7.1",
    "2026.11.29 ",
    "v2026.11.29",
    "2026.13.01",
    "2026.00.10",
    "2026.02.30",
    "2025.02.29",
    "2026.11.29.1",
  ])("rejects %j", (text) => {
    expect(parseCatalogVersion(text)).toBeNull();
  });
});
