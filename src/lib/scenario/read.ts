/**
 * The form as the engine's Scenario. Every number is read by its rule in the field table; a value
 * outside it becomes a message keyed by the field's path, and the scenario is withheld. What the
 * fields build is then checked whole by the engine's own schema, which also gives it its type.
 */
import {
  findApiOffer,
  findGpu,
  findOpenModel,
  offerLabel,
  offersEffort,
  qualityFamily,
  selfHostLabel,
} from "../catalog";
import { DEFAULT_SETUP_MONTHS } from "../engine/defaults";
import { powerAssumptions } from "./defaults";
import { MAX_SCENARIO_OPTIONS } from "../engine/limits";
import { optionAutomaticCount } from "../engine/gpu-count";
import type { CostOption, Scenario, Workload } from "../engine/types";
import { PERIODS_PER_MONTH } from "../engine/units";
import { formatSignificant } from "../format";
import {
  API_NUMBERS,
  formLimit,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  shownFor,
  WORKLOAD_NUMBERS,
  type FieldSpec,
  setPath,
} from "./fields";
import { formQualityId, indexFactor, scenarioReference } from "./tokens";
import { endsProblem, splitRange } from "./range-text";
import {
  optionPath,
  pricePointOf,
  workloadPath,
  type ApiForm,
  type FieldErrors,
  type OptionForm,
  type PriceFields,
  type SelfHostForm,
  type WorkloadForm,
} from "./form";

export interface Rule {
  min: number;
  max: number;
  /** Whether the minimum itself is allowed. */
  minInclusive?: boolean;
  whole?: boolean;
  /** Empty text is allowed and means "use the default". */
  optional?: boolean;
}

const fmt = (n: number) => formatSignificant(n);

function ruleText(rule: Rule): string {
  const kind = rule.whole ? "a whole number" : "a number";
  if (rule.minInclusive === false)
    return `Enter ${kind} above ${fmt(rule.min)}, at most ${fmt(rule.max)}.`;
  return `Enter ${kind} from ${fmt(rule.min)} to ${fmt(rule.max)}.`;
}

/** What a number may end with, as people write volumes: "2M" is 2,000,000. */
const SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  B: 1e9,
  T: 1e12,
};

/**
 * A plain decimal: digits with an optional point and exponent, commas or spaces only as thousands
 * separators ("1,500", "2 000 000"), and an optional k, M, B or T ("2M"). "0,5" is refused rather
 * than read as 5, and "0x10" rather than as 16.
 */
function parseDecimal(text: string): number | null {
  const factor = SUFFIXES[text.at(-1)!] ?? 1;
  const body = factor === 1 ? text : text.slice(0, -1).trimEnd();
  const plain = /^\d{1,3}((,\d{3})+|([ \u00a0\u202f]\d{3})+)(\.\d*)?$/.test(
    body,
  )
    ? body.replace(/[, \u00a0\u202f]/g, "")
    : body;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)
    ? Number(plain) * factor
    : null;
}

/** Reads one field: its number, undefined when optional and empty, or a message. */
export function readNumber(
  text: string,
  rule: Rule,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") {
    return rule.optional
      ? { ok: true, value: undefined }
      : { ok: false, message: `Required. ${ruleText(rule)}` };
  }
  const value = parseDecimal(trimmed);
  if (value === null) {
    const hint = trimmed.includes(",") ? " Use a point for decimals." : "";
    return { ok: false, message: `${ruleText(rule)}${hint}` };
  }
  const belowMin =
    rule.minInclusive === false ? value <= rule.min : value < rule.min;
  if (
    !Number.isFinite(value) ||
    belowMin ||
    value > rule.max ||
    (rule.whole && !Number.isInteger(value))
  ) {
    return { ok: false, message: ruleText(rule) };
  }
  return { ok: true, value };
}

type ReadEnds =
  | { ok: true; low: number; likely: number; high: number }
  | { ok: false; message: string };

/**
 * A range typed into a field as one value ("2–4", "2 to 4", "2–3–4"), each end read by the
 * field's rule; its most likely value is the middle one, or the midpoint. Null when the text is
 * not a range.
 */
export function readRangeText(text: string, rule: Rule): ReadEnds | null {
  const ends = splitRange(text);
  if (!ends) return null;
  const read = (end: string, name: string) => {
    const one = readNumber(end, { ...rule, optional: false });
    return one.ok
      ? (one.value as number)
      : `${name}: ${one.message.replace(/^Required\. /, "")}`;
  };
  const low = read(ends.low, "Low end");
  if (typeof low === "string") return { ok: false, message: low };
  const high = read(ends.high, "High end");
  if (typeof high === "string") return { ok: false, message: high };
  const likely =
    ends.likely === undefined
      ? (low + high) / 2
      : read(ends.likely, "Most likely");
  if (typeof likely === "string") return { ok: false, message: likely };
  const problem = endsProblem(low, likely, high);
  return problem
    ? { ok: false, message: problem }
    : { ok: true, low, likely, high };
}

/** A field that can hold a range reads a typed range as its most likely value. */
function readValue(text: string, rule: Rule, range: boolean) {
  const ends = range ? readRangeText(text, rule) : null;
  if (!ends) return readNumber(text, rule);
  return ends.ok ? { ok: true as const, value: ends.likely } : ends;
}

/** Collects numbers and messages while a scenario is assembled. */
class Reader {
  errors: FieldErrors = {};

  /** A field's number in the engine's units; NaN (and a message) when it cannot be read. */
  number(
    path: string,
    text: string,
    rule: Rule,
    scale = 1,
    range = false,
  ): number {
    const read = readValue(text, rule, range);
    if (!read.ok) this.errors[path] = read.message;
    return read.ok && read.value !== undefined
      ? read.value / scale
      : Number.NaN;
  }

  /** A field of the table; undefined when it is optional and left empty. */
  field(path: string, text: string, field: FieldSpec): number | undefined {
    const read = readValue(
      text,
      { ...formLimit(field), optional: field.optional },
      field.range,
    );
    if (!read.ok) {
      this.errors[path] = read.message;
      return Number.NaN;
    }
    return read.value === undefined
      ? undefined
      : read.value / (field.scale ?? 1);
  }

  /**
   * The table's fields of one form, each at its place in the engine's input (`hosting.pue`
   * nests); fields left out by `skip` and empty optional ones are not set.
   */
  fields<K extends string>(
    table: Record<K, FieldSpec>,
    typed: NoInfer<Record<K, string>>,
    pathOf: NoInfer<(key: K) => string>,
    skip: (field: FieldSpec) => boolean = () => false,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of keysOf(table)) {
      const field = table[key];
      if (skip(field)) continue;
      const value = this.field(pathOf(key), typed[key], field);
      if (value !== undefined) setPath(out, field.engine, value);
    }
    return out;
  }
}

function readWorkload(r: Reader, w: WorkloadForm): unknown {
  const { rate, ...rest } = WORKLOAD_NUMBERS;
  // The field holds requests per the chosen period; the engine's range is per month.
  const perMonth = PERIODS_PER_MONTH[w.period];
  const requestsPerMonth = r.number(
    workloadPath("rate"),
    w.rate,
    {
      min: Number((rate.limit.min / perMonth).toPrecision(2)),
      max: rate.limit.max / perMonth,
    },
    1 / perMonth,
    rate.range,
  );
  return { ...r.fields(rest, w, workloadPath), requestsPerMonth };
}

function readPrices(
  r: Reader,
  path: string,
  fields: PriceFields,
): Record<string, unknown> {
  return r.fields(PRICE_NUMBERS, fields, (key) => `${path}.${key}`);
}

/** A reasoning effort the option's model does not offer (a link may name one) is refused. */
function checkEffort(r: Reader, form: OptionForm) {
  const id = formQualityId(form);
  if (!offersEffort(id && qualityFamily(id), form.effort))
    r.errors[optionPath(form.key, "effort")] =
      "Pick a reasoning effort from the list.";
}

function readApi(
  r: Reader,
  form: ApiForm,
  reference: string | undefined,
): unknown {
  const path = (field: string) => optionPath(form.key, field);
  const offer = findApiOffer(form.offerId);
  const point = pricePointOf(form);
  const pricing =
    point?.quote.status === "unannounced"
      ? {
          kind: "range",
          low: readPrices(r, path("low"), form.low),
          high: readPrices(r, path("high"), form.high),
        }
      : { kind: "known", prices: readPrices(r, path("prices"), form.prices) };
  if (pricing.kind === "range") {
    for (const key of keysOf(PRICE_NUMBERS)) {
      const engine = PRICE_NUMBERS[key].engine;
      if (Number(pricing.low?.[engine]) > Number(pricing.high?.[engine]))
        r.errors[path(`high.${key}`)] =
          "The high price must not be below the low one.";
    }
  }
  checkEffort(r, form);
  return {
    verbosity: indexFactor(form, reference).factor,
    ...r.fields(API_NUMBERS, form, path),
    kind: "api",
    id: form.key,
    label: offer ? offerLabel(offer) : form.offerId,
    pricing,
    longContext: point?.longContext,
    contextWindow: offer?.contextWindow,
  };
}

function readSelfHost(
  r: Reader,
  form: SelfHostForm,
  reference: string | undefined,
): unknown {
  const path = (field: string) => optionPath(form.key, field);
  const model = findOpenModel(form.modelId);
  const gpu = findGpu(form.gpuId);
  if (!model) r.errors[path("modelId")] = "Pick a model from the catalog.";
  if (!gpu) r.errors[path("gpuId")] = "Pick a GPU from the catalog.";
  const typed = r.fields(
    SELF_HOST_NUMBERS,
    form,
    path,
    (field) => !shownFor(field, form),
  );
  const hosting = {
    mode: form.hosting,
    ...(form.hosting === "owned" && powerAssumptions()),
  };
  for (const [key, value] of Object.entries(hosting))
    setPath(typed, `hosting.${key}`, value);
  const gpus = typed.gpusPerReplica;
  checkEffort(r, form);
  return {
    verbosity: indexFactor(form, reference).factor,
    efficiency: {},
    ...typed,
    kind: "self-host",
    id: form.key,
    label:
      model && gpu
        ? selfHostLabel(
            model.name,
            gpu.name,
            typeof gpus === "number" ? gpus : undefined,
          )
        : "Self-hosted",
    model,
    gpu,
    weights: form.weights,
    kv: form.kv,
    stack: form.stack,
    setupMonths: DEFAULT_SETUP_MONTHS,
  };
}

export type ReadScenario =
  | { scenario: Scenario; errors: FieldErrors }
  | {
      scenario: null;
      errors: FieldErrors;
      /** What no single field is to blame for, e.g. a baseline that is gone. */
      unplaced?: string;
    };

/** The form as the engine's scenario, or the messages that stand in its way. */
export function readScenario(
  workload: WorkloadForm,
  options: OptionForm[],
  baselineKey: string,
): ReadScenario {
  const r = new Reader();
  const w = readWorkload(r, workload);
  const reference = scenarioReference(workload, options, baselineKey).family;
  const costOptions = options.map((o) =>
    o.kind === "api" ? readApi(r, o, reference) : readSelfHost(r, o, reference),
  );
  if (Object.keys(r.errors).length > 0)
    return { scenario: null, errors: r.errors };
  const unplaced = wholeProblem(options, baselineKey);
  if (unplaced) return { scenario: null, errors: {}, unplaced };
  // Every number was read within the engine's own limits and the whole passes the schema's
  // cross-field rules above, so this is a valid Scenario without loading the schema into the
  // page; tests/lib/scenario/read.test.ts holds the engine's schema to what this returns.
  const scenario = {
    workload: w,
    options: costOptions,
    baselineId: baselineKey,
  } as Scenario;
  return {
    scenario: {
      ...scenario,
      options: scenario.options.map((o) =>
        withAutomaticCount(o, scenario.workload),
      ),
    },
    errors: {},
  };
}

/** A self-hosted option whose GPU count was left empty, on the automatic count, named with it. */
function withAutomaticCount(option: CostOption, workload: Workload) {
  if (option.kind !== "self-host" || option.gpusPerReplica !== undefined)
    return option;
  const gpusPerReplica = optionAutomaticCount(option, workload);
  return {
    ...option,
    gpusPerReplica,
    label: selfHostLabel(option.model.name, option.gpu.name, gpusPerReplica),
  };
}

/** The engine's rules about the options as a whole, as its schema words them. */
function wholeProblem(
  options: OptionForm[],
  baselineKey: string,
): string | null {
  if (options.length === 0) return "options must hold at least one option";
  if (options.length > MAX_SCENARIO_OPTIONS)
    return `options must hold at most ${MAX_SCENARIO_OPTIONS} options`;
  if (new Set(options.map((o) => o.key)).size !== options.length)
    return "options must have distinct ids";
  if (!options.some((o) => o.key === baselineKey))
    return "baselineId must be the id of one of the options";
  return null;
}

/** Each field's place in the engine's input → its name in the form. */
const byEngine = (table: Record<string, FieldSpec>, prefix = "") =>
  Object.entries(table).map(([key, field]) => [field.engine, prefix + key]);

const WORKLOAD_FIELD: Record<string, string> = Object.fromEntries(
  byEngine(WORKLOAD_NUMBERS),
);
const OPTION_FIELD: Record<string, string> = Object.fromEntries([
  ...byEngine(API_NUMBERS),
  ...byEngine(SELF_HOST_NUMBERS),
  ...(["prices", "low", "high"] as const).flatMap((group) =>
    byEngine(PRICE_NUMBERS, `${group}.`).map(([engine, key]) => [
      `pricing.${group}.${engine}`,
      key,
    ]),
  ),
]);

/**
 * The form field behind an engine error (`options.1.headroom` → `options.<key>.headroomPercent`),
 * so the message shows beside what the user typed; null when no single field is to blame.
 */
export function formPathOf(
  engineField: string,
  options: OptionForm[],
): string | null {
  const workload = /^workload\.(.+)$/.exec(engineField);
  if (workload) {
    const field = WORKLOAD_FIELD[workload[1]!];
    return field ? `workload.${field}` : null;
  }
  const option = /^options\.(\d+)\.(.+)$/.exec(engineField);
  const form = option && options[Number(option[1])];
  if (!option || !form) return null;
  const field = OPTION_FIELD[option[2]!] ?? option[2]!;
  return optionPath(form.key, field);
}
