/**
 * The engineer's figures on a self-hosted option's card, as label and text: layout and serving
 * stack, tokens a second per replica and per GPU with the estimate's band, batch, per-user speed
 * and first token.
 */
import type { ServingSummary } from "../engine/evaluate";
import { DEFAULT_STACK, STACK_LABELS } from "../engine/stacks";
import { formatNumber, formatPercent, formatUsd } from "../format";

export interface ServingFact {
  label: string;
  text: string;
}

export function servingFacts(s: ServingSummary): ServingFact[] {
  const stack =
    s.stack === DEFAULT_STACK
      ? `${STACK_LABELS[s.stack]} (the default stack)`
      : STACK_LABELS[s.stack];
  const band =
    s.errorShare > 0 ? `±${formatPercent(s.errorShare)}` : measuredNote(s);
  return [
    {
      label: "GPUs",
      text: `${formatNumber(s.gpus)} (${formatNumber(s.replicas)} × ${formatNumber(s.gpusPerReplica)})`,
    },
    { label: "Layout", text: `${s.layout} on ${stack}` },
    {
      label: "Tokens/s per replica",
      text: `${formatNumber(s.replicaOutputTokensPerSecond)} (${formatNumber(s.outputTokensPerSecondPerGpu)} per GPU, ${band})`,
    },
    {
      label: "Batch per replica",
      text: `${formatNumber(s.batch)} of ${formatNumber(s.maxConcurrency)}`,
    },
    {
      label: "Speed per user",
      text: `${formatNumber(s.perUserOutputTokensPerSecond, 1)} tokens/s`,
    },
    {
      label: "First token",
      text: `${formatNumber(s.timeToFirstTokenSeconds, 2)} s`,
    },
    { label: "Utilisation", text: formatPercent(s.utilization) },
  ];
}

/** A measured throughput beside the estimate it replaces: "measured; estimated 11,101, 8% lower". */
function measuredNote(s: ServingSummary): string {
  const difference =
    s.estimatedOutputTokensPerSecond / s.replicaOutputTokensPerSecond - 1;
  return `measured; estimated ${formatNumber(s.estimatedOutputTokensPerSecond)}, ${formatPercent(Math.abs(difference))} ${difference >= 0 ? "higher" : "lower"}`;
}

/**
 * The monthly cost at the ends of the throughput estimate's band, where they differ: "Estimate
 * band $57,267 – $91,723". Null where one fleet serves both ends, or there is no band.
 */
export function costBandNote(band: [number, number] | null): string | null {
  if (!band || !(band[0] < band[1])) return null;
  return `Estimate band ${formatUsd(band[0])} – ${formatUsd(band[1])}`;
}
