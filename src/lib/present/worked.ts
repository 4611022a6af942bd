/**
 * One step of a worked calculation: the arithmetic as printed and its value, built by the same
 * calls, so the methodology page cannot print one sum while showing the result of another.
 * Operands print rounded but compute at full precision. Operators add the parentheses the printed
 * order needs, so the text always reads as the value was computed.
 */
import {
  formatExponent,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../format";

/** How tightly a printed expression holds together when it becomes an operand. */
const Binding = { Statement: 0, Sum: 1, Product: 2, Atom: 3 } as const;
type Binding = (typeof Binding)[keyof typeof Binding];

export interface Worked {
  readonly text: string;
  readonly value: number;
  readonly binding: Binding;
}

const w = (text: string, value: number, binding: Binding): Worked => ({
  text,
  value,
  binding,
});

/** An operand's text, in parentheses when it binds no tighter than `than`. */
const operand = (x: Worked, than: Binding) =>
  x.binding <= than ? `(${x.text})` : x.text;

export const num = (value: number, digits = 0, unit = "") =>
  w(`${formatNumber(value, digits)}${unit}`, value, Binding.Atom);
export const usd = (value: number, unit = "") =>
  w(`${formatUsd(value)}${unit}`, value, Binding.Atom);
export const percent = (share: number, unit = "") =>
  w(`${formatPercent(share)}${unit}`, share, Binding.Atom);
/** A value the page states rather than works out: an input, or a fixed constant. */
export const stated = (text: string, value: number) =>
  w(text, value, Binding.Statement);

export const times = (...factors: Worked[]) =>
  w(
    factors.map((x) => operand(x, Binding.Sum)).join(" × "),
    factors.reduce((product, x) => product * x.value, 1),
    Binding.Product,
  );
export const over = (a: Worked, b: Worked) =>
  w(
    `${operand(a, Binding.Sum)} / ${operand(b, Binding.Product)}`,
    a.value / b.value,
    Binding.Product,
  );
export const plus = (...terms: Worked[]) =>
  w(
    terms.map((x) => operand(x, Binding.Statement)).join(" + "),
    terms.reduce((sum, x) => sum + x.value, 0),
    Binding.Sum,
  );
export const minus = (a: Worked, b: Worked) =>
  w(
    `${operand(a, Binding.Statement)} − ${operand(b, Binding.Sum)}`,
    a.value - b.value,
    Binding.Sum,
  );
export const pow = (base: Worked, exponent: number) =>
  w(
    `${operand(base, Binding.Product)}${formatExponent(exponent)}`,
    base.value ** exponent,
    Binding.Atom,
  );

const call = (name: string, f: (...v: number[]) => number, args: Worked[]) =>
  w(
    `${name}(${args.map((x) => x.text).join(", ")})`,
    f(...args.map((x) => x.value)),
    Binding.Atom,
  );
export const max = (...args: Worked[]) => call("max", Math.max, args);
export const min = (...args: Worked[]) => call("min", Math.min, args);
export const floor = (x: Worked) =>
  w(`⌊${x.text}⌋`, Math.floor(x.value), Binding.Atom);
export const ceil = (x: Worked) =>
  w(`⌈${x.text}⌉`, Math.ceil(x.value), Binding.Atom);

/** The expression followed by its rounded result: "500 × 0.14 = 69.8 tokens". */
export const equals = (x: Worked, digits = 0, unit = "") =>
  w(
    `${x.text} = ${formatNumber(x.value, digits)}${unit}`,
    x.value,
    Binding.Statement,
  );
/** The expression followed by words that say what it is: "2 × 8 × 128 × 1 (GQA)". */
export const note = (x: Worked, words: string) =>
  w(`${x.text}${words}`, x.value, Binding.Statement);
/** Words, then the expression: "X(985) = 12,345 / 569.8". */
export const lead = (words: string, x: Worked) =>
  w(`${words}${x.text}`, x.value, Binding.Statement);
