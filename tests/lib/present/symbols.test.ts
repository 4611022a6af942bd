import { describe, expect, it } from "vitest";
import { symbolParts, type SymbolPart } from "../../../src/lib/present/symbols";

const text = (text: string): SymbolPart => ({ kind: "text", text });
const v = (text: string): SymbolPart => ({ kind: "var", text });
const sub = (text: string): SymbolPart => ({ kind: "sub", text });
const sup = (...parts: SymbolPart[]): SymbolPart => ({ kind: "sup", parts });

describe("symbolParts: the methodology page's formula notation", () => {
  it.each([
    // Single letters are variables; words stay upright.
    [
      "max(T, w) · PUE",
      [text("max("), v("T"), text(", "), v("w"), text(") · PUE")],
    ],
    ["T′ per 1M", [v("T′"), text(" per 1M")]],
    // Subscripts read as words, superscripts as formulas.
    [
      "t_{TTFT,max} + p_GPU-hour",
      [v("t"), sub("TTFT,max"), text(" + "), v("p"), sub("GPU-hour")],
    ],
    ["(1 + r)^−n", [text("(1 + "), v("r"), text(")"), sup(text("−"), v("n"))]],
    ["10^6", [text("10"), sup(text("6"))]],
  ])("%s", (notation, parts) => {
    expect(symbolParts(notation)).toEqual(parts);
  });
});
