/**
 * The worked example's serving tables: one decode step at the chosen batch, the prefill and time
 * to first token, and the replica's throughput and request rates.
 */
import { expertsTouched, kvBytesForContext } from "../engine/architecture";
import type { ReplicaEstimate } from "../engine/replica";
import {
  decodeStep,
  kvCopies,
  prefillPass,
  servingPoint,
  type ServingSetup,
} from "../engine/serving";
import type { Workload } from "../engine/types";
import {
  collectivesRow,
  rooflineRows,
  routingRow,
  weightsRead,
} from "./methodology-pass";
import {
  GB,
  MB,
  MS,
  NS,
  figure,
  figureStep,
  step,
  type StepRow,
  type StepSection,
} from "./steps";
import { lead, minus, num, over, plus, stated, times } from "./worked";

export function decodeSection(setup: ServingSetup, batch: number) {
  const parts = decodeStep(setup, batch);
  const context = plus(
    num(setup.inputTokens),
    over(num(setup.outputTokens, 1), num(2)),
  );
  const weights = weightsRead(setup, expertsTouched(setup.model, batch));
  const kvPerSequence =
    kvBytesForContext(setup.model, setup.kv, context.value) * kvCopies(setup);
  const kv = times(num(batch), num(kvPerSequence / MB, 1, " MB"));
  const { rows: roofline, roofline: larger } = rooflineRows(
    setup,
    parts,
    setup.efficiency.compute,
  );
  const routing = routingRow(setup, parts);
  const collectives = collectivesRow(setup, parts);
  const overhead = stated("Fixed", setup.efficiency.stepOverheadSeconds * MS);
  const total = plus(
    num(larger.value, 2, " ms"),
    ...(routing ? [num((routing.worked.value / NS) * MS, 3, " ms")] : []),
    num(collectives.worked.value, 3, " ms"),
    num(overhead.value, 2, " ms"),
  );
  const section: StepSection = {
    id: "decode",
    title: "One decode step at the chosen batch",
    symbol: `B = ${figure(batch, 0)}`,
    rows: [
      figureStep("Mean context", context, 1, " tokens"),
      figureStep("Weights read", weights, 1, " GB", {
        engine: parts.weightBytes / GB,
      }),
      step("KV cache read", kv, figure((kv.value * MB) / GB, 1, " GB"), {
        engine: parts.kvBytes / MB,
      }),
      ...roofline,
      ...(routing ? [routing] : []),
      collectives,
      figureStep("Step overhead", overhead, 2, " ms"),
      figureStep("Decode step", total, 2, " ms", {
        symbol: "t_step",
        engine: parts.seconds * MS,
      }),
    ],
  };
  return { section, stepMs: total.value };
}

export function prefillSection(
  setup: ServingSetup,
  batch: number,
  stepMs: number,
) {
  const parts = prefillPass(setup);
  const prefix = Math.floor(setup.inputTokens * setup.cachedShare);
  const tokens = minus(num(setup.inputTokens), num(prefix, 0, " cached"));
  const { rows: roofline, roofline: larger } = rooflineRows(
    setup,
    parts,
    setup.efficiency.prefill,
  );
  const overheads = plus(
    num(parts.routingSeconds * MS, 3, " ms"),
    num(parts.collectiveSeconds * MS, 3, " ms"),
  );
  const prefill = plus(
    num(larger.value, 2, " ms"),
    num(overheads.value, 3, " ms"),
  );
  // A request joining a running batch also waits for one of its decode steps.
  const ttft =
    batch > 1
      ? plus(num(prefill.value, 2, " ms"), num(stepMs, 2, " ms"))
      : num(prefill.value, 2, " ms");
  const section: StepSection = {
    id: "prefill",
    title: "Prefill of one request",
    rows: [
      figureStep("Uncached prompt tokens", tokens, 0, "", {
        symbol: "n",
        engine: parts.tokens,
      }),
      ...roofline,
      figureStep("Routing and collectives", overheads, 3, " ms"),
      figureStep("Prefill", prefill, 2, " ms", {
        symbol: "t_prefill",
        engine: parts.seconds * MS,
      }),
      figureStep("Time to first token", ttft, 1, " ms", {
        engine: servingPoint(setup, batch).timeToFirstTokenSeconds * MS,
      }),
    ],
  };
  return { section, tokens: parts.tokens, prefillMs: prefill.value };
}

export function throughputSection(
  setup: ServingSetup,
  replica: ReplicaEstimate,
  workload: Workload,
  verbosity: number,
  seconds: { step: number; prefill: number },
): StepSection {
  const batch = replica.interactive.concurrency;
  const output = times(num(workload.outputTokens), num(verbosity, 3));
  const perRequest = num(output.value, 1);
  const busy = (others: number) =>
    plus(
      times(perRequest, num(seconds.step, 5, " s")),
      times(num(others), num(seconds.prefill, 5, " s")),
    );
  const throughput = over(times(num(batch), perRequest), busy(batch));
  const perUser = over(perRequest, busy(batch - 1));
  const interactive = over(num(throughput.value), perRequest);
  const full = replica.offline;
  const offline = lead(
    `X(${figure(full.concurrency, 0)}) = `,
    over(num(full.outputTokensPerSecond), perRequest),
  );
  const rows: StepRow[] = [
    figureStep("Output tokens per request", output, 1, "", {
      symbol: "T′",
      engine: setup.outputTokens,
    }),
    step(
      "Batch chosen",
      stated(batchReason(setup, replica, workload), batch),
      figure(batch, 0),
      { symbol: "B" },
    ),
    figureStep("Replica throughput", throughput, 0, " tokens/s", {
      symbol: "X(B)",
      engine: replica.interactive.outputTokensPerSecond,
    }),
    figureStep("Per-user speed", perUser, 2, " tokens/s", {
      symbol: "s(B)",
      engine: replica.interactive.perUserOutputTokensPerSecond,
    }),
    figureStep("Interactive rate", interactive, 2, " requests/s", {
      symbol: "ρ_i",
      engine: replica.rates.interactive,
    }),
    figureStep("Batch rate", offline, 2, " requests/s", {
      symbol: "ρ_b",
      engine: replica.rates.offline,
    }),
  ];
  return { id: "throughput", title: "The replica's operating points", rows };
}

/** Why the batch is what it is: the target met at it, and missed one request later. */
function batchReason(
  setup: ServingSetup,
  replica: ReplicaEstimate,
  workload: Workload,
): string {
  if (!replica.latencyMet) return "Unreachable even alone: costed at batch 1";
  const { latency } = workload;
  const at = replica.interactive;
  const met = `${figure(at.perUserOutputTokensPerSecond, 2)} tokens/s ≥ ${figure(latency.minTokensPerSecond, 2)} and ${figure(at.timeToFirstTokenSeconds * MS, 1)} ms ≤ ${figure(latency.maxTimeToFirstTokenSeconds * MS, 0)} ms`;
  if (at.concurrency >= replica.fit.maxConcurrency) return met;
  const next = servingPoint(setup, at.concurrency + 1);
  return `${met}; at ${figure(next.concurrency, 0)}: ${figure(next.perUserOutputTokensPerSecond, 2)} tokens/s and ${figure(next.timeToFirstTokenSeconds * MS, 1)} ms, which misses`;
}
