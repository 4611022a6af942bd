/**
 * docs/scenario.md lists the fields a scenario file may give a range; the field table decides. A
 * field added to the table with `range: true` and left out of the docs (or the reverse) fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  API_NUMBERS,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type FieldSpec,
} from "../../../src/lib/scenario/fields";

const docs = readFileSync(
  new URL("../../../docs/scenario.md", import.meta.url),
  "utf8",
);

/** The paragraph that lists them, as written: from its first words to its first full stop. */
function listed(): Set<string> {
  const start = docs.indexOf("Fields that can hold a range");
  const paragraph = docs.slice(start, docs.indexOf(". ", start));
  const names = [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  // ".cachedInputPerM" continues the "pricing.prices." written just before it.
  return new Set(
    names
      // The table's file, its `range` key and the word `workload` are not fields.
      .filter(
        (name) =>
          !["range", "workload"].includes(name) && !name.endsWith(".ts"),
      )
      .map((name) => (name.startsWith(".") ? `pricing.prices${name}` : name)),
  );
}

const rangeable = (table: Record<string, FieldSpec>, prefix = "") =>
  Object.values(table)
    .filter((f) => f.range)
    .map((f) => prefix + f.engine);

describe("docs/scenario.md's list of fields that can hold a range", () => {
  it("names exactly the field table's", () => {
    expect([...listed()].sort()).toEqual(
      [
        ...new Set([
          ...rangeable(WORKLOAD_NUMBERS),
          ...rangeable(API_NUMBERS),
          ...rangeable(SELF_HOST_NUMBERS),
          ...rangeable(PRICE_NUMBERS, "pricing.prices."),
        ]),
      ].sort(),
    );
  });
});
