/**
 * The scenario as people write it: options name catalog entries (`"offer": "gpt-5.4"`,
 * `"model": "llama-4-maverick"`, `"gpu": "h100-sxm"`) and leave out what the catalog and the
 * defaults know. `resolveScenario` fills everything in and returns the engine's full Scenario,
 * or a typed error naming the field. The format is documented in docs/scenario.md.
 */
import * as v from "valibot";
import {
  assumptions,
  currentPrice,
  findApiOffer,
  findGpu,
  findOpenModel,
  offerLabel,
  qualityFamily,
  qualityRecords,
  referenceQualityId,
  verbosityFactor,
} from "../catalog";
import type {
  ApiOffer,
  Gpu,
  GpuSpec,
  ModelArchitecture,
  OpenModel,
  PricePoint,
  WeightPrecision,
} from "../catalog/types";
import { defaultKvPrecision } from "../engine/architecture";
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
  MIN_DEFAULT_CONCURRENCY,
  REPLICA_SIZES,
} from "../engine/defaults";
import { fail, ok, type Result } from "../engine/result";
import {
  gpuSpecSchema,
  MAX_SCENARIO_OPTIONS,
  modelArchitectureSchema,
  scenarioSchema,
  TOO_MANY_OPTIONS,
  validate,
  workloadSchema,
} from "../engine/schema";
import { servingSetup } from "../engine/replica";
import { memoryFit } from "../engine/serving";
import type {
  ApiOption,
  ApiPricing,
  CostOption,
  Hosting,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";

/** Messages for the written format's objects: unknown and missing fields are named plainly. */
const strictMessage = (issue: v.BaseIssue<unknown>) =>
  issue.expected === "never"
    ? "is not a field of this format (see docs/scenario.md)"
    : issue.received === "undefined"
      ? "is required"
      : "must be an object";

/** A strict object whose listed fields are checked later, by the engine's own schema. */
function fields<const K extends string>(
  required: readonly K[],
  optional: readonly string[],
) {
  const entries: v.ObjectEntries = {};
  for (const key of required) entries[key] = v.unknown();
  for (const key of optional) entries[key] = v.optional(v.unknown());
  return entries;
}

const WORKLOAD_FIELDS = [
  "requestsPerMonth",
  "inputTokens",
  "outputTokens",
  "cachedShare",
  "batchShare",
  "peakToAverage",
  "latency",
] as const;
const OPTION_FIELDS = ["label", "verbosity"];
const API_FIELDS = [
  "pricePoint",
  "pricing",
  "batchDiscount",
  "longContext",
  "contextWindow",
];
const SELF_HOST_FIELDS = [
  "gpusPerReplica",
  "weights",
  "kv",
  "minReplicas",
  "headroom",
  "engineerFte",
  "engineerUsdPerYear",
  "setupUsd",
  "setupMonths",
  "otherUsdPerMonth",
  "efficiency",
  "measuredOutputTokensPerSecond",
];
const HOSTING_FIELDS = [
  "usdPerGpuHour",
  "usdPerGpu",
  "years",
  "costOfCapital",
  "pue",
  "usdPerKwh",
  "nodePowerOverhead",
  "idlePowerFraction",
  "colocationUsdPerKwMonth",
];

const optionSpecSchema = v.variant(
  "kind",
  [
    v.strictObject(
      {
        ...fields([], [...OPTION_FIELDS, ...API_FIELDS]),
        kind: v.literal("api"),
        id: v.optional(v.string("must be text")),
        offer: v.optional(v.string("must be a catalog id")),
      },
      strictMessage,
    ),
    v.strictObject(
      {
        ...fields([], [...OPTION_FIELDS, ...SELF_HOST_FIELDS]),
        kind: v.literal("self-host"),
        id: v.optional(v.string("must be text")),
        model: v.union(
          [v.string(), v.looseObject({})],
          "must be a catalog model id or an architecture object",
        ),
        gpu: v.union(
          [v.string(), v.looseObject({})],
          "must be a catalog GPU id or a GPU object",
        ),
        hosting: v.optional(
          v.strictObject(
            {
              ...fields([], HOSTING_FIELDS),
              mode: v.picklist(["rented", "owned"], "must be rented or owned"),
            },
            strictMessage,
          ),
        ),
      },
      strictMessage,
    ),
  ],
  'must have kind "api" or "self-host"',
);

const specSchema = v.strictObject(
  {
    workload: v.strictObject(
      {
        ...fields(WORKLOAD_FIELDS, []),
        referenceModel: v.optional(
          v.string("must be a model id, e.g. gpt-5.4"),
        ),
      },
      strictMessage,
    ),
    // Counted before any option is read: a file of thousands of options fails at once.
    options: v.pipe(
      v.array(v.unknown(), "must be a list"),
      v.minLength(1, "must hold at least one option"),
      v.maxLength(MAX_SCENARIO_OPTIONS, TOO_MANY_OPTIONS),
      v.array(optionSpecSchema),
    ),
    baseline: v.optional(v.string("must be an option's id")),
  },
  strictMessage,
);

type OptionSpec = v.InferOutput<typeof optionSpecSchema> &
  Record<string, unknown>;

function pickPricePoint(
  offer: ApiOffer,
  label: string | undefined,
): PricePoint | undefined {
  if (label === undefined) return currentPrice(offer);
  return offer.prices.find(
    (p) => p.label === label || p.label.startsWith(label),
  );
}

function pricingOf(point: PricePoint): ApiPricing {
  return point.quote.status === "list"
    ? { kind: "known", prices: point.quote.prices }
    : { kind: "range", low: point.quote.low, high: point.quote.high };
}

function resolveApi(
  spec: OptionSpec,
  field: string,
  referenceFamily: string,
): Result<ApiOption> {
  let offer: ApiOffer | undefined;
  let point: PricePoint | undefined;
  if (spec.offer !== undefined) {
    offer = findApiOffer(spec.offer as string);
    if (!offer)
      return fail(`${field}.offer`, `is not in the catalog: "${spec.offer}"`);
    point = pickPricePoint(offer, spec.pricePoint as string | undefined);
    if (!point) {
      const labels = offer.prices.map((p) => `"${p.label}"`).join(", ");
      return fail(`${field}.pricePoint`, `must be one of ${labels}`);
    }
  } else if (spec.pricing === undefined) {
    return fail(
      `${field}.offer`,
      "is needed (a catalog id) unless pricing is given",
    );
  }
  const id = (spec.id as string | undefined) ?? offer?.id ?? "api";
  return ok({
    kind: "api",
    id,
    label:
      (spec.label as string | undefined) ?? (offer ? offerLabel(offer) : id),
    pricing: (spec.pricing as ApiPricing | undefined) ?? pricingOf(point!),
    batchDiscount:
      (spec.batchDiscount as number | undefined) ?? point?.batchDiscount ?? 0,
    longContext:
      (spec.longContext as ApiOption["longContext"]) ?? point?.longContext,
    verbosity:
      (spec.verbosity as number | undefined) ??
      verbosityFactor(offer?.qualityId, referenceFamily),
    contextWindow:
      (spec.contextWindow as number | undefined) ?? offer?.contextWindow,
  });
}

function resolveModel(
  value: unknown,
  field: string,
): Result<ModelArchitecture & Partial<OpenModel>> {
  if (typeof value === "string") {
    const model = findOpenModel(value);
    return model ? ok(model) : fail(field, `is not in the catalog: "${value}"`);
  }
  return validate(modelArchitectureSchema, value, field);
}

function resolveGpu(
  value: unknown,
  field: string,
): Result<GpuSpec & Partial<Gpu>> {
  if (typeof value === "string") {
    const gpu = findGpu(value);
    return gpu ? ok(gpu) : fail(field, `is not in the catalog: "${value}"`);
  }
  return validate(gpuSpecSchema, value, field);
}

function resolveHosting(
  spec: Record<string, unknown> | undefined,
  gpu: GpuSpec & Partial<Gpu>,
  field: string,
): Result<Hosting> {
  if (!spec || spec.mode === "rented") {
    const usdPerGpuHour =
      (spec?.usdPerGpuHour as number | undefined) ?? gpu.rental?.typical;
    if (usdPerGpuHour === undefined) {
      return fail(
        `${field}.usdPerGpuHour`,
        "is needed for a GPU outside the catalog",
      );
    }
    return ok({ mode: "rented", usdPerGpuHour });
  }
  const purchase = gpu.purchase && (gpu.purchase.low + gpu.purchase.high) / 2;
  if (purchase === undefined && spec.usdPerGpu === undefined) {
    return fail(
      `${field}.usdPerGpu`,
      "is needed for a GPU outside the catalog",
    );
  }
  return ok({
    mode: "owned",
    usdPerGpu: (purchase ?? 0) + assumptions.serverCostPerGpuUsd.value,
    years: assumptions.hardwareYears.value,
    costOfCapital: assumptions.costOfCapital.value,
    pue: assumptions.pue.value,
    usdPerKwh: assumptions.electricityUsdPerKwh.value,
    nodePowerOverhead: assumptions.nodePowerOverhead.value,
    idlePowerFraction: assumptions.gpuIdlePowerFraction.value,
    colocationUsdPerKwMonth: assumptions.colocationUsdPerKwMonth.value,
    ...spec,
  } as Hosting);
}

/** The smallest replica (in GPUs) that holds the model and a few full requests. */
function defaultReplicaSize(
  option: Omit<SelfHostOption, "gpusPerReplica">,
  workload: Workload,
): number {
  const fits = (gpusPerReplica: number) =>
    memoryFit(servingSetup({ ...option, gpusPerReplica }, workload))
      .maxConcurrency >= MIN_DEFAULT_CONCURRENCY;
  return REPLICA_SIZES.find(fits) ?? Math.max(...REPLICA_SIZES);
}

function resolveSelfHost(
  spec: OptionSpec,
  field: string,
  referenceFamily: string,
  workload: Workload,
): Result<SelfHostOption> {
  const model = resolveModel(spec.model, `${field}.model`);
  if (!model.ok) return model;
  const gpu = resolveGpu(spec.gpu, `${field}.gpu`);
  if (!gpu.ok) return gpu;
  const hosting = resolveHosting(
    spec.hosting as Record<string, unknown> | undefined,
    gpu.value,
    `${field}.hosting`,
  );
  if (!hosting.ok) return hosting;
  const weights =
    (spec.weights as WeightPrecision | undefined) ??
    model.value.nativeWeights ??
    "bf16";
  const verbosity =
    (spec.verbosity as number | undefined) ??
    verbosityFactor(model.value.qualityId, referenceFamily);
  const id =
    (spec.id as string | undefined) ??
    `${model.value.id ?? "model"}-on-${gpu.value.id ?? "gpu"}`;
  const partial = {
    kind: "self-host" as const,
    id,
    label:
      (spec.label as string | undefined) ??
      `${model.value.name} on ${gpu.value.name}`,
    model: model.value,
    gpu: gpu.value,
    weights,
    kv:
      (spec.kv as SelfHostOption["kv"] | undefined) ??
      defaultKvPrecision(weights),
    verbosity,
    hosting: hosting.value,
    minReplicas:
      (spec.minReplicas as number | undefined) ?? DEFAULT_MIN_REPLICAS,
    headroom: (spec.headroom as number | undefined) ?? DEFAULT_HEADROOM,
    engineerFte:
      (spec.engineerFte as number | undefined) ?? DEFAULT_ENGINEER_FTE,
    engineerUsdPerYear:
      (spec.engineerUsdPerYear as number | undefined) ??
      assumptions.engineerLoadedYearlyUsd.value,
    setupUsd: (spec.setupUsd as number | undefined) ?? 0,
    setupMonths:
      (spec.setupMonths as number | undefined) ?? DEFAULT_SETUP_MONTHS,
    otherUsdPerMonth: (spec.otherUsdPerMonth as number | undefined) ?? 0,
    efficiency: spec.efficiency as SelfHostOption["efficiency"],
    measuredOutputTokensPerSecond: spec.measuredOutputTokensPerSecond as
      number | undefined,
  };
  const gpusPerReplica =
    (spec.gpusPerReplica as number | undefined) ??
    defaultReplicaSize(partial, workload);
  return ok({ ...partial, gpusPerReplica });
}

/** Resolves a written scenario into the engine's, then validates every number of it. */
export function resolveScenario(input: unknown): Result<Scenario> {
  const spec = validate(specSchema, input);
  if (!spec.ok) return spec;
  const { workload: workloadSpec, options: optionSpecs, baseline } = spec.value;
  const { referenceModel, ...workloadFields } = workloadSpec;
  const workload = validate(workloadSchema, workloadFields, "workload");
  if (!workload.ok) return workload;

  const baselineIndex =
    baseline === undefined ? 0 : findBaseline(optionSpecs, baseline);
  if (baselineIndex < 0)
    return fail(
      "baseline",
      `must be the id, offer or model of one of the options: "${baseline}"`,
    );
  const reference = referenceFamily(
    referenceModel,
    optionSpecs[baselineIndex]!,
  );
  if (!reference.ok) return reference;

  const options: CostOption[] = [];
  const distinctId = idAllocator();
  for (const [i, optionSpec] of optionSpecs.entries()) {
    const field = `options.${i}`;
    const resolved =
      optionSpec.kind === "api"
        ? resolveApi(optionSpec, field, reference.value)
        : resolveSelfHost(optionSpec, field, reference.value, workload.value);
    if (!resolved.ok) return resolved;
    options.push({
      ...resolved.value,
      id: distinctId(resolved.value.id, optionSpec.id),
    });
  }
  return validate(scenarioSchema, {
    workload: workload.value,
    options,
    baselineId: options[baselineIndex]!.id,
  });
}

/** The baseline named by option id, or else by the offer or model it uses. */
function findBaseline(options: OptionSpec[], baseline: string): number {
  const byId = options.findIndex((o) => o.id === baseline);
  if (byId >= 0) return byId;
  return options.findIndex((o) => o.offer === baseline || o.model === baseline);
}

/**
 * Ids for options in order: a defaulted id that repeats an earlier option's gets a number; an id
 * the user wrote is kept. Each id's next number is remembered, so n options take linear time.
 */
function idAllocator() {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (id: string, written: string | undefined): string => {
    let candidate = id;
    if (written === undefined) {
      let n = next.get(id) ?? 2;
      while (used.has(candidate)) candidate = `${id}-${n++}`;
      next.set(id, n);
    }
    used.add(candidate);
    return candidate;
  };
}

/**
 * Whose output tokens the workload counts: the named model, or by default the baseline's own, so
 * the baseline's verbosity is 1.
 */
function referenceFamily(
  named: string | undefined,
  baseline: OptionSpec,
): Result<string> {
  if (named !== undefined) {
    return qualityRecords.some((q) => qualityFamily(q.id) === named)
      ? ok(named)
      : fail(
          "workload.referenceModel",
          `has no Intelligence Index record: "${named}"`,
        );
  }
  const qualityId =
    baseline.kind === "api" && typeof baseline.offer === "string"
      ? findApiOffer(baseline.offer)?.qualityId
      : baseline.kind === "self-host" && typeof baseline.model === "string"
        ? findOpenModel(baseline.model)?.qualityId
        : undefined;
  return ok(qualityFamily(qualityId ?? referenceQualityId));
}
