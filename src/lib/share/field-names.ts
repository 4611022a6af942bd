/**
 * A payload field's path (`s.0.w.rate`: the short keys a link and a file hold) in the words the
 * page labels it with ("Scenario 1 → Workload → Requests"), for messages about a link or a file
 * that cannot be used. A key the payload does not know is quoted as it is.
 */
import {
  API_NUMBERS,
  labelsOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
} from "../scenario/fields";
import { defaultName, MAX_NAME_LENGTH } from "../scenario/workspace";

const TOP: Record<string, string> = {
  c: "Catalog version",
  r: "Rules revision",
  a: "Open scenario",
  s: "Scenarios",
};
const SCENARIO: Record<string, string> = {
  n: "Name",
  w: "Workload",
  o: "Options",
  b: "Baseline",
};
const WORKLOAD: Record<string, string> = {
  ...labelsOf(WORKLOAD_NUMBERS),
  period: "Period",
  referenceModel: "Output tokens as written by",
};
const OPTION: Record<string, string> = {
  t: "Kind",
  i: "Model and provider",
  p: "Price",
  m: "Open-weight model",
  g: "GPU",
  n: SELF_HOST_NUMBERS.gpusPerReplica.label,
  w: "Weights",
};
/** An option's typed settings (`d`), API and self-hosted alike. */
const SETTINGS: Record<string, string> = {
  ...labelsOf(API_NUMBERS),
  ...labelsOf(SELF_HOST_NUMBERS),
  kv: "KV cache",
  hosting: "Hosting",
};
const PRICE = labelsOf(PRICE_NUMBERS);

/** A level of the payload: words for its fields, and the levels under them or under each item. */
interface Level {
  /** Words for the fields this level knows; "" for one that adds no word. */
  fields?: Record<string, string>;
  under?: Record<string, Level>;
  /** A list: each item's words from its place, and the level under it. */
  item?: { name: (at: number, data: unknown) => string; level: Level };
}

const prices: Level = { fields: PRICE };
const option: Level = {
  fields: { ...OPTION, d: "" },
  under: {
    d: {
      fields: {
        ...SETTINGS,
        prices: "",
        low: "Low prices",
        high: "High prices",
      },
      under: { prices, low: prices, high: prices },
    },
  },
};
const PAYLOAD: Level = {
  fields: TOP,
  under: {
    s: {
      item: {
        name: scenarioName,
        level: {
          fields: SCENARIO,
          under: {
            w: { fields: WORKLOAD },
            o: { item: { name: (at) => `Option ${at + 1}`, level: option } },
          },
        },
      },
    },
  },
};

/** "Scenario 2", with its name when it has one of its own. */
function scenarioName(at: number, data: unknown): string {
  const name = (data as { s?: { n?: unknown }[] } | null)?.s?.[at]?.n;
  const plain = defaultName(at);
  return typeof name === "string" &&
    name !== plain &&
    name.length <= MAX_NAME_LENGTH
    ? `${plain} (“${name}”)`
    : plain;
}

/** `path` in words; `data` is the payload, for the scenarios' names. */
export function fieldName(path: string, data: unknown): string {
  const words: string[] = [];
  let level: Level | undefined = PAYLOAD;
  for (const key of path.split(".")) {
    const at = /^\d+$/.test(key) ? Number(key) : null;
    if (level?.item && at !== null) {
      // "Scenario 2" says "Scenarios" already: an item's name stands for its list's.
      words.splice(-1, 1, level.item.name(at, data));
      level = level.item.level;
    } else if (level?.fields && Object.hasOwn(level.fields, key)) {
      if (level.fields[key]) words.push(level.fields[key]);
      level = level.under?.[key];
    } else {
      words.push(`“${key}”`);
      level = undefined;
    }
  }
  return words.join(" → ");
}
