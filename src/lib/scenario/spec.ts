/**
 * The scenario as people write it: options name catalog entries (`"offer": "gpt-5.4"`,
 * `"model": "llama-4-maverick"`, `"gpu": "h100-sxm"`) and leave out what the catalog and the
 * defaults know. `resolveScenario` fills everything in and returns the engine's full Scenario,
 * or a typed error naming the field. The format is documented in docs/scenario.md.
 */
import * as v from "valibot";
import {
  currentPrice,
  findApiOffer,
  findGpu,
  findOpenModel,
  offerLabel,
  qualityFamily,
  qualityIdOf,
  qualityRecords,
  referenceFamily as defaultReference,
  selfHostLabel,
  effortTokenFactor,
  offersEffort,
} from "../catalog";
import { effortChoices } from "../catalog/effort-labels";
import type {
  ApiOffer,
  Gpu,
  GpuSpec,
  ModelArchitecture,
  OpenModel,
  PricePoint,
} from "../catalog/types";
import { defaultKvPrecision } from "../engine/architecture";
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
} from "../engine/defaults";
import { MAX_SCENARIO_OPTIONS } from "../engine/limits";
import { fail, ok, type Result } from "../engine/result";
import {
  apiOptionSchema,
  gpuSpecSchema,
  modelArchitectureSchema,
  ownedSchema,
  rentedSchema,
  scenarioSchema,
  selfHostOptionSchema,
  TOO_MANY_OPTIONS,
  validate,
  workloadSchema,
} from "../engine/schema";
import { optionAutomaticCount } from "../engine/gpu-count";
import type {
  ApiOption,
  ApiPricing,
  CostOption,
  Hosting,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";
import {
  catalogDefaults,
  powerAssumptions,
  withDefaults,
  workloadDefaults,
} from "./defaults";

/** Messages for the written format's objects: unknown and missing fields are named plainly. */
const strictMessage = (issue: v.BaseIssue<unknown>) =>
  issue.expected === "never"
    ? "is not a field of this format (see docs/scenario.md)"
    : issue.received === "undefined"
      ? "is required"
      : "must be an object";

const id = v.optional(v.string("must be text"));
/** A reasoning effort the model was measured at (catalog/effort.ts); absent: its default. */
const effort = v.optional(v.string("must be an effort, e.g. low"));
const label = v.optional(v.string("must be text"));

/**
 * An API option: any of the engine's own fields (checked by the engine's own rules), or an offer
 * from the catalog that fills in what is left out.
 */
const apiSpecSchema = v.strictObject(
  {
    ...v.partial(v.omit(apiOptionSchema, ["kind", "id", "label"])).entries,
    kind: v.literal("api"),
    id,
    label,
    offer: v.optional(v.string("must be a catalog id")),
    pricePoint: v.optional(v.string("must be a price point's label")),
    effort,
  },
  strictMessage,
);

/** How the GPUs are paid for; what is left out comes from the catalog. */
const hostingSpecSchema = v.variant(
  "mode",
  [
    v.strictObject(
      {
        ...v.partial(v.omit(rentedSchema, ["mode"])).entries,
        mode: v.literal("rented"),
      },
      strictMessage,
    ),
    v.strictObject(
      {
        ...v.partial(v.omit(ownedSchema, ["mode"])).entries,
        mode: v.literal("owned"),
      },
      strictMessage,
    ),
  ],
  "must be rented or owned",
);

/** A self-hosted option: a catalog model and GPU (by id) or their specs, and any engine field. */
const selfHostSpecSchema = v.strictObject(
  {
    ...v.partial(
      v.omit(selfHostOptionSchema, [
        "kind",
        "id",
        "label",
        "model",
        "gpu",
        "hosting",
      ]),
    ).entries,
    kind: v.literal("self-host"),
    id,
    label,
    // Checked in full once resolved, so a spec's messages name the field at fault.
    model: v.union(
      [v.string(), v.looseObject({})],
      "must be a catalog model id or an architecture object",
    ),
    gpu: v.union(
      [v.string(), v.looseObject({})],
      "must be a catalog GPU id or a GPU object",
    ),
    hosting: v.optional(hostingSpecSchema),
    effort,
  },
  strictMessage,
);

const optionSpecSchema = v.variant(
  "kind",
  [apiSpecSchema, selfHostSpecSchema],
  'must have kind "api" or "self-host"',
);

const specSchema = v.strictObject(
  {
    // The volume and the request's size are the file's to state; the rest may be left out.
    workload: v.required(
      v.partial(
        v.strictObject(
          {
            ...workloadSchema.entries,
            latency: v.partial(workloadSchema.entries.latency),
            referenceModel: v.string("must be a model id, e.g. gpt-5.4"),
          },
          strictMessage,
        ),
      ),
      ["requestsPerMonth", "inputTokens", "outputTokens"],
      "is required",
    ),
    // Counted before any option is read, so a file of thousands fails at once.
    options: v.pipe(
      v.array(v.unknown(), "must be a list"),
      v.minLength(1, "must hold at least one option"),
      v.maxLength(MAX_SCENARIO_OPTIONS, TOO_MANY_OPTIONS),
      v.array(optionSpecSchema),
    ),
    baseline: v.optional(v.string("must be an option's id")),
    // Read by ./ranges.ts once the scenario is resolved: they name its options by id.
    ranges: v.optional(v.unknown()),
  },
  strictMessage,
);

type OptionSpec = v.InferOutput<typeof optionSpecSchema>;
type ApiSpec = v.InferOutput<typeof apiSpecSchema>;
type SelfHostSpec = v.InferOutput<typeof selfHostSpecSchema>;

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
  spec: ApiSpec,
  field: string,
  referenceFamily: string | undefined,
): Result<ApiOption> {
  const offer = spec.offer === undefined ? undefined : findApiOffer(spec.offer);
  if (spec.offer !== undefined && !offer)
    return fail(`${field}.offer`, `is not in the catalog: "${spec.offer}"`);
  const point = offer && pickPricePoint(offer, spec.pricePoint);
  if (offer && !point) {
    const labels = offer.prices.map((p) => `"${p.label}"`).join(", ");
    return fail(`${field}.pricePoint`, `must be one of ${labels}`);
  }
  const pricing = spec.pricing ?? (point && pricingOf(point));
  if (!pricing)
    return fail(
      `${field}.offer`,
      "is needed (a catalog id) unless pricing is given",
    );
  const qualityId = offer && qualityIdOf(offer, point);
  const effortProblem = unknownEffort(qualityId, spec.effort, field);
  if (effortProblem) return effortProblem;
  const id = spec.id ?? offer?.id ?? "api";
  return ok({
    kind: "api",
    id,
    label: spec.label ?? (offer ? offerLabel(offer) : id),
    pricing,
    batchDiscount: spec.batchDiscount ?? point?.batchDiscount ?? 0,
    longContext: spec.longContext ?? point?.longContext,
    cacheWritePerM: spec.cacheWritePerM ?? point?.cacheWritePerM,
    cacheStoragePerMHour: spec.cacheStoragePerMHour,
    cacheStorageTokens: spec.cacheStorageTokens,
    cacheStorageHours: spec.cacheStorageHours,
    verbosity:
      spec.verbosity ??
      effortTokenFactor(qualityId, referenceFamily, spec.effort ?? "").factor,
    contextWindow: spec.contextWindow ?? offer?.contextWindow,
    successRate: spec.successRate,
  });
}

/** An effort the option's model was not measured at, as an error naming the field. */
function unknownEffort(
  qualityId: string | undefined,
  effort: string | undefined,
  field: string,
): Result<never> | null {
  if (effort === undefined) return null;
  const family = qualityId && qualityFamily(qualityId);
  if (offersEffort(family, effort)) return null;
  const choices = effortChoices(family)
    .slice(1)
    .map((c) => `"${c.value}"`);
  return fail(
    `${field}.effort`,
    choices.length
      ? `must be one of ${choices.join(", ")} (or left out for the model's default): "${effort}"`
      : `has no efforts measured for this model: "${effort}"`,
  );
}

/** A catalog entry named by its id, or one given in full and checked against its schema. */
function fromCatalogOrGiven<Given, Entry extends Given>(
  value: unknown,
  field: string,
  find: (id: string) => Entry | undefined,
  schema: v.GenericSchema<unknown, Given>,
): Result<Given | Entry> {
  if (typeof value === "string") {
    const entry = find(value);
    return entry ? ok(entry) : fail(field, `is not in the catalog: "${value}"`);
  }
  return validate(schema, value, field);
}

const resolveModel = (
  value: unknown,
  field: string,
): Result<ModelArchitecture & Partial<OpenModel>> =>
  fromCatalogOrGiven(value, field, findOpenModel, modelArchitectureSchema);

const resolveGpu = (
  value: unknown,
  field: string,
): Result<GpuSpec & Partial<Gpu>> =>
  fromCatalogOrGiven(value, field, findGpu, gpuSpecSchema);

/** The hosting the spec names, its figures left out filled from the catalog's defaults. */
function resolveHosting(
  spec: SelfHostSpec["hosting"],
  gpu: GpuSpec & Partial<Gpu>,
  field: string,
): Result<Hosting> {
  const defaults = catalogDefaults(gpu.id);
  if (!spec || spec.mode === "rented") {
    const usdPerGpuHour = spec?.usdPerGpuHour ?? defaults.usdPerGpuHour;
    if (usdPerGpuHour === undefined) {
      return fail(
        `${field}.usdPerGpuHour`,
        "is needed for a GPU outside the catalog",
      );
    }
    return ok({ ...spec, mode: "rented", usdPerGpuHour });
  }
  const usdPerGpu = spec.usdPerGpu ?? defaults.usdPerGpu;
  if (usdPerGpu === undefined) {
    return fail(
      `${field}.usdPerGpu`,
      "is needed for a GPU outside the catalog",
    );
  }
  return ok({
    ...defaults,
    ...powerAssumptions(),
    ...spec,
    usdPerGpu,
  });
}

function resolveSelfHost(
  spec: SelfHostSpec,
  field: string,
  referenceFamily: string | undefined,
  workload: Workload,
): Result<SelfHostOption> {
  const model = resolveModel(spec.model, `${field}.model`);
  if (!model.ok) return model;
  const gpu = resolveGpu(spec.gpu, `${field}.gpu`);
  if (!gpu.ok) return gpu;
  const hosting = resolveHosting(spec.hosting, gpu.value, `${field}.hosting`);
  if (!hosting.ok) return hosting;
  const effortProblem = unknownEffort(
    model.value.qualityId,
    spec.effort,
    field,
  );
  if (effortProblem) return effortProblem;
  const weights = spec.weights ?? model.value.nativeWeights ?? "bf16";
  const partial: Omit<SelfHostOption, "label" | "gpusPerReplica"> = {
    kind: "self-host",
    id: spec.id ?? `${model.value.id ?? "model"}-on-${gpu.value.id ?? "gpu"}`,
    model: model.value,
    gpu: gpu.value,
    weights,
    kv: spec.kv ?? defaultKvPrecision(weights),
    ...(spec.stack && { stack: spec.stack }),
    verbosity:
      spec.verbosity ??
      effortTokenFactor(
        model.value.qualityId,
        referenceFamily,
        spec.effort ?? "",
      ).factor,
    hosting: hosting.value,
    minReplicas: spec.minReplicas ?? DEFAULT_MIN_REPLICAS,
    headroom: spec.headroom ?? DEFAULT_HEADROOM,
    engineerFte: spec.engineerFte ?? DEFAULT_ENGINEER_FTE,
    engineerUsdPerYear:
      spec.engineerUsdPerYear ?? catalogDefaults(undefined).engineerUsdPerYear,
    setupUsd: spec.setupUsd ?? 0,
    setupMonths: spec.setupMonths ?? DEFAULT_SETUP_MONTHS,
    otherUsdPerMonth: spec.otherUsdPerMonth ?? 0,
    efficiency: spec.efficiency,
    measuredOutputTokensPerSecond: spec.measuredOutputTokensPerSecond,
    successRate: spec.successRate,
  };
  const gpusPerReplica =
    spec.gpusPerReplica ?? optionAutomaticCount(partial, workload);
  return ok({
    ...partial,
    label:
      spec.label ??
      selfHostLabel(model.value.name, gpu.value.name, gpusPerReplica),
    gpusPerReplica,
  });
}

/** Resolves a written scenario into the engine's, then validates every number of it. */
export function resolveScenario(input: unknown): Result<Scenario> {
  const resolved = resolveWithReference(input);
  return resolved.ok ? ok(resolved.value.scenario) : resolved;
}

/**
 * The scenario, and the quality family whose output its workload's tokens count (undefined: the
 * baseline has no index record, and every factor is 1).
 */
export function resolveWithReference(
  input: unknown,
): Result<{ scenario: Scenario; reference: string | undefined }> {
  const spec = validate(specSchema, input);
  if (!spec.ok) return spec;
  const { workload: workloadSpec, options: optionSpecs, baseline } = spec.value;
  const { referenceModel, ...given } = workloadSpec;
  const filled = validate(
    workloadSchema,
    withDefaults(workloadDefaults(), given),
    "workload",
  );
  if (!filled.ok) return filled;
  const workload = filled.value;

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
        : resolveSelfHost(optionSpec, field, reference.value, workload);
    if (!resolved.ok) return resolved;
    options.push({
      ...resolved.value,
      id: distinctId(resolved.value.id, optionSpec.id),
    });
  }
  const scenario = validate(scenarioSchema, {
    workload,
    options,
    baselineId: options[baselineIndex]!.id,
  });
  return scenario.ok
    ? ok({ scenario: scenario.value, reference: reference.value })
    : scenario;
}

/** The baseline named by option id, or else by the offer or model it uses. */
function findBaseline(options: OptionSpec[], baseline: string): number {
  const byId = options.findIndex((o) => o.id === baseline);
  if (byId >= 0) return byId;
  return options.findIndex(
    (o) => (o.kind === "api" ? o.offer : o.model) === baseline,
  );
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
 * Whose output tokens the workload counts: the named model, or by default the baseline's own
 * (the page's rule: catalog/quality.ts `referenceFamily`), so the baseline's verbosity is 1.
 * Undefined when the baseline has no index record: every factor is then 1.
 */
function referenceFamily(
  named: string | undefined,
  baseline: OptionSpec,
): Result<string | undefined> {
  if (
    named !== undefined &&
    !qualityRecords.some((q) => qualityFamily(q.id) === named)
  )
    return fail(
      "workload.referenceModel",
      `has no Intelligence Index record: "${named}"`,
    );
  return ok(defaultReference(named, baselineQualityId(baseline)));
}

/** The index record of the model a baseline spec names from the catalog. */
function baselineQualityId(baseline: OptionSpec): string | undefined {
  if (baseline.kind === "self-host")
    return typeof baseline.model === "string"
      ? findOpenModel(baseline.model)?.qualityId
      : undefined;
  const offer =
    baseline.offer === undefined ? undefined : findApiOffer(baseline.offer);
  return (
    offer && qualityIdOf(offer, pickPricePoint(offer, baseline.pricePoint))
  );
}
