/**
 * Workspaces and scenario files a person could make, pushed to the edges: every typed number at
 * an end of its range, a tiny or huge magnitude, or in between; up to 12 scenarios of 20 options.
 * Some values fall just outside a range, so refused fields are exercised too.
 */
import {
  WEIGHT_PRECISIONS,
  KV_PRECISIONS,
} from "../../src/lib/engine/architecture";
import { apiOffers, gpus, openModels } from "../../src/lib/catalog";
import { LIMITS } from "../../src/lib/engine/limits";
import { prepareOption } from "../../src/lib/engine/option-cost";
import {
  HOURS_PER_MONTH,
  PERIODS_PER_MONTH,
  type RatePeriod,
} from "../../src/lib/engine/units";
import { referenceChoices } from "../../src/lib/present/pickers";
import {
  apiForm,
  defaultWorkload,
  selfHostForm,
} from "../../src/lib/scenario/defaults";
import type {
  ApiForm,
  OptionForm,
  PriceFields,
  SelfHostForm,
  WorkloadForm,
} from "../../src/lib/scenario/form";
import {
  MAX_OPTIONS,
  MAX_SCENARIOS,
  type ScenarioDoc,
  type Workspace,
} from "../../src/lib/scenario/workspace";
import { readScenario } from "../../src/lib/scenario/read";
import type { Random } from "./random";

type Range = readonly [min: number, max: number];

/** About the ranges the form reads (scenario/read.ts); the fuzzer need not match them exactly. */
const WORKLOAD_RANGES = {
  inputTokens: [0, 1e7],
  outputTokens: [1, 1e7],
  cachedPercent: [0, 100],
  cacheWritePercent: [0, 100],
  longContextPercent: [0, 100],
  batchPercent: [0, 100],
  peakToAverage: [1, 1000],
  minTokensPerSecond: [0.01, 1e5],
  maxTimeToFirstTokenSeconds: [0.001, 3600],
} as const satisfies Partial<Record<keyof WorkloadForm, Range>>;

const PRICE: Range = [0, 1e4];
const PERCENT: Range = [0, 100];

const SELF_HOST_RANGES = {
  usdPerGpuHour: [0, 1e4],
  reservedDiscountPercent: [0, 95],
  usdPerGpu: [0, 1e8],
  residualPercent: PERCENT,
  years: [0.25, 50],
  costOfCapitalPercent: PERCENT,
  pue: [1, 5],
  usdPerKwh: [0, 100],
  colocationUsdPerKwMonth: [0, 1e6],
  engineerFte: [0, 1e4],
  engineerUsdPerYear: [0, 1e8],
  setupUsd: [0, 1e12],
  otherUsdPerMonth: [0, 1e12],
  headroomPercent: [5, 100],
  minReplicas: [1, 1e6],
} as const satisfies Partial<Record<keyof SelfHostForm, Range>>;

/** Fields left empty by default (the calibrated or derived value), or typed. */
const OPTIONAL_RANGES = {
  verbosity: [0.001, 100],
  successPercent: [1, 100],
  bandwidthPercent: [1, 100],
  computePercent: [1, 100],
  prefillPercent: [1, 100],
  measuredOutputTokensPerSecond: [0.001, 1e9],
} as const satisfies Partial<Record<keyof SelfHostForm, Range>>;

const GPU_COUNTS = [1, 2, 4, 8, 16, 64, 512, 4096];

/** A number in or about `range`: often an end, a tiny or huge magnitude, rarely just outside. */
export function edgeNumber(random: Random, [min, max]: Range): number {
  if (random.chance(0.01))
    return random.chance(0.5) ? max * (1 + 1e-9) : min - 1e-9;
  switch (random.int(0, 5)) {
    case 0:
      return min;
    case 1:
      return max;
    case 2:
      return random.logUniform(Math.max(min, 1e-6), Math.max(max, 1e-6));
    case 3:
      return min + (max - min) * random.next();
    case 4:
      return min === 0
        ? random.pick([1e-308, 5e-324, 1e-12])
        : min * (1 + 1e-6);
    default:
      return Number((min + (max - min) * random.next() ** 4).toPrecision(3));
  }
}

const typed = (random: Random, range: Range) =>
  String(edgeNumber(random, range));

function workload(random: Random): WorkloadForm {
  const period = random.pick(Object.keys(PERIODS_PER_MONTH) as RatePeriod[]);
  const perMonth = PERIODS_PER_MONTH[period];
  const fields = Object.fromEntries(
    Object.entries(WORKLOAD_RANGES).map(([key, range]) => [
      key,
      typed(random, range),
    ]),
  ) as Record<keyof typeof WORKLOAD_RANGES, string>;
  return {
    ...fields,
    rate: typed(random, [1 / perMonth, 1e13 / perMonth]),
    period,
    referenceModel: random.pick(referenceChoices).value,
  };
}

const prices = (random: Random): PriceFields => ({
  input: typed(random, PRICE),
  cached: typed(random, PRICE),
  output: typed(random, PRICE),
});

function apiOption(random: Random, key: string): ApiForm {
  const offer = random.pick(apiOffers);
  const form = apiForm(key, offer.id, random.pick(offer.prices).label);
  return {
    ...form,
    ...(random.chance(0.7) ? { prices: prices(random) } : {}),
    ...(random.chance(0.3)
      ? { low: prices(random), high: prices(random) }
      : {}),
    batchDiscountPercent: typed(random, PERCENT),
    verbosity: random.chance(0.5)
      ? ""
      : typed(random, OPTIONAL_RANGES.verbosity),
    successPercent: random.chance(0.5)
      ? ""
      : typed(random, OPTIONAL_RANGES.successPercent),
    cacheWritePerM: random.chance(0.5) ? "" : typed(random, PRICE),
  };
}

function selfHostOption(random: Random, key: string): SelfHostForm {
  const form = selfHostForm(
    key,
    random.pick(openModels).id,
    random.pick(gpus).id,
    random.pick(GPU_COUNTS),
    random.pick(WEIGHT_PRECISIONS),
  );
  const costs = Object.fromEntries(
    Object.entries(SELF_HOST_RANGES)
      .filter(() => random.chance(0.6))
      .map(([field, range]) => [field, typed(random, range)]),
  );
  // A whole number, mostly, as the form asks.
  if (costs.minReplicas && random.chance(0.9))
    costs.minReplicas = String(Math.round(Number(costs.minReplicas)));
  const optional = Object.fromEntries(
    Object.entries(OPTIONAL_RANGES).map(([field, range]) => [
      field,
      random.chance(0.6) ? "" : typed(random, range),
    ]),
  );
  return {
    ...form,
    ...costs,
    ...optional,
    kv: random.pick(KV_PRECISIONS),
    hosting: random.chance(0.5) ? "rented" : "owned",
  };
}

function scenario(random: Random, index: number, heavy: boolean): ScenarioDoc {
  const count = heavy ? MAX_OPTIONS : random.int(1, 6);
  const options: OptionForm[] = Array.from({ length: count }, (_, i) =>
    random.chance(0.5)
      ? apiOption(random, `o${i + 1}`)
      : selfHostOption(random, `o${i + 1}`),
  );
  return {
    name: `Scenario ${index + 1}`,
    workload: workload(random),
    options,
    baselineKey: random.pick(options).key,
  };
}

/** A workspace at the edges; `heavy` gives 12 scenarios of 20 options, the most a link holds. */
export function edgeWorkspace(random: Random, heavy = false): Workspace {
  const count = heavy ? MAX_SCENARIOS : random.int(1, 4);
  const scenarios = Array.from({ length: count }, (_, i) =>
    scenario(random, i, heavy),
  );
  return { scenarios, open: random.int(0, count - 1) };
}

/** A scenario file as the CLI reads it (docs/scenario.md), in the engine's units, at the edges. */
export function edgeSpec(random: Random): Record<string, unknown> {
  const number = (range: Range) => edgeNumber(random, range);
  const share = () => number([0, 1]);
  const options = Array.from({ length: random.int(1, 8) }, () =>
    random.chance(0.5)
      ? {
          kind: "api",
          offer: random.pick(apiOffers).id,
          ...(random.chance(0.3) ? { batchDiscount: share() } : {}),
          ...(random.chance(0.3)
            ? { verbosity: number(OPTIONAL_RANGES.verbosity) }
            : {}),
        }
      : {
          kind: "self-host",
          model: random.pick(openModels).id,
          gpu: random.pick(gpus).id,
          ...(random.chance(0.5)
            ? { gpusPerReplica: random.pick(GPU_COUNTS) }
            : {}),
          weights: random.pick(WEIGHT_PRECISIONS),
          ...(random.chance(0.5)
            ? {
                hosting: {
                  mode: "rented",
                  usdPerGpuHour: number(SELF_HOST_RANGES.usdPerGpuHour),
                },
              }
            : {}),
          ...(random.chance(0.3)
            ? { minReplicas: Math.round(number(SELF_HOST_RANGES.minReplicas)) }
            : {}),
          ...(random.chance(0.3)
            ? { efficiency: { bandwidth: number([0.01, 1]) } }
            : {}),
          ...(random.chance(0.2)
            ? {
                measuredOutputTokensPerSecond: number(
                  OPTIONAL_RANGES.measuredOutputTokensPerSecond,
                ),
              }
            : {}),
        },
  );
  return {
    workload: {
      requestsPerMonth: number([1, 1e13]),
      inputTokens: number(WORKLOAD_RANGES.inputTokens),
      outputTokens: number(WORKLOAD_RANGES.outputTokens),
      cachedShare: share(),
      batchShare: share(),
      peakToAverage: number(WORKLOAD_RANGES.peakToAverage),
      latency: {
        minTokensPerSecond: number(WORKLOAD_RANGES.minTokensPerSecond),
        maxTimeToFirstTokenSeconds: number(
          WORKLOAD_RANGES.maxTimeToFirstTokenSeconds,
        ),
      },
    },
    options,
  };
}

/**
 * The longest break-even searches a scenario can ask for: a baseline whose unannounced price range
 * has equal ends (so each pair is searched at three prices), and up to 19 fleets each renting its
 * GPUs at the price that makes a full replica cost what the baseline charges for its requests.
 * Each fleet's staircase then runs along the baseline's price line, within a step of it at every
 * step up to 10^13 requests a month.
 */
export function fleetsAlongTheBaseline(random: Random): ScenarioDoc {
  const workload: WorkloadForm = {
    ...defaultWorkload(),
    period: "month",
    rate: String(Math.round(random.logUniform(1, 1e13))),
  };
  const launch = apiForm("base", "muse-spark", "launch (price unannounced)");
  const baseline: ApiForm = { ...launch, low: launch.high };
  const fleets: SelfHostForm[] = [];
  for (let tries = 0; fleets.length < MAX_OPTIONS - 1 && tries < 200; tries++) {
    const gpusPerReplica = random.pick([1, 2, 4, 8]);
    const form: SelfHostForm = {
      ...selfHostForm(
        `s${fleets.length + 1}`,
        random.pick(openModels).id,
        random.pick(gpus).id,
        gpusPerReplica,
        random.pick(WEIGHT_PRECISIONS),
      ),
      engineerFte: "0",
    };
    const { scenario } = readScenario(workload, [baseline, form], "base");
    if (!scenario) continue;
    const [base, fleet] = scenario.options.map(
      (o) => prepareOption(o, scenario.workload).models.mid,
    );
    if (!base || !fleet?.requestsPerReplica) continue;
    const rent =
      (base.totalAt(1) * fleet.requestsPerReplica) /
      (gpusPerReplica * HOURS_PER_MONTH);
    if (!(rent <= LIMITS.usdPerGpuHour.max)) continue;
    fleets.push({ ...form, usdPerGpuHour: String(rent) });
  }
  return {
    name: "Fleets along the baseline",
    workload,
    options: [baseline, ...fleets],
    baselineKey: "base",
  };
}
