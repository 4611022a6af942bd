/**
 * The methodology page's formula notation, so a formula is written as one readable string:
 * a single letter is a variable ("g", "η", "T′"), `_x` or `_{x y}` a subscript, `^x` or `^{−n}` a
 * superscript (whose letters are variables again). Longer words ("max", "FLOPs", "PUE") and
 * letters right after a digit ("1M") stay upright. In Svelte markup a string with braces goes in
 * an expression, `s={"t_{TTFT,max}"}`, so the braces are not read as one.
 */
export type SymbolPart =
  | { kind: "var" | "sub" | "text"; text: string }
  | { kind: "sup"; parts: SymbolPart[] };

const WORD = /^\p{L}+′*/u;
const SCRIPT = /^(\{([^}]*)\}|[\p{L}\p{N}\-−]+)/u;

export function symbolParts(source: string): SymbolPart[] {
  const parts: SymbolPart[] = [];
  const text = (t: string) => {
    const last = parts.at(-1);
    if (last?.kind === "text") last.text += t;
    else parts.push({ kind: "text", text: t });
  };
  let rest = source;
  while (rest) {
    const script =
      (rest[0] === "_" || rest[0] === "^") && SCRIPT.exec(rest.slice(1));
    const word = WORD.exec(rest);
    if (script) {
      const inner = script[2] ?? script[1]!;
      parts.push(
        rest[0] === "_"
          ? { kind: "sub", text: inner }
          : { kind: "sup", parts: symbolParts(inner) },
      );
      rest = rest.slice(1 + script[0].length);
    } else if (word) {
      const afterDigit = /\p{N}$/u.test(
        source.slice(0, source.length - rest.length),
      );
      const isVar = word[0].replace(/′/g, "").length === 1 && !afterDigit;
      if (isVar) parts.push({ kind: "var", text: word[0] });
      else text(word[0]);
      rest = rest.slice(word[0].length);
    } else {
      text(rest[0]!);
      rest = rest.slice(1);
    }
  }
  return parts;
}
