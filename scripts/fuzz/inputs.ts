/**
 * Hostile inputs, by category: share links for the link reader, and files for the CLI's
 * `evaluate` (scenario files in the engine's units, and exported workspaces). Each category is
 * drawn with a weight; everything comes from the seeded random source, so a run repeats exactly.
 */
import { readFileSync } from "node:fs";
import { catalogVersion } from "../../src/lib/catalog";
import { toBase64Url, fromBase64Url } from "../../src/lib/share/base64url";
import { deflate } from "../../src/lib/share/deflate";
import { exportWorkspace } from "../../src/lib/share/file";
import { encodeLink } from "../../src/lib/share/link";
import { PAYLOAD_VERSION, toPayload } from "../../src/lib/share/payload";
import type { Random } from "./random";
import { edgeSpec, edgeWorkspace, fleetsAlongTheBaseline } from "./workspaces";

export interface FileInput {
  /** The file's text, or a share link given to the CLI in place of a file. */
  text: string;
  isLink?: true;
}

/** Links that once hung the page or printed nonsense, kept as test fixtures. */
export const hostileLinks: readonly string[] = (
  JSON.parse(
    readFileSync(
      new URL(
        "../../tests/lib/share/fixtures/hostile-links.json",
        import.meta.url,
      ),
      "utf8",
    ),
  ) as { links: { link: string }[] }
).links.map((l) => l.link);

const BASE64URL =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const ANY_TEXT = `${BASE64URL}.#/?&=+%: {}[]",\\'\n\t\u0000é—€😀\u202e`;

/** Values of the wrong type for any field. */
const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  0,
  1.5,
  -1,
  "",
  "x",
  [],
  {},
  [1, 2],
  { a: 1 },
];

/** Numbers and numeric text at and past the edges of what a double holds. */
const EDGE_NUMBERS: readonly unknown[] = [
  -0,
  1e308,
  -1e308,
  5e-324,
  1.7976931348623157e308,
  2 ** 53 + 2,
  "-0",
  "1e308",
  "1e309",
  "-1e309",
  "5e-324",
  "1e-308",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1,000",
  " 12 ",
  "1e",
  "٥",
  "１",
];

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
function paths(value: Json, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value))
    return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value && typeof value === "object")
    return here.concat(
      ...Object.entries(value).map(([k, v]) => paths(v, [...at, k])),
    );
  return here;
}

const nodeAt = (value: Json, path: Path): Json =>
  path.reduce<Json>(
    (node, key) => (node as Record<string | number, Json>)[key],
    value,
  );

/** Paths to the text and numbers in a JSON value: the fields a person types. */
const leaves = (value: Json) =>
  paths(value).filter((path) =>
    ["string", "number"].includes(typeof nodeAt(value, path)),
  );

/** Paths to the objects (not arrays) in a JSON value. */
const objects = (value: Json) =>
  paths(value).filter((path) => {
    const node = nodeAt(value, path);
    return node !== null && typeof node === "object" && !Array.isArray(node);
  });

/** A copy of `value` with the value at `path` replaced (or added, in an object). */
function replaced(value: Json, path: Path, by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(value) ? [...value] : { ...(value as object) }
  ) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

/**
 * A copy of a JSON value with one to three values replaced by `edits`: anywhere, or (`typed`) only
 * where a person types, so the workspace is still read and the value reaches the calculator.
 */
function mutated(
  random: Random,
  value: Json,
  edits: readonly unknown[],
  typed = false,
): Json {
  let result = value;
  for (let i = random.int(1, 3); i > 0; i--) {
    const targets = typed ? leaves(result) : paths(result);
    result = replaced(result, random.pick(targets), random.pick(edits));
  }
  return result;
}

/** Stands in for JSON that no value stringifies to, until the text is made. */
const MARKER = "@@fuzz-raw@@";

/** JSON text of `value` with `raw` JSON text in place of the marker. */
function withRaw(value: Json, raw: string): string {
  const json = JSON.stringify(value);
  if (!json.includes(MARKER)) throw new Error("the marker was not placed");
  return json.replace(`"${MARKER}"`, raw).replace(`"${MARKER}":null`, raw);
}

/** Numbers past a double as JSON text: JSON.parse reads 1e309 as Infinity. */
const RAW_NUMBERS = ["1e309", "-1e309", "1e999999", "-0.0e-999"];
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"];

/** JSON text of `value` with a number past a double in place of one of its values. */
const withRawNumber = (random: Random, value: Json) =>
  withRaw(
    replaced(value, random.pick(paths(value)), MARKER),
    random.pick(RAW_NUMBERS),
  );

/** JSON text of `value` with arrays nested thousands deep in place of one of its values. */
function withDeepNesting(random: Random, value: Json): string {
  const depth = random.int(100, 20_000);
  return withRaw(
    replaced(value, random.pick(paths(value)), MARKER),
    "[".repeat(depth) + "]".repeat(depth),
  );
}

/** JSON text of `value` with `__proto__`, `constructor` or `prototype` as a key of one object. */
function withPrototypeKey(random: Random, value: Json): string {
  const at = [...random.pick(objects(value)), MARKER];
  const payload = random.pick(['{"polluted":true}', "1", '"x"', "[]"]);
  return withRaw(
    replaced(value, at, null),
    `"${random.pick(PROTOTYPE_KEYS)}":${payload}`,
  );
}

async function linkOf(json: string): Promise<string> {
  const bytes = await deflate(new TextEncoder().encode(json));
  return `b1.${toBase64Url(bytes)}`;
}

const payloadOf = (random: Random) =>
  toPayload(edgeWorkspace(random), catalogVersion);

/** A link to an edge workspace; now and then (`heavyShare`) 12 scenarios of 20 options. */
async function validLink(random: Random, heavyShare = 0.02): Promise<string> {
  return encodeLink(edgeWorkspace(random, random.chance(heavyShare)));
}

function flipBits(random: Random, link: string): string {
  const bytes = fromBase64Url(link.slice(3));
  if (!bytes || bytes.length === 0) return link;
  for (let i = random.int(1, 4); i > 0; i--)
    bytes[random.int(0, bytes.length - 1)]! ^= 1 << random.int(0, 7);
  return `b1.${toBase64Url(bytes)}`;
}

/** `count` entries, the items repeated in turn. */
function repeated<T>(items: T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => items[i % items.length]!);
}

/** Bombs made so far: a few sizes and fillers are all a reader's cap needs, and each takes time. */
const bombs = new Map<string, Promise<string>>();

/** A link that unpacks to `size` bytes of `filler`, in a name or between a payload's fields. */
function bomb(size: number, filler: string, inName: boolean): Promise<string> {
  const key = `${size}|${filler}|${inName}`;
  if (!bombs.has(key)) {
    const padding = filler.repeat(Math.ceil(size / filler.length));
    bombs.set(
      key,
      linkOf(
        inName
          ? `{"c":"${catalogVersion}","s":[{"n":"${padding}"}]}`
          : `{"c":"${catalogVersion}",${" ".repeat(size)}"s":[{}]}`,
      ),
    );
  }
  return bombs.get(key)!;
}

interface Category<T> {
  name: string;
  weight: number;
  make(random: Random): Promise<T> | T;
}

/** The review's categories, weighted as a hostile user's mix of links would be. */
export const LINK_CATEGORIES: readonly Category<string>[] = [
  {
    name: "random text",
    weight: 10,
    make: (r) => r.text(r.int(0, 200), ANY_TEXT),
  },
  {
    name: "random base64url",
    weight: 10,
    make: (r) => `b1.${r.text(r.int(0, 2000), BASE64URL)}`,
  },
  {
    name: "bit flips",
    weight: 15,
    make: async (r) => flipBits(r, await validLink(r)),
  },
  {
    name: "truncated",
    weight: 8,
    make: async (r) => {
      const link = await validLink(r);
      return link.slice(0, r.int(0, link.length - 1));
    },
  },
  {
    name: "wrong prefix",
    weight: 5,
    make: async (r) =>
      r.pick([
        "b0.",
        `b${PAYLOAD_VERSION + 1}.`,
        "B1.",
        "b1",
        "b99999.",
        "c1.",
        "b-1.",
        "b1..",
      ]) + (await validLink(r)).slice(3),
  },
  {
    name: "deflated non-JSON",
    weight: 8,
    make: async (r) => {
      const json = JSON.stringify(payloadOf(r));
      return linkOf(
        r.chance(0.5)
          ? json.slice(0, r.int(0, json.length - 1))
          : r.text(r.int(0, 300), ANY_TEXT),
      );
    },
  },
  {
    name: "wrong types",
    weight: 15,
    make: (r) => linkOf(JSON.stringify(mutated(r, payloadOf(r), WRONG_TYPES))),
  },
  {
    name: "numeric edges",
    weight: 8,
    make: (r) =>
      linkOf(
        r.chance(0.8)
          ? JSON.stringify(
              mutated(r, payloadOf(r), EDGE_NUMBERS, r.chance(0.7)),
            )
          : withRawNumber(r, payloadOf(r)),
      ),
  },
  {
    name: "huge arrays and deep nesting",
    weight: 4,
    make: (r) => {
      const payload = payloadOf(r);
      if (r.chance(0.5)) return linkOf(withDeepNesting(r, payload));
      const first = payload.s[0]!;
      const options: unknown[] = [...(first.o ?? []), { t: "a", i: "gpt-5.4" }];
      const huge = r.chance(0.5)
        ? { ...payload, s: repeated(payload.s, r.int(100, 5000)) }
        : {
            ...payload,
            s: [{ ...first, o: repeated(options, r.int(21, 5000)) }],
          };
      return linkOf(JSON.stringify(huge));
    },
  },
  {
    name: "prototype keys",
    weight: 5,
    make: (r) => linkOf(withPrototypeKey(r, payloadOf(r))),
  },
  {
    name: "12+ scenarios",
    weight: 4,
    make: (r) => {
      const payload = payloadOf(r);
      return linkOf(
        JSON.stringify({ ...payload, s: repeated(payload.s, r.int(12, 40)) }),
      );
    },
  },
  {
    name: "decompression bombs",
    weight: 3,
    make: (r) =>
      bomb(
        r.pick([65_000, 300_000, 1_000_000, 4_000_000, 8_000_000]),
        r.pick([" ", "A", "0", '{"n":"x"},']),
        r.chance(0.5),
      ),
  },
  {
    name: "extreme but valid workspaces",
    weight: 5,
    make: (r) => validLink(r, 0.2),
  },
  {
    name: "fleets along the baseline",
    weight: 1,
    make: (r) =>
      encodeLink({ scenarios: [fleetsAlongTheBaseline(r)], open: 0 }),
  },
];

const specOf = (r: Random) => edgeSpec(r);

export const FILE_CATEGORIES: readonly Category<FileInput>[] = [
  {
    name: "random text",
    weight: 10,
    make: (r) => ({ text: r.text(r.int(0, 300), ANY_TEXT) }),
  },
  {
    name: "truncated JSON",
    weight: 10,
    make: (r) => {
      const json = JSON.stringify(specOf(r));
      return { text: json.slice(0, r.int(0, json.length - 1)) };
    },
  },
  {
    name: "extreme but valid scenario files",
    weight: 25,
    make: (r) => ({ text: JSON.stringify(specOf(r)) }),
  },
  {
    name: "wrong types",
    weight: 15,
    make: (r) => ({
      text: JSON.stringify(mutated(r, specOf(r), WRONG_TYPES)),
    }),
  },
  {
    name: "numeric edges",
    weight: 15,
    make: (r) => ({
      text: r.chance(0.7)
        ? JSON.stringify(mutated(r, specOf(r), EDGE_NUMBERS, r.chance(0.7)))
        : withRawNumber(r, specOf(r)),
    }),
  },
  {
    name: "huge arrays and deep nesting",
    weight: 4,
    make: (r) => {
      const spec = specOf(r);
      if (r.chance(0.5)) return { text: withDeepNesting(r, spec) };
      // Now and then the 13 MB file of 330,000 options that once hung the CLI.
      const count = r.chance(0.01) ? 330_000 : r.int(51, 5000);
      const options = repeated(spec.options as unknown[], count);
      return { text: JSON.stringify({ ...spec, options }) };
    },
  },
  {
    name: "prototype keys",
    weight: 5,
    make: (r) => ({ text: withPrototypeKey(r, specOf(r)) }),
  },
  {
    name: "byte order mark",
    weight: 3,
    make: (r) => ({ text: `\uFEFF${JSON.stringify(specOf(r))}` }),
  },
  {
    name: "workspace files",
    weight: 8,
    make: (r) => ({
      text: r.chance(0.5)
        ? exportWorkspace(edgeWorkspace(r, r.chance(0.1)))
        : JSON.stringify(
            mutated(
              r,
              JSON.parse(exportWorkspace(edgeWorkspace(r))),
              r.chance(0.5) ? WRONG_TYPES : EDGE_NUMBERS,
            ),
          ),
    }),
  },
];

/** A category drawn by weight. */
export function pickCategory<T>(
  random: Random,
  categories: readonly Category<T>[],
): Category<T> {
  const total = categories.reduce((sum, c) => sum + c.weight, 0);
  let at = random.next() * total;
  for (const category of categories) {
    at -= category.weight;
    if (at < 0) return category;
  }
  return categories.at(-1)!;
}
