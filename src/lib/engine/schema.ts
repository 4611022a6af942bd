/**
 * The engine's inputs as schemas: shapes, and the range of every number. Anything reaching the
 * engine from outside (a form, a file, a link) passes here first, so no formula ever sees a value
 * that could turn a result into NaN, Infinity or a negative cost.
 */
import * as v from "valibot";
import type { GpuSpec, ModelArchitecture } from "../catalog/types";
import { KV_PRECISIONS, WEIGHT_PRECISIONS } from "./architecture";
import { LIMITS, MAX_SCENARIO_OPTIONS, type Limit } from "./limits";
import { fail, ok, type Result } from "./result";
import { STACKS } from "./stacks";
import type { Scenario, Workload } from "./types";

// One format for the sixty-odd limits the schemas state as the module loads: `toLocaleString`
// builds a new format for each call (60 calls: 1.3 ms in Node here, 0.2 ms with one format).
let limitFormat: Intl.NumberFormat | undefined;
const formatLimit = (n: number) =>
  (limitFormat ??= new Intl.NumberFormat("en-US", {
    maximumFractionDigits: 6,
  })).format(n);

/** A finite number within [min, max], with a message that says the range. */
function number(min: number, max: number) {
  const message = `must be a number from ${formatLimit(min)} to ${formatLimit(max)}`;
  return v.pipe(
    v.number(message),
    v.finite(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

/** A number within one of the engine's limits. */
const within = (limit: Limit) =>
  limit.whole ? whole(limit.min, limit.max) : number(limit.min, limit.max);

function whole(min: number, max: number) {
  const message = `must be a whole number from ${formatLimit(min)} to ${formatLimit(max)}`;
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

/** ["a", "b", "c"] → "a, b or c". */
const oneOf = (words: readonly string[]) =>
  words.length > 1
    ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`
    : (words[0] ?? "");

/** An object; a missing field is "required" rather than valibot's wording. */
const objectMessage = (issue: v.BaseIssue<unknown>) =>
  issue.received === "undefined" ? "is required" : "must be an object";

function obj<const T extends v.ObjectEntries>(entries: T) {
  return v.object(entries, objectMessage);
}

const share = within(LIMITS.share);
const text = v.pipe(
  v.string("must be text"),
  v.minLength(1, "must not be empty"),
);

export const modelArchitectureSchema = v.pipe(
  obj({
    name: text,
    totalParamsB: number(0.001, 100_000),
    activeParamsB: number(0.001, 100_000),
    layers: whole(1, 1_000),
    hiddenSize: whole(1, 1_000_000),
    attentionHeads: whole(1, 10_000),
    kvHeads: whole(1, 10_000),
    headDim: whole(1, 10_000),
    mla: v.optional(
      obj({
        kvLoraRank: whole(1, 100_000),
        ropeHeadDim: whole(0, 100_000),
      }),
    ),
    moe: v.optional(
      v.pipe(
        obj({
          experts: whole(2, 100_000),
          activeExperts: whole(1, 100_000),
          sharedExperts: whole(0, 100_000),
          layers: v.optional(whole(1, 1_000)),
        }),
        v.forward(
          v.check(
            (moe) => moe.activeExperts < moe.experts,
            "must be fewer than experts",
          ),
          ["activeExperts"],
        ),
      ),
    ),
    maxContext: v.optional(whole(1, 1_000_000_000)),
    slidingWindow: v.optional(
      obj({ layers: whole(0, 1_000), window: whole(1, 100_000_000) }),
    ),
  }),
  v.forward(
    v.check(
      (m) => m.activeParamsB <= m.totalParamsB,
      "must not exceed totalParamsB",
    ),
    ["activeParamsB"],
  ),
  v.forward(
    v.check(
      (m) => (m.slidingWindow?.layers ?? 0) <= m.layers,
      "must not exceed layers",
    ),
    ["slidingWindow", "layers"],
  ),
  v.forward(
    v.check((m) => (m.moe?.layers ?? 0) <= m.layers, "must not exceed layers"),
    ["moe", "layers"],
  ),
  v.forward(
    v.check(
      // A negative always-active part would follow from total = shared + routed, active = shared + routed·k/E.
      (m) =>
        !m.moe ||
        m.activeParamsB >=
          (m.totalParamsB * m.moe.activeExperts) / m.moe.experts,
      "must be at least totalParamsB · activeExperts / experts",
    ),
    ["activeParamsB"],
  ),
  v.forward(
    v.check(
      (m) => !m.moe || m.activeParamsB < m.totalParamsB,
      "must be below totalParamsB for a mixture-of-experts model",
    ),
    ["activeParamsB"],
  ),
) satisfies v.GenericSchema<unknown, ModelArchitecture>;

export const gpuSpecSchema = obj({
  name: text,
  memoryGB: number(1, 100_000),
  bandwidthTBs: number(0.01, 1_000),
  tflops: obj({
    bf16: number(1, 1_000_000),
    fp8: v.nullable(number(1, 1_000_000)),
    fp4: v.nullable(number(1, 1_000_000)),
  }),
  tdpW: number(1, 100_000),
  interconnectGBs: v.optional(number(0.1, 100_000)),
}) satisfies v.GenericSchema<unknown, GpuSpec & { interconnectGBs?: number }>;

export const workloadSchema = obj({
  requestsPerMonth: within(LIMITS.requestsPerMonth),
  inputTokens: within(LIMITS.inputTokens),
  outputTokens: within(LIMITS.outputTokens),
  cachedShare: share,
  batchShare: share,
  cacheWriteShare: v.optional(share),
  longContextShare: v.optional(share),
  peakToAverage: within(LIMITS.peakToAverage),
  latency: obj({
    minTokensPerSecond: within(LIMITS.minTokensPerSecond),
    maxTimeToFirstTokenSeconds: within(LIMITS.maxTimeToFirstTokenSeconds),
  }),
}) satisfies v.GenericSchema<unknown, Workload>;

const pricePerM = within(LIMITS.pricePerM);
const tokenPricesSchema = obj({
  inputPerM: pricePerM,
  cachedInputPerM: pricePerM,
  outputPerM: pricePerM,
});

const pricingSchema = v.variant("kind", [
  obj({ kind: v.literal("known"), prices: tokenPricesSchema }),
  v.pipe(
    obj({
      kind: v.literal("range"),
      low: tokenPricesSchema,
      high: tokenPricesSchema,
    }),
    v.forward(
      v.check(
        (r) =>
          r.low.inputPerM <= r.high.inputPerM &&
          r.low.cachedInputPerM <= r.high.cachedInputPerM &&
          r.low.outputPerM <= r.high.outputPerM,
        "each low price must not exceed its high price",
      ),
      ["low"],
    ),
  ),
]);

const optionBase = {
  id: text,
  label: text,
  verbosity: within(LIMITS.verbosity),
  successRate: v.optional(within(LIMITS.successRate)),
};

export const apiOptionSchema = obj({
  ...optionBase,
  kind: v.literal("api"),
  pricing: pricingSchema,
  batchDiscount: share,
  longContext: v.optional(
    obj({
      thresholdTokens: number(1, 100_000_000),
      inputPerM: pricePerM,
      cachedInputPerM: pricePerM,
      outputPerM: pricePerM,
    }),
  ),
  cacheWritePerM: v.optional(pricePerM),
  cacheStoragePerMHour: v.optional(within(LIMITS.cacheStoragePerMHour)),
  cacheStorageTokens: v.optional(within(LIMITS.cacheStorageTokens)),
  cacheStorageHours: v.optional(within(LIMITS.cacheStorageHours)),
  contextWindow: v.optional(whole(1, 100_000_000)),
});

export const rentedSchema = obj({
  mode: v.literal("rented"),
  usdPerGpuHour: within(LIMITS.usdPerGpuHour),
  reservedDiscount: v.optional(within(LIMITS.reservedDiscount)),
});
export const ownedSchema = obj({
  mode: v.literal("owned"),
  usdPerGpu: within(LIMITS.usdPerGpu),
  years: within(LIMITS.years),
  residualShare: v.optional(share),
  costOfCapital: share,
  pue: within(LIMITS.pue),
  usdPerKwh: within(LIMITS.usdPerKwh),
  nodePowerOverhead: number(1, 10),
  idlePowerFraction: share,
  colocationUsdPerKwMonth: within(LIMITS.colocationUsdPerKwMonth),
});
const hostingSchema = v.variant("mode", [rentedSchema, ownedSchema]);

/** Overrides of the calibrated factors; keys of older files no longer used are dropped, as any unknown key. */
const efficiencySchema = v.partial(
  obj({
    bandwidth: within(LIMITS.efficiency),
    kvBandwidth: within(LIMITS.efficiency),
    compute: within(LIMITS.efficiency),
    fp4Compute: within(LIMITS.efficiency),
    prefill: within(LIMITS.efficiency),
    mlaAttention: within(LIMITS.efficiency),
    moeCompute: within(LIMITS.efficiency),
    layerSeconds: number(0, 1),
    stepOverheadSeconds: number(0, 10),
    collectiveLatencySeconds: number(0, 1),
    interNodeCollectiveLatencySeconds: number(0, 1),
    weightOnly: within(LIMITS.efficiency),
    linkEfficiency: within(LIMITS.efficiency),
    memoryUtilization: number(0.01, 1),
    reservePerGpuGB: number(0, 10_000),
    maxBatch: whole(1, 1_000_000),
    chunkTokens: whole(1, 10_000_000),
    expertImbalance: number(1, 10),
    amdCompute: within(LIMITS.efficiency),
    amdBandwidth: within(LIMITS.efficiency),
  }),
);

export const selfHostOptionSchema = obj({
  ...optionBase,
  kind: v.literal("self-host"),
  model: modelArchitectureSchema,
  gpu: gpuSpecSchema,
  gpusPerReplica: within(LIMITS.gpusPerReplica),
  weights: v.picklist(WEIGHT_PRECISIONS, `must be ${oneOf(WEIGHT_PRECISIONS)}`),
  kv: v.picklist(KV_PRECISIONS, `must be ${oneOf(KV_PRECISIONS)}`),
  hosting: hostingSchema,
  minReplicas: within(LIMITS.minReplicas),
  headroom: within(LIMITS.headroom),
  engineerFte: within(LIMITS.engineerFte),
  engineerUsdPerYear: within(LIMITS.engineerUsdPerYear),
  setupUsd: within(LIMITS.usd),
  setupMonths: within(LIMITS.setupMonths),
  otherUsdPerMonth: within(LIMITS.usd),
  stack: v.optional(v.picklist(STACKS, `must be ${oneOf(STACKS)}`)),
  efficiency: v.optional(efficiencySchema),
  measuredOutputTokensPerSecond: v.optional(
    within(LIMITS.measuredOutputTokensPerSecond),
  ),
});

export const TOO_MANY_OPTIONS = `must hold at most ${MAX_SCENARIO_OPTIONS} options`;

export const scenarioSchema = v.pipe(
  obj({
    workload: workloadSchema,
    options: v.pipe(
      v.array(
        v.variant("kind", [apiOptionSchema, selfHostOptionSchema]),
        "must be a list",
      ),
      v.minLength(1, "must hold at least one option"),
      v.maxLength(MAX_SCENARIO_OPTIONS, TOO_MANY_OPTIONS),
      v.check(
        (options) => new Set(options.map((o) => o.id)).size === options.length,
        "must have distinct ids",
      ),
    ),
    baselineId: text,
  }),
  v.forward(
    v.check(
      (s) => s.options.some((o) => o.id === s.baselineId),
      "must be the id of one of the options",
    ),
    ["baselineId"],
  ),
) satisfies v.GenericSchema<unknown, Scenario>;

/** Validates untrusted input against a schema: the value, or the first problem with its field. */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix = "",
): Result<T> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue) ?? "";
  const field = [prefix, path].filter(Boolean).join(".") || prefix || "(input)";
  return fail(field, issue.message);
}
