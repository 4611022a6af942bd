/**
 * The methodology page's worked example: every step of the cost model for the calculator's default
 * scenario, as plain numbers in the units the page prints (ms, GB, TFLOP, $). Totals come from the
 * engine; the steps leading to them are recomputed here in the open, so the page can show each
 * product and sum, and a test can check that the two agree.
 */
import { findApiOffer, findOpenModel, qualityRecords } from "../catalog";
import type { ModelArchitecture } from "../catalog/types";
import {
  apiRequestCost,
  batchFactor,
  pricesForPrompt,
} from "../engine/api-cost";
import {
  BYTES_PER_KV_VALUE,
  BYTES_PER_WEIGHT,
  expertsTouched,
  kvBytesForContext,
  kvBytesPerTokenPerLayer,
  layerSplit,
  parameterSplit,
} from "../engine/architecture";
import {
  calibratedEfficiency,
  DEFAULT_INTERCONNECT_GBS,
  GPUS_PER_NODE,
  INTER_NODE_GBS,
} from "../engine/efficiency";
import {
  evaluateScenario,
  type OptionResult,
  type ScenarioResult,
} from "../engine/evaluate";
import { cumulativeCosts } from "../engine/curves";
import { articleSaving } from "../catalog";
import { articleComparison } from "./article";
import { CUMULATIVE_MONTHS } from "./charts";
import { sizeFleet, type ReplicaRates } from "../engine/fleet";
import { prepareOption, pricesAt } from "../engine/option-cost";
import { estimateReplica, servingSetup } from "../engine/replica";
import {
  capitalRecoveryFactor,
  powerShare,
  selfHostMonthlyCost,
} from "../engine/self-host-cost";
import {
  decodeStep,
  kvCopies,
  memoryFit,
  peakTflops,
  prefillPass,
  replicaLayout,
  servingPoint,
  type PassParts,
  type ServingSetup,
} from "../engine/serving";
import type {
  ApiOption,
  Scenario,
  SelfHostOption,
  Workload,
} from "../engine/types";
import {
  HOURS_PER_MONTH,
  MONTHS_PER_YEAR,
  SECONDS_PER_MONTH,
  TOKENS_PER_PRICE_UNIT,
} from "../engine/units";
import {
  apiForm as apiFormFor,
  DEFAULT_BASELINE,
  defaultOptions,
  defaultWorkload,
} from "../scenario/defaults";
import { readScenario } from "../scenario/read";
import {
  type ApiForm,
  type OptionForm,
  type WorkloadForm,
} from "../scenario/form";

const GB = 1e9;
const TERA = 1e12;
const MS = 1e3;

function scenarioOf(
  workload: WorkloadForm,
  options: OptionForm[],
  baseline: string,
): Scenario {
  const read = readScenario(workload, options, baseline);
  if (!read.scenario)
    throw new Error(
      `the worked example's scenario is invalid: ${JSON.stringify(read.errors)}`,
    );
  return read.scenario;
}

/** The Intelligence Index token counts behind a verbosity factor, or null when it was not derived from them. */
function tokenCounts(
  qualityId: string | undefined,
  referenceFamily: string,
  verbosity: number,
) {
  const family = qualityId?.split("@")[0];
  for (const reference of qualityRecords) {
    if (!reference.id.startsWith(`${referenceFamily}@`)) continue;
    const model = qualityRecords.find(
      (q) => q.id === `${family}@${reference.indexVersion}`,
    );
    // The factor the engine chose names its index version only through the ratio it returned.
    if (
      model &&
      Math.abs(model.outputTokensM / reference.outputTokensM - verbosity) <
        1e-12
    )
      return {
        indexVersion: reference.indexVersion,
        modelTokensM: model.outputTokensM,
        referenceTokensM: reference.outputTokensM,
      };
  }
  return null;
}

function apiStep(option: ApiOption, form: ApiForm, workload: Workload) {
  const listPrices = pricesAt(option.pricing, "mid");
  const prices = pricesForPrompt(
    listPrices,
    workload.inputTokens,
    option.longContext,
  );
  const cost = apiRequestCost(
    listPrices,
    workload,
    option.verbosity,
    option.longContext,
  );
  const cachedTokens = workload.inputTokens * workload.cachedShare;
  const factor = batchFactor(workload.batchShare, option.batchDiscount);
  return {
    label: option.label,
    pricePoint: form.pricePoint,
    priceIsRange: option.pricing.kind === "range",
    prices,
    longContext: option.longContext
      ? {
          ...option.longContext,
          applies: workload.inputTokens > option.longContext.thresholdTokens,
        }
      : null,
    verbosity: option.verbosity,
    uncachedTokens: workload.inputTokens - cachedTokens,
    cachedTokens,
    outputTokens: workload.outputTokens * option.verbosity,
    uncachedInputUsd: cost.uncachedInputUsd,
    cachedInputUsd: cost.cachedInputUsd,
    outputUsd: cost.outputUsd,
    perRequestUsd: cost.totalUsd,
    batchDiscount: option.batchDiscount,
    batchFactor: factor,
    monthlyUsd: workload.requestsPerMonth * cost.totalUsd * factor,
  };
}

/** KV-cache bytes of one sequence at `context` tokens, with the copies tensor parallelism keeps. */
function kvBytes(setup: ServingSetup, context: number) {
  const copies = kvCopies(setup);
  return {
    bytesPerTokenPerLayer: kvBytesPerTokenPerLayer(setup.model, setup.kv),
    copies,
    bytes: kvBytesForContext(setup.model, setup.kv, context) * copies,
  };
}

function moeSplit(model: ModelArchitecture) {
  if (!model.moe) return null;
  return {
    experts: model.moe.experts,
    activeExperts: model.moe.activeExperts,
    moeLayers: model.moe.layers ?? model.layers,
    routedShare: model.moe.activeExperts / model.moe.experts,
    ...parameterSplit(model),
  };
}

/** A forward pass's parts (from the engine) in the units the page prints. */
export type PassView = ReturnType<typeof passView>;

function passView(setup: ServingSetup, parts: PassParts) {
  const { gpu, efficiency } = setup;
  const { tensorParallel } = replicaLayout(setup.gpus);
  return {
    tokens: parts.tokens,
    expertsTouched: expertsTouched(setup.model, parts.tokens),
    weightsReadGB: parts.weightBytes / GB,
    kvReadGB: parts.kvBytes / GB,
    bytesGB: (parts.weightBytes + parts.kvBytes) / GB,
    bandwidthTBs: gpu.bandwidthTBs,
    memoryMs: parts.memorySeconds * MS,
    peakTflops: peakTflops(gpu, setup.weights),
    bf16Tflops: gpu.tflops.bf16,
    linearTflop: parts.linearFlops / TERA,
    attentionTflop: parts.attentionFlops / TERA,
    computeMs: parts.computeSeconds * MS,
    rooflineMs: Math.max(parts.memorySeconds, parts.computeSeconds) * MS,
    bound: parts.bound,
    routingMs: parts.routingSeconds * MS,
    tensorParallel,
    collectiveLatencyUs: efficiency.collectiveLatencySeconds * 1e6,
    linkGBs: gpu.interconnectGBs ?? DEFAULT_INTERCONNECT_GBS,
    collectiveMs: parts.collectiveSeconds * MS,
  };
}

function servingStep(option: SelfHostOption, workload: Workload) {
  const setup = servingSetup(option, workload);
  const replica = estimateReplica(option, workload);
  if (!replica)
    throw new Error("the worked example's model does not fit its GPUs");
  const { model, gpu, gpus, efficiency } = setup;
  const fit = memoryFit(setup);

  const requestContext = setup.inputTokens + setup.outputTokens;
  const kvPerRequest = kvBytes(setup, requestContext);
  const usableGB =
    gpus *
    (gpu.memoryGB * efficiency.memoryUtilization - efficiency.reservePerGpuGB);
  const weightsGB = model.totalParamsB * BYTES_PER_WEIGHT[setup.weights];
  const kvBudgetGB = Math.max(0, usableGB - weightsGB);
  const kvGBPerRequest = kvPerRequest.bytes / GB;

  const batch = replica.interactive.concurrency;
  const decodeContext = setup.inputTokens + setup.outputTokens / 2;
  const decodeKv = kvBytes(setup, decodeContext);
  const engineStep = decodeStep(setup, batch);
  const decode = passView(setup, engineStep);
  const stepOverheadMs = efficiency.stepOverheadSeconds * MS;

  const prefixTokens = Math.floor(setup.inputTokens * setup.cachedShare);
  const prefillParts = prefillPass(setup);
  const prefill = passView(setup, prefillParts);
  const prefillS = prefillParts.seconds;
  const point = servingPoint(setup, batch);
  const next =
    batch < fit.maxConcurrency ? servingPoint(setup, batch + 1) : null;

  return {
    label: option.label,
    modelName: model.name,
    gpuName: gpu.name,
    gpus,
    weights: setup.weights,
    kv: setup.kv,
    bytesPerWeight: BYTES_PER_WEIGHT[setup.weights],
    bytesPerKvValue: BYTES_PER_KV_VALUE[setup.kv],
    architecture: {
      totalParamsB: model.totalParamsB,
      activeParamsB: model.activeParamsB,
      layers: model.layers,
      kvHeads: model.kvHeads,
      headDim: model.headDim,
      mla: model.mla ?? null,
      fullLayers: layerSplit(model).full,
      windowedLayers: layerSplit(model).windowed,
      window: model.slidingWindow?.window ?? null,
    },
    memory: {
      memoryGBPerGpu: gpu.memoryGB,
      memoryUtilization: efficiency.memoryUtilization,
      reservePerGpuGB: efficiency.reservePerGpuGB,
      usableGB,
      weightsGB,
      kvBudgetGB,
      requestContext,
      ...kvPerRequest,
      kvGBPerRequest,
      maxBatch: efficiency.maxBatch,
      kvLimitedConcurrency: Math.floor(kvBudgetGB / kvGBPerRequest),
      maxConcurrency: fit.maxConcurrency,
    },
    moe: moeSplit(model),
    decode: {
      batch,
      context: decodeContext,
      kvMBPerSequence: decodeKv.bytes / 1e6,
      ...decode,
      bandwidthEfficiency: efficiency.bandwidth,
      computeEfficiency: efficiency.compute,
      routingNs: efficiency.moeRoutingSeconds * 1e9,
      stepOverheadMs,
      stepMs: engineStep.seconds * MS,
    },
    prefill: {
      prefixTokens,
      ...prefill,
      prefillEfficiency: efficiency.prefill,
      overheadMs: prefill.routingMs + prefill.collectiveMs,
      prefillMs: prefillS * MS,
    },
    throughput: {
      outputTokens: setup.outputTokens,
      stepSeconds: engineStep.seconds,
      prefillSeconds: prefillS,
      otherPrefills: batch - 1,
      outputTokensPerSecond: point.outputTokensPerSecond,
      perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
      timeToFirstTokenMs: point.timeToFirstTokenSeconds * MS,
    },
    batchChoice: {
      batch,
      latencyMet: replica.latencyMet,
      minTokensPerSecond: workload.latency.minTokensPerSecond,
      maxTimeToFirstTokenMs: workload.latency.maxTimeToFirstTokenSeconds * MS,
      next: next && {
        batch: next.concurrency,
        perUserOutputTokensPerSecond: next.perUserOutputTokensPerSecond,
        timeToFirstTokenMs: next.timeToFirstTokenSeconds * MS,
      },
      offlineBatch: replica.offline.concurrency,
      offlineOutputTokensPerSecond: replica.offline.outputTokensPerSecond,
      interactiveRequestsPerSecond: replica.rates.interactive,
      offlineRequestsPerSecond: replica.rates.offline,
    },
  };
}

function fleetStep(
  option: SelfHostOption,
  workload: Workload,
  rates: ReplicaRates,
) {
  const interactiveRps =
    (workload.requestsPerMonth * (1 - workload.batchShare)) / SECONDS_PER_MONTH;
  const batchRps =
    (workload.requestsPerMonth * workload.batchShare) / SECONDS_PER_MONTH;
  const forPeak = (interactiveRps * workload.peakToAverage) / rates.interactive;
  const forWork = interactiveRps / rates.interactive + batchRps / rates.offline;
  const fleet = sizeFleet(workload, rates, {
    headroom: option.headroom,
    minReplicas: option.minReplicas,
  });
  return {
    interactiveShare: 1 - workload.batchShare,
    interactiveRps,
    batchRps,
    forPeak,
    forWork,
    headroom: option.headroom,
    needed: Math.max(forPeak, forWork) / option.headroom,
    minReplicas: option.minReplicas,
    replicas: fleet.replicas,
    gpus: fleet.replicas * option.gpusPerReplica,
    busyReplicas: fleet.busyReplicas,
    utilization: fleet.utilization,
  };
}

function staffAndSetup(option: SelfHostOption) {
  return {
    engineerFte: option.engineerFte,
    engineerUsdPerYear: option.engineerUsdPerYear,
    engineersUsd:
      (option.engineerFte * option.engineerUsdPerYear) / MONTHS_PER_YEAR,
    setupUsd: option.setupUsd,
    setupMonths: option.setupMonths,
    setupMonthlyUsd: option.setupUsd / option.setupMonths,
    otherUsd: option.otherUsdPerMonth,
  };
}

function rentedStep(option: SelfHostOption, gpus: number, utilization: number) {
  if (option.hosting.mode !== "rented") return null;
  return {
    usdPerGpuHour: option.hosting.usdPerGpuHour,
    gpuRentalUsd: gpus * option.hosting.usdPerGpuHour * HOURS_PER_MONTH,
    ...staffAndSetup(option),
    totalUsd: selfHostMonthlyCost(option, gpus, utilization).totalUsd,
  };
}

function ownedStep(option: SelfHostOption, gpus: number, utilization: number) {
  const { hosting } = option;
  if (hosting.mode !== "owned") return null;
  const crf = capitalRecoveryFactor(hosting.costOfCapital, hosting.years);
  const provisionedKw =
    (gpus * option.gpu.tdpW * hosting.nodePowerOverhead) / 1000;
  const drawnKw =
    provisionedKw * powerShare(utilization, hosting.idlePowerFraction);
  const staff = staffAndSetup(option);
  return {
    usdPerGpu: hosting.usdPerGpu,
    years: hosting.years,
    costOfCapital: hosting.costOfCapital,
    capitalRecoveryFactor: crf,
    hardwareUsd: (gpus * hosting.usdPerGpu * crf) / MONTHS_PER_YEAR,
    tdpW: option.gpu.tdpW,
    nodePowerOverhead: hosting.nodePowerOverhead,
    provisionedKw,
    idlePowerFraction: hosting.idlePowerFraction,
    loadPowerFraction: 1 - hosting.idlePowerFraction,
    drawnKw,
    pue: hosting.pue,
    usdPerKwh: hosting.usdPerKwh,
    powerUsd: drawnKw * hosting.pue * HOURS_PER_MONTH * hosting.usdPerKwh,
    colocationUsdPerKwMonth: hosting.colocationUsdPerKwMonth,
    colocationUsd: provisionedKw * hosting.colocationUsdPerKwMonth,
    ...staff,
    staffUsd: staff.engineersUsd + staff.setupMonthlyUsd + staff.otherUsd,
    totalUsd: selfHostMonthlyCost(option, gpus, utilization).totalUsd,
  };
}

function unitCosts(
  result: OptionResult,
  tokensPerMonth: number,
  requests: number,
) {
  const monthlyUsd = result.monthlyCostUsd ?? Number.NaN;
  return {
    label: result.label,
    monthlyUsd,
    perMillionTokensUsd: (monthlyUsd / tokensPerMonth) * TOKENS_PER_PRICE_UNIT,
    perRequestUsd: monthlyUsd / requests,
  };
}

/**
 * The worked example. Defaults to the calculator's default scenario; its first API option and
 * first self-hosted option are the two worked through.
 */
export function workedExample(
  workloadForm: WorkloadForm = defaultWorkload(),
  optionForms: OptionForm[] = defaultOptions(),
  baselineKey: string = DEFAULT_BASELINE,
) {
  const scenario = scenarioOf(workloadForm, optionForms, baselineKey);
  const { workload } = scenario;
  const evaluated = evaluateScenario(scenario);
  if (!evaluated.ok)
    throw new Error(
      `the worked example does not evaluate: ${evaluated.error.field} ${evaluated.error.message}`,
    );
  const result = evaluated.value;

  const apiIndex = optionForms.findIndex((o) => o.kind === "api");
  const selfIndex = optionForms.findIndex((o) => o.kind === "self-host");
  const apiForm = optionForms[apiIndex];
  const selfForm = optionForms[selfIndex];
  const api = scenario.options[apiIndex];
  const self = scenario.options[selfIndex];
  if (
    apiForm?.kind !== "api" ||
    selfForm?.kind !== "self-host" ||
    api?.kind !== "api" ||
    self?.kind !== "self-host"
  )
    throw new Error(
      "the worked example needs an API option and a self-hosted one",
    );
  const apiResult = result.options[apiIndex]!;
  const selfResult = result.options[selfIndex]!;

  const serving = servingStep(self, workload);
  const fleet = fleetStep(self, workload, {
    interactive: serving.batchChoice.interactiveRequestsPerSecond,
    offline: serving.batchChoice.offlineRequestsPerSecond,
  });

  // The same deployment bought instead of rented, with the calculator's owned-hosting defaults.
  const ownedScenario = scenarioOf(
    workloadForm,
    optionForms.map((o, i) =>
      i === selfIndex ? { ...selfForm, hosting: "owned" as const } : o,
    ),
    baselineKey,
  );
  const ownedOption = ownedScenario.options[selfIndex] as SelfHostOption;

  const tokensPerRequest = workload.inputTokens + workload.outputTokens;
  const tokensPerMonth = workload.requestsPerMonth * tokensPerRequest;
  const savings = result.savingsVsBaseline.find((s) => s.optionId === self.id);

  const selfModel = prepareOption(self, workload).models.mid;
  const baseModel = prepareOption(
    scenario.options.find((o) => o.id === scenario.baselineId)!,
    workload,
  ).models.mid;
  const stepWidth = selfModel?.requestsPerReplica ?? Number.NaN;
  const crossings = result.breakEven
    .filter((b) => b.optionId === self.id && b.priceCase === "mid")
    .map((b, i) => ({
      ...b,
      number: i + 1,
      optionUsd: selfModel?.at(b.requestsPerMonth).totalUsd ?? Number.NaN,
      baselineUsd: baseModel?.at(b.requestsPerMonth).totalUsd ?? Number.NaN,
    }));

  return {
    units: {
      hoursPerMonth: HOURS_PER_MONTH,
      secondsPerMonth: SECONDS_PER_MONTH,
    },
    workload: {
      ...workload,
      requestsPerSecond: workload.requestsPerMonth / SECONDS_PER_MONTH,
      baselineLabel:
        scenario.options.find((o) => o.id === scenario.baselineId)?.label ??
        scenario.baselineId,
    },
    verbosity: {
      api: {
        label: api.label,
        factor: api.verbosity,
        counts: tokenCounts(
          findApiOffer(apiForm.offerId)?.qualityId,
          workloadForm.referenceModel,
          api.verbosity,
        ),
      },
      selfHost: {
        label: serving.modelName,
        factor: self.verbosity,
        counts: tokenCounts(
          findOpenModel(selfForm.modelId)?.qualityId,
          workloadForm.referenceModel,
          self.verbosity,
        ),
      },
    },
    api: apiStep(api, apiForm, workload),
    serving,
    fleet,
    rented: rentedStep(self, fleet.gpus, fleet.utilization),
    owned: ownedStep(ownedOption, fleet.gpus, fleet.utilization),
    unitCosts: {
      tokensPerRequest,
      tokensPerMonth,
      api: unitCosts(apiResult, tokensPerMonth, workload.requestsPerMonth),
      selfHost: unitCosts(
        selfResult,
        tokensPerMonth,
        workload.requestsPerMonth,
      ),
    },
    savings: {
      baselineUsd:
        baseModel?.at(workload.requestsPerMonth).totalUsd ?? Number.NaN,
      optionUsd: selfResult.monthlyCostUsd ?? Number.NaN,
      monthlyUsd: savings?.monthlyUsd ?? Number.NaN,
      share: savings?.share ?? null,
    },
    breakEven: {
      sweepLow: result.sweep.low,
      sweepHigh: result.sweep.high,
      requestsPerReplica: stepWidth,
      stepEdges:
        Math.floor(result.sweep.high / stepWidth) -
        Math.max(1, Math.ceil(result.sweep.low / stepWidth)) +
        1,
      crossings,
    },
    extras: extras(scenario, result, ownedOption),
    efficiency: {
      bandwidth: calibratedEfficiency.bandwidth,
      compute: calibratedEfficiency.compute,
      prefill: calibratedEfficiency.prefill,
      moeRoutingNs: calibratedEfficiency.moeRoutingSeconds * 1e9,
      stepOverheadMs: calibratedEfficiency.stepOverheadSeconds * MS,
      collectiveLatencyUs: calibratedEfficiency.collectiveLatencySeconds * 1e6,
      interNodeCollectiveLatencyUs:
        calibratedEfficiency.interNodeCollectiveLatencySeconds * 1e6,
      maxBatch: calibratedEfficiency.maxBatch,
      memoryUtilization: calibratedEfficiency.memoryUtilization,
      reservePerGpuGB: calibratedEfficiency.reservePerGpuGB,
      gpusPerNode: GPUS_PER_NODE,
      interNodeGBs: INTER_NODE_GBS,
    },
  };
}

/**
 * The figures the page reads beyond one month's cost: an unannounced price range, the article's
 * 88% solved for, and cumulative cost with owned hardware's payback.
 */
function extras(
  scenario: Scenario,
  result: ScenarioResult,
  ownedOption: SelfHostOption,
) {
  const launch = apiFormFor(
    "launch",
    "muse-spark",
    "launch (price unannounced)",
  );
  const self = scenario.options.find((o) => o.kind === "self-host")!;
  const ranged = readScenario(
    defaultWorkload(),
    [launch, defaultOptions()[1]!],
    "launch",
  ).scenario;
  const rangedResult = ranged && evaluateScenario(ranged);
  const launchOption = rangedResult?.ok
    ? rangedResult.value.options[0]
    : undefined;

  const article = articleComparison(scenario, result);
  const withOwned: Scenario = {
    ...scenario,
    options: scenario.options.map((o) => (o.id === self.id ? ownedOption : o)),
  };
  const cumulative = cumulativeCosts(withOwned, CUMULATIVE_MONTHS);
  const api = cumulative.find((c) => c.optionId === scenario.baselineId)!;
  const owned = cumulative.find((c) => c.optionId === self.id)!;
  const payback = owned.usd.findIndex(
    (usd, month) => month > 0 && usd <= api.usd[month]!,
  );
  return {
    priceRange: launchOption?.monthlyCostRange
      ? {
          low: launchOption.monthlyCostRange.low,
          mid: launchOption.monthlyCostUsd!,
          high: launchOption.monthlyCostRange.high,
        }
      : null,
    articleTarget: article?.target ?? null,
    articleShare: articleSaving.share,
    cumulative: {
      months: CUMULATIVE_MONTHS,
      api: {
        upfront: api.usd[0]!,
        monthly: api.usd[1]! - api.usd[0]!,
        total: api.usd.at(-1)!,
      },
      owned: {
        upfront: owned.usd[0]!,
        monthly: owned.usd[1]! - owned.usd[0]!,
        total: owned.usd.at(-1)!,
      },
      paybackMonth: payback > 0 ? payback : null,
    },
  };
}
