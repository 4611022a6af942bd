import { describe, expect, it } from "vitest";
import { symbolParts } from "../../../src/lib/present/symbols";

describe("symbolParts: the methodology page's formula notation", () => {
  it("makes single letters variables and keeps words upright", () => {
    expect(symbolParts("max(T, w) · PUE")).toEqual([
      { kind: "text", text: "max(" },
      { kind: "var", text: "T" },
      { kind: "text", text: ", " },
      { kind: "var", text: "w" },
      { kind: "text", text: ") · PUE" },
    ]);
    expect(symbolParts("T′ per 1M")).toEqual([
      { kind: "var", text: "T′" },
      { kind: "text", text: " per 1M" },
    ]);
  });

  it("reads subscripts as words and superscripts as formulas", () => {
    expect(symbolParts("t_{TTFT,max} + p_GPU-hour")).toEqual([
      { kind: "var", text: "t" },
      { kind: "sub", text: "TTFT,max" },
      { kind: "text", text: " + " },
      { kind: "var", text: "p" },
      { kind: "sub", text: "GPU-hour" },
    ]);
    expect(symbolParts("(1 + r)^−n")).toEqual([
      { kind: "text", text: "(1 + " },
      { kind: "var", text: "r" },
      { kind: "text", text: ")" },
      {
        kind: "sup",
        parts: [
          { kind: "text", text: "−" },
          { kind: "var", text: "n" },
        ],
      },
    ]);
    expect(symbolParts("10^6")).toEqual([
      { kind: "text", text: "10" },
      { kind: "sup", parts: [{ kind: "text", text: "6" }] },
    ]);
  });
});
