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
  qualityRecords,
  referenceQualityId,
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
  it("has a version and a date", () => {
    expect(catalogVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
    expect(catalogDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    expect(findQuality(referenceQualityId)).toBeDefined();
    for (const o of apiOffers) {
      if (o.qualityId) expect(findQuality(o.qualityId), o.id).toBeDefined();
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
