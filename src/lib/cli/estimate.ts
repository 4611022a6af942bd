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
import { calibratedEfficiency } from "../engine/efficiency";
import {
  gpuSpecSchema,
  modelArchitectureSchema,
  validate,
} from "../engine/schema";
import { memoryFit, servingPoint, type ServingSetup } from "../engine/serving";
import { formatNumber } from "../format";
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
  inputTokens: number;
  outputTokens: number;
  fits: boolean;
  gpus: number;
  weightsGB: number;
  kvBudgetGB: number;
  kvGBPerRequest: number;
  maxConcurrency: number;
  concurrency: number | null;
  outputTokensPerSecond: number | null;
  outputTokensPerSecondPerGpu: number | null;
  perUserOutputTokensPerSecond: number | null;
  timeToFirstTokenSeconds: number | null;
  stepSeconds: number | null;
  bound: "memory" | "compute" | null;
}

function estimate(
  setup: ServingSetup,
  requested: number | undefined,
): EstimateOutput {
  const fit = memoryFit(setup);
  const base = {
    model: setup.model.name,
    gpu: setup.gpu.name,
    weights: setup.weights,
    kv: setup.kv,
    inputTokens: setup.inputTokens,
    outputTokens: setup.outputTokens,
    fits: fit.fits,
    gpus: setup.gpus,
    weightsGB: fit.weightsGB,
    kvBudgetGB: fit.kvBudgetGB,
    kvGBPerRequest: fit.kvGBPerRequest,
    maxConcurrency: fit.maxConcurrency,
  };
  if (!fit.fits) {
    return {
      ...base,
      concurrency: null,
      outputTokensPerSecond: null,
      outputTokensPerSecondPerGpu: null,
      perUserOutputTokensPerSecond: null,
      timeToFirstTokenSeconds: null,
      stepSeconds: null,
      bound: null,
    };
  }
  // Without a concurrency the replica runs offline: as many requests as the KV cache holds.
  const concurrency = Math.min(
    requested ?? fit.maxConcurrency,
    fit.maxConcurrency,
  );
  const point = servingPoint(setup, concurrency);
  return {
    ...base,
    concurrency,
    outputTokensPerSecond: point.outputTokensPerSecond,
    outputTokensPerSecondPerGpu: point.outputTokensPerSecond / setup.gpus,
    perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
    timeToFirstTokenSeconds: point.timeToFirstTokenSeconds,
    stepSeconds: point.stepSeconds,
    bound: point.bound,
  };
}

function describe(out: EstimateOutput, requested: number | undefined): string {
  const head = `${out.model} on ${out.gpus} × ${out.gpu}, ${out.weights} weights, ${out.kv} KV cache, ${formatNumber(out.inputTokens)} in / ${formatNumber(out.outputTokens)} out`;
  const memory = `weights ${formatNumber(out.weightsGB, 1)} GB, KV cache ${formatNumber(out.kvBudgetGB, 1)} GB, ${formatNumber(out.kvGBPerRequest, 3)} GB per request`;
  if (!out.fits) return `${head}\n  does not fit: ${memory}\n`;
  const limited =
    requested !== undefined && requested > out.maxConcurrency
      ? ` (asked ${requested}; the KV cache holds ${out.maxConcurrency})`
      : "";
  const rows: [string, string][] = [
    ["fits", `yes (${memory})`],
    [
      "concurrency",
      `${formatNumber(out.concurrency)}${limited}${requested === undefined ? " (offline: as many as the KV cache holds)" : ""}`,
    ],
    [
      "output tokens/s",
      `${formatNumber(out.outputTokensPerSecond)} (${formatNumber(out.outputTokensPerSecondPerGpu)} per GPU)`,
    ],
    ["per-user tokens/s", formatNumber(out.perUserOutputTokensPerSecond, 1)],
    [
      "time to first token",
      `${formatNumber(out.timeToFirstTokenSeconds, 3)} s`,
    ],
    [
      "decode step",
      `${formatNumber((out.stepSeconds ?? 0) * 1000, 2)} ms, ${out.bound}-bound`,
    ],
  ];
  return (
    [head, ...rows.map(([k, v]) => `  ${k.padEnd(20)} ${v}`)].join("\n") + "\n"
  );
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
  const gpuCount = numberFlag("gpus", values.gpus, {
    min: 1,
    max: 4096,
    whole: true,
  });
  const weights = choiceFlag("weights", values.weights, WEIGHT_PRECISIONS);
  const setup: ServingSetup = {
    model,
    gpu,
    gpus: gpuCount,
    weights,
    kv: choiceFlag("kv", values.kv, KV_PRECISIONS, defaultKvPrecision(weights)),
    inputTokens: numberFlag("input", values.input, { min: 0, max: 10_000_000 }),
    outputTokens: numberFlag("output", values.output, {
      min: 1,
      max: 10_000_000,
    }),
    cachedShare: 0,
    efficiency: calibratedEfficiency,
  };
  const requested =
    values.concurrency === undefined
      ? undefined
      : numberFlag("concurrency", values.concurrency, {
          min: 1,
          max: 10_000_000,
          whole: true,
        });
  const out = estimate(setup, requested);
  io.stdout(
    values.json ? JSON.stringify(out, null, 2) : describe(out, requested),
  );
}
