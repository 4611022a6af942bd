/**
 * The form as the engine's Scenario. Every numeric field has a rule; a value outside it becomes a
 * message keyed by the field's path, and the scenario is withheld.
 */
import {
  assumptions,
  findApiOffer,
  findGpu,
  findOpenModel,
  offerLabel,
  verbosityFactor,
  type TokenPrices,
} from "../catalog";
import { DEFAULT_SETUP_MONTHS } from "../engine/defaults";
import type {
  ApiOption,
  CostOption,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";
import { PERIODS_PER_MONTH } from "../engine/units";
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

interface Rule {
  min: number;
  max: number;
  /** Whether the minimum itself is allowed. */
  minInclusive?: boolean;
  whole?: boolean;
  /** Empty text is allowed and means "use the default". */
  optional?: boolean;
}

const fmt = (n: number) =>
  n.toLocaleString("en-US", { maximumSignificantDigits: 7 });

function ruleText(rule: Rule): string {
  const kind = rule.whole ? "a whole number" : "a number";
  if (rule.minInclusive === false)
    return `Enter ${kind} above ${fmt(rule.min)}, at most ${fmt(rule.max)}.`;
  return `Enter ${kind} from ${fmt(rule.min)} to ${fmt(rule.max)}.`;
}

/**
 * A plain decimal: digits with an optional point and exponent, commas only as thousands
 * separators ("1,500"). "0,5" is refused rather than read as 5, and "0x10" rather than as 16.
 */
function parseDecimal(text: string): number | null {
  const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)
    ? text.replace(/,/g, "")
    : text;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)
    ? Number(plain)
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

/** Collects numbers and messages while a scenario is assembled. */
class Reader {
  errors: FieldErrors = {};

  number(path: string, text: string, rule: Rule): number {
    const read = readNumber(text, rule);
    if (read.ok) return read.value ?? Number.NaN;
    this.errors[path] = read.message;
    return Number.NaN;
  }

  optional(path: string, text: string, rule: Rule): number | undefined {
    const read = readNumber(text, { ...rule, optional: true });
    if (read.ok) return read.value;
    this.errors[path] = read.message;
    return undefined;
  }
}

const PERCENT: Rule = { min: 0, max: 100 };
const PRICE: Rule = { min: 0, max: 10_000 };
const USD: Rule = { min: 0, max: 1e12 };

function readWorkload(r: Reader, w: WorkloadForm): Workload {
  const p = (field: keyof WorkloadForm) => workloadPath(field);
  // The engine takes 1 to 10^13 requests a month; the field holds them per the chosen period.
  const perMonth = PERIODS_PER_MONTH[w.period];
  const rate = r.number(p("rate"), w.rate, {
    min: Number((1 / perMonth).toPrecision(2)),
    max: 1e13 / perMonth,
  });
  return {
    requestsPerMonth: rate * PERIODS_PER_MONTH[w.period],
    inputTokens: r.number(p("inputTokens"), w.inputTokens, {
      min: 0,
      max: 10_000_000,
    }),
    outputTokens: r.number(p("outputTokens"), w.outputTokens, {
      min: 1,
      max: 10_000_000,
    }),
    cachedShare: r.number(p("cachedPercent"), w.cachedPercent, PERCENT) / 100,
    batchShare: r.number(p("batchPercent"), w.batchPercent, PERCENT) / 100,
    peakToAverage: r.number(p("peakToAverage"), w.peakToAverage, {
      min: 1,
      max: 1000,
    }),
    latency: {
      minTokensPerSecond: r.number(
        p("minTokensPerSecond"),
        w.minTokensPerSecond,
        { min: 0.01, max: 100_000 },
      ),
      maxTimeToFirstTokenSeconds: r.number(
        p("maxTimeToFirstTokenSeconds"),
        w.maxTimeToFirstTokenSeconds,
        {
          min: 0.001,
          max: 3600,
        },
      ),
    },
  };
}

function readPrices(r: Reader, path: string, fields: PriceFields): TokenPrices {
  return {
    inputPerM: r.number(`${path}.input`, fields.input, PRICE),
    cachedInputPerM: r.number(`${path}.cached`, fields.cached, PRICE),
    outputPerM: r.number(`${path}.output`, fields.output, PRICE),
  };
}

function readApi(r: Reader, form: ApiForm, referenceModel: string): ApiOption {
  const path = (field: string) => optionPath(form.key, field);
  const offer = findApiOffer(form.offerId);
  const point = pricePointOf(form);
  const ranged = point?.quote.status === "unannounced";
  const pricing: ApiOption["pricing"] = ranged
    ? {
        kind: "range",
        low: readPrices(r, path("low"), form.low),
        high: readPrices(r, path("high"), form.high),
      }
    : { kind: "known", prices: readPrices(r, path("prices"), form.prices) };
  if (pricing.kind === "range") {
    for (const [field, key] of [
      ["input", "inputPerM"],
      ["cached", "cachedInputPerM"],
      ["output", "outputPerM"],
    ] as const) {
      if (pricing.low[key] > pricing.high[key])
        r.errors[path(`high.${field}`)] =
          "The high price must not be below the low one.";
    }
  }
  return {
    kind: "api",
    id: form.key,
    label: offer ? offerLabel(offer) : form.offerId,
    pricing,
    batchDiscount:
      r.number(
        path("batchDiscountPercent"),
        form.batchDiscountPercent,
        PERCENT,
      ) / 100,
    longContext: point?.longContext,
    verbosity:
      r.optional(path("verbosity"), form.verbosity, { min: 0.001, max: 100 }) ??
      verbosityFactor(offer?.qualityId, referenceModel),
    contextWindow: offer?.contextWindow,
  };
}

function readSelfHost(
  r: Reader,
  form: SelfHostForm,
  referenceModel: string,
): SelfHostOption | null {
  const path = (field: string) => optionPath(form.key, field);
  const model = findOpenModel(form.modelId);
  const gpu = findGpu(form.gpuId);
  if (!model) r.errors[path("modelId")] = "Pick a model from the catalog.";
  if (!gpu) r.errors[path("gpuId")] = "Pick a GPU from the catalog.";
  const n = (field: keyof SelfHostForm, rule: Rule) =>
    r.number(path(field), String(form[field]), rule);
  const share = (field: keyof SelfHostForm) => {
    const value = r.optional(path(field), String(form[field]), {
      min: 1,
      max: 100,
    });
    return value === undefined ? undefined : value / 100;
  };
  const hosting: SelfHostOption["hosting"] =
    form.hosting === "rented"
      ? {
          mode: "rented",
          usdPerGpuHour: n("usdPerGpuHour", { min: 0, max: 10_000 }),
        }
      : {
          mode: "owned",
          usdPerGpu: n("usdPerGpu", { min: 0, max: 1e8 }),
          years: n("years", { min: 0.25, max: 50 }),
          costOfCapital: n("costOfCapitalPercent", PERCENT) / 100,
          pue: n("pue", { min: 1, max: 5 }),
          usdPerKwh: n("usdPerKwh", { min: 0, max: 100 }),
          nodePowerOverhead: assumptions.nodePowerOverhead.value,
          idlePowerFraction: assumptions.gpuIdlePowerFraction.value,
          colocationUsdPerKwMonth: n("colocationUsdPerKwMonth", {
            min: 0,
            max: 1e6,
          }),
        };
  const efficiency = Object.fromEntries(
    (
      [
        ["bandwidth", share("bandwidthPercent")],
        ["compute", share("computePercent")],
        ["prefill", share("prefillPercent")],
      ] as const
    ).filter(([, value]) => value !== undefined),
  );
  const option = {
    kind: "self-host" as const,
    id: form.key,
    label:
      model && gpu
        ? `${model.name} on ${form.gpusPerReplica} × ${gpu.name}`
        : "Self-hosted",
    gpusPerReplica: n("gpusPerReplica", { min: 1, max: 4096, whole: true }),
    weights: form.weights,
    kv: form.kv,
    verbosity:
      r.optional(path("verbosity"), form.verbosity, { min: 0.001, max: 100 }) ??
      verbosityFactor(model?.qualityId, referenceModel),
    hosting,
    minReplicas: n("minReplicas", { min: 1, max: 1_000_000, whole: true }),
    headroom: n("headroomPercent", { min: 5, max: 100 }) / 100,
    engineerFte: n("engineerFte", { min: 0, max: 10_000 }),
    engineerUsdPerYear: n("engineerUsdPerYear", { min: 0, max: 1e8 }),
    setupUsd: n("setupUsd", USD),
    setupMonths: DEFAULT_SETUP_MONTHS,
    otherUsdPerMonth: n("otherUsdPerMonth", USD),
    efficiency,
    measuredOutputTokensPerSecond: r.optional(
      path("measuredOutputTokensPerSecond"),
      form.measuredOutputTokensPerSecond,
      { min: 0.001, max: 1e9 },
    ),
  };
  return model && gpu ? { ...option, model, gpu } : null;
}

export interface ReadScenario {
  scenario: Scenario | null;
  errors: FieldErrors;
}

/** The form as the engine's scenario, or the messages that stand in its way. */
export function readScenario(
  workload: WorkloadForm,
  options: OptionForm[],
  baselineKey: string,
): ReadScenario {
  const r = new Reader();
  const w = readWorkload(r, workload);
  const costOptions: (CostOption | null)[] = options.map((o) =>
    o.kind === "api"
      ? readApi(r, o, workload.referenceModel)
      : readSelfHost(r, o, workload.referenceModel),
  );
  const complete = costOptions.filter((o): o is CostOption => o !== null);
  if (Object.keys(r.errors).length > 0 || complete.length !== options.length) {
    return { scenario: null, errors: r.errors };
  }
  return {
    scenario: { workload: w, options: complete, baselineId: baselineKey },
    errors: {},
  };
}

/** Engine fields whose form field has another name; the rest keep theirs. */
const WORKLOAD_FIELD: Record<string, keyof WorkloadForm> = {
  requestsPerMonth: "rate",
  cachedShare: "cachedPercent",
  batchShare: "batchPercent",
  "latency.minTokensPerSecond": "minTokensPerSecond",
  "latency.maxTimeToFirstTokenSeconds": "maxTimeToFirstTokenSeconds",
};
const OPTION_FIELD: Record<string, string> = {
  headroom: "headroomPercent",
  batchDiscount: "batchDiscountPercent",
  "hosting.costOfCapital": "costOfCapitalPercent",
  "efficiency.bandwidth": "bandwidthPercent",
  "efficiency.compute": "computePercent",
  "efficiency.prefill": "prefillPercent",
  "pricing.prices.inputPerM": "prices.input",
  "pricing.prices.cachedInputPerM": "prices.cached",
  "pricing.prices.outputPerM": "prices.output",
  "pricing.low.inputPerM": "low.input",
  "pricing.low.cachedInputPerM": "low.cached",
  "pricing.low.outputPerM": "low.output",
  "pricing.high.inputPerM": "high.input",
  "pricing.high.cachedInputPerM": "high.cached",
  "pricing.high.outputPerM": "high.output",
};

/**
 * The form field behind an engine error (`options.1.headroom` → `options.<key>.headroomPercent`),
 * so the message shows beside what the user typed; null when no single field is to blame.
 */
export function formPathOf(
  engineField: string,
  options: OptionForm[],
): string | null {
  const workload = /^workload\.(.+)$/.exec(engineField);
  if (workload)
    return workloadPath(
      WORKLOAD_FIELD[workload[1]!] ?? (workload[1] as keyof WorkloadForm),
    );
  const option = /^options\.(\d+)\.(.+)$/.exec(engineField);
  const form = option && options[Number(option[1])];
  if (!option || !form) return null;
  const field =
    OPTION_FIELD[option[2]!] ?? option[2]!.replace(/^hosting\./, "");
  return optionPath(form.key, field);
}
