/**
 * `estimate`: the serving estimator for one replica — does the model fit, how many requests at
 * once, tokens per second for the replica and for each user, time to first token.
 */
import { parseArgs } from "node:util";
import { findGpu, findOpenModel, gpus, openModels } from "../catalog";
import type {
  GpuSpec,
  KvPrecision,
  ModelArchitecture,
  WeightPrecision,
} from "../catalog/types";
import {
  defaultKvPrecision,
  KV_PRECISIONS,
  WEIGHT_PRECISIONS,
} from "../engine/architecture";
import {
  gpuSpecSchema,
  modelArchitectureSchema,
  validate,
} from "../engine/schema";
import { errorRange, regimeOf } from "../engine/error-bands";
import { MAX_GPUS, smallestCount } from "../engine/gpu-count";
import {
  fittingPlans,
  memoryFit,
  planOf,
  servingPoint,
  type ServingSetup,
} from "../engine/serving";
import {
  DEFAULT_STACK,
  STACKS,
  stackEfficiency,
  type Stack,
} from "../engine/stacks";
import { formatNumber, formatPercent } from "../format";
import { readBenchmark, type MeasuredBenchmark } from "../scenario/benchmark";
import { InputError } from "./errors";
import { choiceFlag, numberFlag } from "./flags";
import { isJsonPath, readJson, type Io } from "./io";

/** `--model` or `--gpu`: a catalog id, or a JSON file checked against the engine's schema. */
function catalogOrFile<T>(
  io: Io,
  flag: "--model" | "--gpu",
  value: string | undefined,
  table: readonly { id: string }[],
  find: (id: string) => T | undefined,
  schema: Parameters<typeof validate<T>>[0],
): T {
  const file = `${flag.slice(2)}.json`;
  if (!value)
    throw new InputError(
      `${flag} is required (a catalog id or a ${file} file)`,
    );
  if (!isJsonPath(value)) {
    const found = find(value);
    if (!found) {
      throw new InputError(
        `${flag} "${value}" is not in the catalog (${table.map((r) => r.id).join(", ")})`,
      );
    }
    return found;
  }
  const checked = validate(schema, readJson(io, value, flag));
  if (!checked.ok)
    throw new InputError(
      `${flag} ${value}: ${checked.error.field} ${checked.error.message}`,
    );
  return checked.value;
}

export interface EstimateOutput {
  model: string;
  gpu: string;
  weights: WeightPrecision;
  kv: KvPrecision;
  engine: Stack;
  inputTokens: number;
  outputTokens: number;
  fits: boolean;
  /** The fewest GPUs (whole servers above 8) on which one request fits; null beyond 512. */
  fitsOn: number | null;
  /** "TP8", "DEP8": how the replica's GPUs share the model; null when it does not fit. */
  layout: string | null;
  gpus: number;
  weightsGB: number;
  kvBudgetGB: number;
  kvGBPerRequest: number;
  maxConcurrency: number;
  concurrency: number | null;
  outputTokensPerSecond: number | null;
  outputTokensPerSecondPerGpu: number | null;
  /** p10–p90 of what servers measure where this estimates outputTokensPerSecondPerGpu. */
  outputTokensPerSecondPerGpuRange: [number, number] | null;
  perUserOutputTokensPerSecond: number | null;
  timeToFirstTokenSeconds: number | null;
  stepSeconds: number | null;
  bound: "memory" | "compute" | null;
  /** From `--measured`: the benchmark's figures and the estimate's difference from them. */
  measured?: MeasuredBenchmark & {
    /** Estimated over measured output tokens/s, minus 1: +0.1 is an estimate 10% high. */
    estimateDifference: number | null;
  };
}

function estimate(
  setup: ServingSetup,
  engine: Stack,
  requested: number | undefined,
): EstimateOutput {
  const fit = memoryFit(setup);
  const base = {
    model: setup.model.name,
    gpu: setup.gpu.name,
    weights: setup.weights,
    kv: setup.kv,
    engine,
    fitsOn: smallestCount(setup, { requests: 1 }),
    inputTokens: setup.inputTokens,
    outputTokens: setup.outputTokens,
    fits: fit.fits,
    gpus: setup.gpus,
    weightsGB: fit.weightsGB,
    kvBudgetGB: fit.kvBudgetGB,
    kvGBPerRequest: fit.kvGBPerRequest,
    maxConcurrency: fit.maxConcurrency,
  };
  // Without a concurrency the replica runs offline: as many requests as the KV cache holds.
  const plans = fittingPlans(setup);
  const point = servingPoint(setup, requested ?? Infinity, plans);
  if (!point) {
    return {
      ...base,
      layout: null,
      concurrency: null,
      outputTokensPerSecond: null,
      outputTokensPerSecondPerGpu: null,
      outputTokensPerSecondPerGpuRange: null,
      perUserOutputTokensPerSecond: null,
      timeToFirstTokenSeconds: null,
      stepSeconds: null,
      bound: null,
    };
  }
  const plan = planOf(plans, point);
  const regime = regimeOf(
    setup.inputTokens + setup.outputTokens,
    point.concurrency,
    plan.maxConcurrency,
  );
  const perGpu = point.outputTokensPerSecond / setup.gpus;
  return {
    ...base,
    layout: point.layout,
    maxConcurrency: plan.maxConcurrency,
    concurrency: point.concurrency,
    outputTokensPerSecond: point.outputTokensPerSecond,
    outputTokensPerSecondPerGpu: perGpu,
    outputTokensPerSecondPerGpuRange: errorRange(perGpu, regime),
    perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
    timeToFirstTokenSeconds: point.timeToFirstTokenSeconds,
    stepSeconds: point.stepSeconds,
    bound: point.bound,
  };
}

function describe(out: EstimateOutput, requested: number | undefined): string {
  const head = `${out.model} on ${out.gpus} × ${out.gpu}, ${out.weights} weights, ${out.kv} KV cache, ${formatNumber(out.inputTokens)} in / ${formatNumber(out.outputTokens)} out, ${out.engine}`;
  const memory = `weights ${formatNumber(out.weightsGB, 1)} GB, KV cache ${formatNumber(out.kvBudgetGB, 1)} GB, ${formatNumber(out.kvGBPerRequest, 3)} GB per request`;
  if (!out.fits) {
    const would =
      out.fitsOn === null
        ? ""
        : `; ${formatNumber(out.fitsOn)} × ${out.gpu} would hold it (--gpus ${out.fitsOn} or --gpus auto)`;
    return `${head}\n  does not fit: ${memory}${would}\n`;
  }
  const limited =
    requested !== undefined && requested > out.maxConcurrency
      ? ` (asked ${requested}; the KV cache holds ${out.maxConcurrency})`
      : "";
  const rows: [string, string][] = [
    ["fits", `yes (${memory})`],
    ["layout", out.layout ?? ""],
    [
      "concurrency",
      `${formatNumber(out.concurrency)}${limited}${requested === undefined ? " (offline: as many as the KV cache holds)" : ""}`,
    ],
    [
      "output tokens/s",
      `${formatNumber(out.outputTokensPerSecond)} (${formatNumber(out.outputTokensPerSecondPerGpu)} per GPU; servers measure ${formatNumber(out.outputTokensPerSecondPerGpuRange?.[0])}–${formatNumber(out.outputTokensPerSecondPerGpuRange?.[1])})`,
    ],
    ["per-user tokens/s", formatNumber(out.perUserOutputTokensPerSecond, 1)],
    [
      "time to first token",
      `${formatNumber(out.timeToFirstTokenSeconds, 3)} s`,
    ],
    ...measuredRows(out),
    [
      "decode step",
      `${formatNumber((out.stepSeconds ?? 0) * 1000, 2)} ms per iteration, ${out.bound}-bound`,
    ],
  ];
  return (
    [head, ...rows.map(([k, v]) => `  ${k.padEnd(20)} ${v}`)].join("\n") + "\n"
  );
}

/** The estimate beside a team's own benchmark (`--measured file`). */
function withMeasured(
  out: EstimateOutput,
  io: Io,
  path: string,
): EstimateOutput {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new InputError(`--measured ${path}: cannot be read`);
  }
  const read = readBenchmark(text);
  if (!read.ok)
    throw new InputError(`--measured ${path} ${read.error.message}`);
  const estimate = out.outputTokensPerSecond;
  return {
    ...out,
    measured: {
      ...read.value,
      estimateDifference:
        estimate === null
          ? null
          : estimate / read.value.outputTokensPerSecond - 1,
    },
  };
}

/** `--gpus N`, or `auto`: the fewest GPUs (whole servers above 8) holding the requests asked for. */
function gpuCount(
  setup: Omit<ServingSetup, "gpus">,
  raw: string | undefined,
  requested: number | undefined,
): number {
  if (raw !== "auto")
    return numberFlag("gpus", raw, { min: 1, max: 4096, whole: true });
  const count = smallestCount(setup, { requests: requested ?? 1 });
  if (count === null)
    throw new InputError(
      `--gpus auto: ${setup.model.name} does not fit on up to ${formatNumber(MAX_GPUS)} × ${setup.gpu.name}`,
    );
  return count;
}

function measuredRows(out: EstimateOutput): [string, string][] {
  const m = out.measured;
  if (!m) return [];
  const difference =
    m.estimateDifference === null
      ? ""
      : `; the estimate is ${formatPercent(Math.abs(m.estimateDifference))} ${m.estimateDifference >= 0 ? "higher" : "lower"}`;
  return [
    [
      "measured",
      `${formatNumber(m.outputTokensPerSecond)} output tokens/s (${m.tool})${difference}`,
    ],
  ];
}

export function runEstimate(args: string[], io: Io): void {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      model: { type: "string" },
      gpu: { type: "string" },
      gpus: { type: "string" },
      weights: { type: "string" },
      kv: { type: "string" },
      input: { type: "string" },
      output: { type: "string" },
      concurrency: { type: "string" },
      engine: { type: "string" },
      measured: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  // Flags are checked in the order the usage line gives them, so a bare call names --model first.
  const model = catalogOrFile<ModelArchitecture>(
    io,
    "--model",
    values.model,
    openModels,
    findOpenModel,
    modelArchitectureSchema,
  );
  const gpu = catalogOrFile<GpuSpec & { interconnectGBs?: number }>(
    io,
    "--gpu",
    values.gpu,
    gpus,
    findGpu,
    gpuSpecSchema,
  );
  const weights = choiceFlag("weights", values.weights, WEIGHT_PRECISIONS);
  const engine = choiceFlag("engine", values.engine, STACKS, DEFAULT_STACK);
  const rest: Omit<ServingSetup, "gpus"> = {
    model,
    gpu,
    weights,
    kv: choiceFlag("kv", values.kv, KV_PRECISIONS, defaultKvPrecision(weights)),
    inputTokens: numberFlag("input", values.input, { min: 0, max: 10_000_000 }),
    outputTokens: numberFlag("output", values.output, {
      min: 1,
      max: 10_000_000,
    }),
    cachedShare: 0,
    efficiency: stackEfficiency(engine),
  };
  const requested =
    values.concurrency === undefined
      ? undefined
      : numberFlag("concurrency", values.concurrency, {
          min: 1,
          max: 10_000_000,
          whole: true,
        });
  const setup: ServingSetup = {
    ...rest,
    gpus: gpuCount(rest, values.gpus, requested),
  };
  const estimated = estimate(setup, engine, requested);
  const out =
    values.measured === undefined
      ? estimated
      : withMeasured(estimated, io, values.measured);
  io.stdout(
    values.json ? JSON.stringify(out, null, 2) : describe(out, requested),
  );
}
