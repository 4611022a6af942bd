/**
 * The workspace as a link carries it (schema version 2): short keys, and for each field only what
 * differs from the default the catalog gives — a scenario left at its defaults is a few bytes.
 * `toPayload` and `fromPayload` are inverses for any workspace the page can hold.
 *
 * Defaults are the catalog's as it stood on the date of the link's catalog version (`c`): an API
 * option without a price point (`p`) has the one in effect that day, so a link keeps the prices it
 * was made with after the catalog adds newer ones.
 */
import * as v from "valibot";
import {
  catalogDate,
  findApiOffer,
  findGpu,
  findOpenModel,
  parseCatalogVersion,
  priceAt,
} from "../catalog";
import { KV_PRECISIONS, WEIGHT_PRECISIONS } from "../engine/architecture";
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  DISTRIBUTIONS,
  SIMULATION_LIMITS,
} from "../engine/random";
import { STACKS } from "../engine/stacks";
import { fail, ok, type Result } from "../engine/result";
import { validate } from "../engine/schema";
import { PERIODS_PER_MONTH } from "../engine/units";
import {
  API_NUMBERS,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  WORKLOAD_NUMBERS,
  type PriceKey,
} from "../scenario/fields";
import {
  apiForm,
  defaultOptions,
  defaultWorkload,
  isObject,
  selfHostForm,
} from "../scenario/defaults";
import {
  type ApiForm,
  type OptionForm,
  type SelfHostForm,
  type WorkloadForm,
} from "../scenario/form";
import {
  defaultName,
  MAX_FIELD_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OPTIONS,
  MAX_SCENARIOS,
  type ScenarioDoc,
  type Workspace,
} from "../scenario/workspace";
import { migrateTokens } from "./token-migration";

export const PAYLOAD_VERSION = 2;
/**
 * The revision of what a payload's fields mean, written as `r`: 2 since token accounting follows
 * the baseline; 3 since the default scenario's self-hosted option leaves its GPU count automatic.
 * Without `r`, token-migration.ts reads it as it was made.
 */
const RULES = 3;
/** The rules from which token accounting follows the baseline. */
const TOKENS_FOLLOW_BASELINE_RULES = 2;
/** The rules from which the default options' GPU count is automatic. */
const AUTOMATIC_COUNT_RULES = 3;
/** The GPU count the default scenario's self-hosted option was typed with before that. */
const TYPED_DEFAULT_GPUS = "8";

/**
 * Format 1's default workload volume: five requests a second. Format 2 defaults to a month, so a
 * format-1 scenario that left the rate or its period out is given them here, and keeps its numbers.
 */
const VERSION_1_VOLUME = { rate: "5", period: "second" } as const;

/**
 * Format 1 → 2: the period a rate is typed per used to default to a second (5 requests a second);
 * it now defaults to a month. Each format-1 scenario is given the old default volume wherever it
 * left it out. Untrusted data passes through untouched where it is not shaped as expected: the
 * validation after it says what is wrong.
 */
export function fromVersion1(data: unknown): unknown {
  if (!isObject(data) || !Array.isArray(data.s)) return data;
  return {
    ...data,
    s: data.s.map((scenario: unknown) => {
      if (!isObject(scenario)) return scenario;
      const w = scenario.w ?? {};
      return isObject(w)
        ? { ...scenario, w: { ...VERSION_1_VOLUME, ...w } }
        : scenario;
    }),
  };
}

/** Any typed text a field can hold; the form itself judges the value. */
const field = v.pipe(
  v.string("must be text"),
  v.maxLength(MAX_FIELD_LENGTH, "is too long"),
);
const id = v.pipe(v.string("must be text"), v.maxLength(120, "is too long"));
const strict = <const T extends v.ObjectEntries>(entries: T) =>
  v.strictObject(entries, (issue) =>
    issue.expected === "never"
      ? "is not a known field"
      : issue.received === "undefined"
        ? "is missing"
        : "must be an object",
  );
/** A pick from a list, with a message that says the list: "must be bf16 or fp8". */
const oneOf = <const T extends readonly string[]>(values: T) =>
  v.picklist(
    values,
    `must be ${values.slice(0, -1).join(", ")} or ${values.at(-1)}`,
  );
const WHOLE = "must be a whole number, 0 or more";
/** A place in a list: the open scenario, the baseline option. */
const place = v.pipe(v.number(WHOLE), v.integer(WHOLE), v.minValue(0, WHOLE));
const partialOf = <const K extends string>(keys: readonly K[]) =>
  strict(
    Object.fromEntries(keys.map((key) => [key, v.optional(field)])) as Record<
      K,
      v.OptionalSchema<typeof field, undefined>
    >,
  );

/**
 * A form's ranges by field key: optional, so a link without them (every link made before ranges)
 * reads as before, with none. The form ignores a key whose field cannot hold a range.
 */
const ranges = v.optional(
  v.record(
    v.pipe(v.string("must be text"), v.maxLength(40, "is too long")),
    strict({ low: field, high: field, distribution: oneOf(DISTRIBUTIONS) }),
    "must be an object",
  ),
);

const WORKLOAD_TEXT = [
  ...keysOf(WORKLOAD_NUMBERS),
  "referenceModel",
] as const satisfies readonly (keyof WorkloadForm)[];

/**
 * The option's reasoning effort; absent in links made before it was an input, and for the
 * model's default effort: the same numbers as before. The form refuses one the model lacks.
 */
const effort = v.optional(
  v.pipe(v.string("must be text"), v.maxLength(20, "is too long")),
);

/** A price point's three prices travel together: they are written whole when any differs. */
const prices = v.optional(
  strict(
    Object.fromEntries(
      keysOf(PRICE_NUMBERS).map((key) => [key, field]),
    ) as Record<PriceKey, typeof field>,
  ),
);
/** The option's typed numbers; the GPU count travels as `n`, beside the model and GPU. */
const SELF_HOST_TEXT = keysOf(SELF_HOST_NUMBERS).filter(
  (key) => key !== "gpusPerReplica",
);

const NOT_A_CATALOG_VERSION = "must be a date such as 2026.11.29";

/** A whole number within a limit of the engine's (`SIMULATION_LIMITS`). */
const limited = ({ min, max }: { min: number; max: number }) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};

const payloadSchema = strict({
  /** Catalog version the link was made with. */
  c: v.pipe(
    v.string(NOT_A_CATALOG_VERSION),
    v.check(
      (version) => parseCatalogVersion(version) !== null,
      NOT_A_CATALOG_VERSION,
    ),
  ),
  /** What the fields mean; absent: the first rules (see RULES). */
  r: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.integer("must be a whole number"),
      v.minValue(2, "must be 2 or more"),
      v.maxValue(RULES, "comes from a newer Breakeven"),
    ),
  ),
  /** Open scenario. */
  a: v.optional(place),
  s: v.pipe(
    v.array(
      strict({
        n: v.optional(
          v.pipe(
            v.string("must be text"),
            v.maxLength(MAX_NAME_LENGTH, "is too long"),
          ),
        ),
        w: v.optional(
          strict({
            ...partialOf(WORKLOAD_TEXT).entries,
            ranges,
            period: v.optional(
              oneOf(
                Object.keys(
                  PERIODS_PER_MONTH,
                ) as (keyof typeof PERIODS_PER_MONTH)[],
              ),
            ),
          }),
        ),
        o: v.optional(
          v.pipe(
            v.array(
              v.variant(
                "t",
                [
                  strict({
                    t: v.literal("a"),
                    i: id,
                    p: v.optional(id),
                    d: v.optional(
                      strict({
                        ...partialOf(keysOf(API_NUMBERS)).entries,
                        effort,
                        prices,
                        low: prices,
                        high: prices,
                        ranges,
                      }),
                    ),
                  }),
                  strict({
                    t: v.literal("s"),
                    m: id,
                    g: id,
                    n: field,
                    w: oneOf(WEIGHT_PRECISIONS),
                    d: v.optional(
                      strict({
                        ...partialOf(SELF_HOST_TEXT).entries,
                        kv: v.optional(oneOf(KV_PRECISIONS)),
                        // Absent in links made before the stack was an input: the default stack.
                        stack: v.optional(oneOf(STACKS)),
                        hosting: v.optional(oneOf(["rented", "owned"])),
                        effort,
                        ranges,
                      }),
                    ),
                  }),
                ],
                (issue) =>
                  issue.expected === "Object"
                    ? "must be an object"
                    : "must be “a” (an API) or “s” (self-hosting)",
              ),
              "must be a list",
            ),
            v.minLength(1, "must hold at least one option"),
            v.maxLength(
              MAX_OPTIONS,
              `must hold at most ${MAX_OPTIONS} options`,
            ),
          ),
        ),
        b: v.optional(place),
        /** How sure's Monte Carlo; absent (every link made before it): the defaults. */
        seed: v.optional(limited(SIMULATION_LIMITS.seed)),
        draws: v.optional(limited(SIMULATION_LIMITS.draws)),
      }),
      "must be a list",
    ),
    v.minLength(1, "must hold at least one scenario"),
    v.maxLength(MAX_SCENARIOS, `must hold at most ${MAX_SCENARIOS} scenarios`),
  ),
});

export type Payload = v.InferOutput<typeof payloadSchema>;
type CompactScenario = Payload["s"][number];
type CompactOption = NonNullable<CompactScenario["o"]>[number];

/** The fields of `value` that differ from `defaults` (nested objects compared whole); undefined if none. */
function diff<T extends object>(
  value: T,
  defaults: T,
  skip: readonly (keyof T)[] = [],
): Partial<T> | undefined {
  const changed = Object.fromEntries(
    (Object.keys(value) as (keyof T)[])
      .filter((key) => !skip.includes(key))
      .filter(
        (key) => JSON.stringify(value[key]) !== JSON.stringify(defaults[key]),
      )
      .map((key) => [key, value[key]]),
  ) as Partial<T>;
  return Object.keys(changed).length ? changed : undefined;
}

/** The option's defaults: what picking the same catalog entries gives in the catalog of `asOf`. */
function defaultsOf(form: OptionForm, asOf: string): OptionForm {
  return form.kind === "api"
    ? apiForm(form.key, form.offerId, form.pricePoint, asOf)
    : selfHostForm(
        form.key,
        form.modelId,
        form.gpuId,
        Number(form.gpusPerReplica) || 1,
        form.weights,
        asOf,
      );
}

/** `asOf`: the date of the catalog the link is made with, whose prices go without saying. */
function compactOption(form: OptionForm, asOf: string): CompactOption {
  const defaults = defaultsOf(form, asOf);
  if (form.kind === "api") {
    const offer = findApiOffer(form.offerId);
    const inEffect = offer && priceAt(offer, asOf).label;
    return {
      t: "a",
      i: form.offerId,
      ...(form.pricePoint !== inEffect ? { p: form.pricePoint } : {}),
      ...withDiff(
        diff(form, defaults as ApiForm, [
          "kind",
          "key",
          "offerId",
          "pricePoint",
        ]),
      ),
    };
  }
  return {
    t: "s",
    m: form.modelId,
    g: form.gpuId,
    n: form.gpusPerReplica,
    w: form.weights,
    ...withDiff(
      diff(form, defaults as SelfHostForm, [
        "kind",
        "key",
        "modelId",
        "gpuId",
        "gpusPerReplica",
        "weights",
      ]),
    ),
  };
}

const withDiff = <T>(d: T | undefined) => (d ? { d } : {});

function compactScenario(
  scenario: ScenarioDoc,
  index: number,
  asOf: string,
): CompactScenario {
  const compact = (form: OptionForm) => compactOption(form, asOf);
  const optionsDefault = JSON.stringify(defaultOptions(asOf).map(compact));
  const options = scenario.options.map(compact);
  const baseline = Math.max(
    0,
    scenario.options.findIndex((o) => o.key === scenario.baselineKey),
  );
  const workload = diff(scenario.workload, defaultWorkload());
  return {
    ...(scenario.name !== defaultName(index) ? { n: scenario.name } : {}),
    ...(workload ? { w: workload } : {}),
    ...(JSON.stringify(options) !== optionsDefault ? { o: options } : {}),
    ...(baseline !== 0 ? { b: baseline } : {}),
    ...diff(
      {
        seed: scenario.seed ?? DEFAULT_SEED,
        draws: scenario.draws ?? DEFAULT_DRAWS,
      },
      { seed: DEFAULT_SEED, draws: DEFAULT_DRAWS },
    ),
  };
}

export function toPayload(
  workspace: Workspace,
  catalogVersion: string,
): Payload {
  const asOf = parseCatalogVersion(catalogVersion);
  if (!asOf) throw new Error(`not a catalog version: "${catalogVersion}"`);
  return {
    c: catalogVersion,
    r: RULES,
    ...(workspace.open !== 0 ? { a: workspace.open } : {}),
    s: workspace.scenarios.map((scenario, i) =>
      compactScenario(scenario, i, asOf),
    ),
  };
}

function expandOption(
  option: CompactOption,
  key: string,
  path: string,
  asOf: string,
): Result<OptionForm> {
  if (option.t === "a") {
    const offer = findApiOffer(option.i);
    if (!offer)
      return fail(
        `${path}.i`,
        `names an API that is not in the catalog: "${option.i}"`,
      );
    if (
      option.p !== undefined &&
      !offer.prices.some((p) => p.label === option.p)
    ) {
      return fail(
        `${path}.p`,
        `names a price that ${offer.model} does not have: "${option.p}"`,
      );
    }
    return ok({ ...apiForm(key, option.i, option.p, asOf), ...option.d });
  }
  if (!findOpenModel(option.m))
    return fail(
      `${path}.m`,
      `names a model that is not in the catalog: "${option.m}"`,
    );
  if (!findGpu(option.g))
    return fail(
      `${path}.g`,
      `names a GPU that is not in the catalog: "${option.g}"`,
    );
  return ok({
    ...selfHostForm(
      key,
      option.m,
      option.g,
      Number(option.n) || 1,
      option.w,
      asOf,
    ),
    gpusPerReplica: option.n,
    ...option.d,
  });
}

/** The default options as a payload made under `rules` meant them: older ones typed 8 GPUs. */
function defaultOptionsUnder(rules: number, asOf: string): OptionForm[] {
  const options = defaultOptions(asOf);
  if (rules >= AUTOMATIC_COUNT_RULES) return options;
  return options.map((o) =>
    o.kind === "self-host" ? { ...o, gpusPerReplica: TYPED_DEFAULT_GPUS } : o,
  );
}

function expandScenario(
  compact: CompactScenario,
  index: number,
  asOf: string,
  rules: number,
): Result<ScenarioDoc> {
  const path = `s.${index}`;
  const options: OptionForm[] = [];
  if (compact.o) {
    for (const [i, option] of compact.o.entries()) {
      const expanded = expandOption(
        option,
        `o${i + 1}`,
        `${path}.o.${i}`,
        asOf,
      );
      if (!expanded.ok) return expanded;
      options.push(expanded.value);
    }
  } else {
    options.push(...defaultOptionsUnder(rules, asOf));
  }
  const baseline = options[compact.b ?? 0];
  if (!baseline)
    return fail(`${path}.b`, "names an option the scenario does not have");
  const { seed, draws } = compact;
  const simulation = {
    ...(seed !== undefined && { seed }),
    ...(draws !== undefined && { draws }),
  };
  if (rules >= TOKENS_FOLLOW_BASELINE_RULES)
    return ok({
      name: compact.n ?? defaultName(index),
      workload: { ...defaultWorkload(), ...compact.w },
      options,
      baselineKey: baseline.key,
      ...simulation,
    });
  return ok({
    name: compact.n ?? defaultName(index),
    ...migrateTokens(
      { ...defaultWorkload(), ...compact.w },
      options,
      baseline.key,
    ),
    baselineKey: baseline.key,
    ...simulation,
  });
}

export interface ExpandedPayload {
  workspace: Workspace;
  /** The catalog version the payload was made with. */
  catalogVersion: string;
  /** The date (ISO) whose catalog prices fill what the payload leaves out. */
  pricesAsOf: string;
  /**
   * The payload was made with a newer catalog than this build's. Its defaults are then priced with
   * this build's catalog, the newest it knows, and may differ from the numbers it was made with.
   */
  newerCatalog: boolean;
}

/**
 * Validates untrusted payload data and expands it into a workspace, its defaults priced as of the
 * payload's catalog date.
 */
export function fromPayload(data: unknown): Result<ExpandedPayload> {
  const payload = validate(payloadSchema, data);
  if (!payload.ok) return payload;
  const madeOn = parseCatalogVersion(payload.value.c)!;
  const newerCatalog = madeOn > catalogDate;
  const pricesAsOf = newerCatalog ? catalogDate : madeOn;
  const scenarios: ScenarioDoc[] = [];
  for (const [i, compact] of payload.value.s.entries()) {
    const scenario = expandScenario(
      compact,
      i,
      pricesAsOf,
      payload.value.r ?? 1,
    );
    if (!scenario.ok) return scenario;
    scenarios.push(scenario.value);
  }
  const open = payload.value.a ?? 0;
  if (open >= scenarios.length)
    return fail("a", "names a scenario the workspace does not have");
  return ok({
    workspace: { scenarios, open },
    catalogVersion: payload.value.c,
    pricesAsOf,
    newerCatalog,
  });
}
