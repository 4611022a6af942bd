/** What an option's result must be read with: it cannot run, misses the target, or rests on a guess. */
import type { Range } from "../catalog/types";
import { formatNumber, formatUsd } from "../format";
import { MAX_GPUS, smallestCount } from "./gpu-count";
import { servingSetup, type ReplicaEstimate } from "./replica";
import { linearPrecision } from "./serving";
import type { ApiOption, SelfHostOption, Workload } from "./types";

export type WarningCode =
  | "does-not-fit"
  | "latency-unreachable"
  | "price-unknown"
  | "context-exceeded"
  | "measured-throughput"
  | "implausible-fleet"
  | "implausible-bill"
  | "weight-only";

export interface Warning {
  code: WarningCode;
  message: string;
}

/**
 * A fleet above this many GPUs is implausible for one workload: the largest clusters built hold
 * about 100,000 GPUs, for training a frontier model, and one deployment's inference fleet runs to
 * hundreds or a few thousand. Past ten thousand, the volume is far more likely typed per second
 * when it was meant per month (a 2.6-million-fold slip) than real.
 */
export const IMPLAUSIBLE_GPUS = 10_000;

/**
 * A monthly bill above this is implausible for one workload: $100M a month is $1.2 billion a year,
 * beyond the whole AI budget of all but a handful of companies. As with the fleet, a volume typed
 * in the wrong period is the likelier cause.
 */
export const IMPLAUSIBLE_MONTHLY_USD = 100_000_000;

/** What to say when an option's fleet or bill is beyond what one workload plausibly needs. */
export function scaleWarnings(monthlyUsd: number, gpus: number): Warning[] {
  const check = "check the volume and its period";
  return [
    ...(gpus > IMPLAUSIBLE_GPUS
      ? [
          {
            code: "implausible-fleet" as const,
            message: `${formatNumber(gpus)} GPUs is more than ${formatNumber(IMPLAUSIBLE_GPUS)}, an implausible fleet for one workload: ${check}.`,
          },
        ]
      : []),
    ...(monthlyUsd > IMPLAUSIBLE_MONTHLY_USD
      ? [
          {
            code: "implausible-bill" as const,
            message: `${formatUsd(monthlyUsd)} a month is more than ${formatUsd(IMPLAUSIBLE_MONTHLY_USD)}, an implausible bill for one workload: ${check}.`,
          },
        ]
      : []),
  ];
}

/** Tokens one request holds at its end: the prompt plus this option's answer. */
const contextOf = (workload: Workload, verbosity: number) =>
  workload.inputTokens + workload.outputTokens * verbosity;

function contextWarning(needed: number, limit: number | undefined): Warning[] {
  if (!limit || needed <= limit) return [];
  return [
    {
      code: "context-exceeded",
      message: `A request needs ${formatNumber(needed)} tokens of context; the model takes ${formatNumber(limit)}.`,
    },
  ];
}

export function apiWarnings(
  option: ApiOption,
  workload: Workload,
  range: Range | null,
): Warning[] {
  const unknown: Warning[] = range
    ? [
        {
          code: "price-unknown",
          message: `The price is not announced: estimated between ${formatUsd(range.low)} and ${formatUsd(range.high)} a month.`,
        },
      ]
    : [];
  return [
    ...unknown,
    ...contextWarning(
      contextOf(workload, option.verbosity),
      option.contextWindow,
    ),
  ];
}

function latencyWarning(
  option: SelfHostOption,
  workload: Workload,
  replica: ReplicaEstimate,
): Warning[] {
  if (replica.latencyMet) return [];
  const best = replica.interactive;
  const { latency } = workload;
  const { minTokensPerSecond, maxTimeToFirstTokenSeconds } = latency;
  const misses = [
    best.perUserOutputTokensPerSecond < minTokensPerSecond &&
      `${formatNumber(best.perUserOutputTokensPerSecond, 1)} tokens/s per user against ${formatNumber(minTokensPerSecond, 1)} wanted`,
    best.timeToFirstTokenSeconds > maxTimeToFirstTokenSeconds &&
      `a first token after ${formatNumber(best.timeToFirstTokenSeconds, 2)} s against ${formatNumber(maxTimeToFirstTokenSeconds, 2)} s wanted`,
  ].filter(Boolean);
  const needed = smallestCount(replica.setup, { requests: 1, latency });
  const would =
    needed === null
      ? ` No count up to ${formatNumber(MAX_GPUS)} × ${option.gpu.name} meets it.`
      : ` ${formatNumber(needed)} × ${option.gpu.name} would meet ${formatNumber(minTokensPerSecond, 1)} tokens/s per user and a first token within ${formatNumber(maxTimeToFirstTokenSeconds, 2)} s.`;
  return [
    {
      code: "latency-unreachable",
      message: `Latency target out of reach: even one request at a time gets ${misses.join(" and ")}. Costed at batch 1.${would}`,
    },
  ];
}

export function selfHostWarnings(
  option: SelfHostOption,
  workload: Workload,
  replica: ReplicaEstimate | null,
): Warning[] {
  const context = contextWarning(
    contextOf(workload, option.verbosity),
    option.model.maxContext,
  );
  const precision = precisionWarning(option);
  if (!replica) {
    const needed = smallestCount(servingSetup(option, workload), {
      requests: 1,
    });
    const would =
      needed === null
        ? ` Nor does it on any count up to ${formatNumber(MAX_GPUS)}.`
        : ` ${formatNumber(needed)} × ${option.gpu.name} would hold it.`;
    return [
      {
        code: "does-not-fit",
        message: `${option.model.name} at ${option.weights} with one request's KV cache does not fit in ${option.gpusPerReplica} × ${option.gpu.name}.${would}`,
      },
      ...precision,
      ...context,
    ];
  }
  const measured: Warning[] = replica.measured
    ? [
        {
          code: "measured-throughput",
          message: `Capacity uses the measured ${formatNumber(option.measuredOutputTokensPerSecond)} output tokens/s per replica instead of the estimate.`,
        },
      ]
    : [];
  return [
    ...latencyWarning(option, workload, replica),
    ...precision,
    ...context,
    ...measured,
  ];
}

/** FP8 or FP4 weights on a GPU without those units run weight-only: dequantised to 16 bits. */
function precisionWarning(option: SelfHostOption): Warning[] {
  const { weights, gpu } = option;
  if (weights !== "fp8" && weights !== "fp4") return [];
  if (!linearPrecision(gpu, weights).weightOnly) return [];
  return [
    {
      code: "weight-only",
      message: `${gpu.name} has no ${weights.toUpperCase()} units: the weights are dequantised to BF16 in every matrix multiply (weight-only), which costs bandwidth and math.`,
    },
  ];
}
