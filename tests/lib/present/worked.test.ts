import { describe, expect, it } from "vitest";
import {
  ceil,
  equals,
  floor,
  lead,
  max,
  min,
  minus,
  note,
  num,
  over,
  percent,
  plus,
  pow,
  stated,
  times,
  usd,
} from "../../../src/lib/present/worked";

describe("Worked: the printed arithmetic and its value from the same calls", () => {
  it("prints operands rounded and computes them in full", () => {
    const x = times(num(1 / 3, 2), num(3));
    expect(x.text).toBe("0.33 × 3");
    expect(x.value).toBeCloseTo(1, 15);
    expect(usd(1234.5).text).toBe("$1,235");
    expect(percent(0.1, " discount").text).toBe("10% discount");
  });

  it("adds the parentheses the order of operations needs, and only those", () => {
    const sum = plus(num(1), num(2));
    expect(times(num(4), sum)).toMatchObject({
      text: "4 × (1 + 2)",
      value: 12,
    });
    expect(over(num(12), times(num(2), num(3)))).toMatchObject({
      text: "12 / (2 × 3)",
      value: 2,
    });
    expect(over(times(num(2), num(3)), num(4)).text).toBe("2 × 3 / 4");
    expect(over(num(1), over(num(2), num(4)))).toMatchObject({
      text: "1 / (2 / 4)",
      value: 2,
    });
    expect(minus(num(10), minus(num(4), num(1)))).toMatchObject({
      text: "10 − (4 − 1)",
      value: 7,
    });
    expect(plus(num(1), times(num(2), num(3))).text).toBe("1 + 2 × 3");
    expect(minus(sum, num(1)).text).toBe("1 + 2 − 1");
  });

  it("writes powers with superscripts", () => {
    const crf = over(
      num(0.08, 3),
      minus(num(1), pow(plus(num(1), num(0.08, 3)), -5)),
    );
    expect(crf.text).toBe("0.08 / (1 − (1 + 0.08)⁻⁵)");
    expect(crf.value).toBeCloseTo(0.08 / (1 - 1.08 ** -5), 15);
    expect(pow(num(10), 6)).toMatchObject({ text: "10⁶", value: 1e6 });
  });

  it("calls functions and rounds", () => {
    expect(max(num(1.2, 1), num(3))).toMatchObject({
      text: "max(1.2, 3)",
      value: 3,
    });
    expect(min(num(4096), floor(over(num(152), num(0.15, 2))))).toMatchObject({
      text: "min(4,096, ⌊152 / 0.15⌋)",
      value: 1013,
    });
    expect(ceil(num(0.386, 3))).toMatchObject({ text: "⌈0.386⌉", value: 1 });
  });

  it("brackets a result or a note when it becomes an operand", () => {
    const tokens = equals(times(num(500), num(0.14, 2)), 0, " tokens");
    expect(tokens.text).toBe("500 × 0.14 = 70 tokens");
    expect(times(tokens, usd(4.25)).text).toBe(
      "(500 × 0.14 = 70 tokens) × $4.25",
    );
    expect(times(note(num(2), " (GQA)"), num(3)).text).toBe("(2 (GQA)) × 3");
    expect(lead("X(9) = ", over(num(18), num(2)))).toMatchObject({
      text: "X(9) = 18 / 2",
      value: 9,
    });
    expect(stated("As entered", 0)).toMatchObject({
      text: "As entered",
      value: 0,
    });
  });
});
