/**
 * The worked example's serving tables: one engine iteration at the chosen batch, the first token,
 * and the replica's throughput and request rates.
 */
import type { ReplicaEstimate } from "../engine/replica";
import {
  iteration,
  pointIn,
  promptTokens,
  type Layout,
  type ServingSetup,
} from "../engine/serving";
import type { Workload } from "../engine/types";
import { groupRows } from "./methodology-pass";
import {
  MS,
  figure,
  figureStep,
  step,
  type StepRow,
  type StepSection,
} from "./steps";
import { ceil, lead, num, over, plus, stated, times } from "./worked";

/** The steady iteration at batch B: B sequences decode while B/T′ prompts join. */
export function decodeSection(
  setup: ServingSetup,
  layout: Layout,
  batch: number,
): StepSection {
  const { tokens } = promptTokens(setup);
  const context = plus(
    num(setup.inputTokens),
    over(num(setup.outputTokens, 1), num(2)),
  );
  const prompt = over(
    times(num(batch), num(tokens)),
    num(setup.outputTokens, 1),
  );
  const parts = iteration(setup, layout, batch, prompt.value);
  return {
    id: "decode",
    title: `One iteration at the chosen batch, ${layout.name}`,
    symbol: `B = ${figure(batch, 0)}`,
    rows: [
      figureStep("Mean context", context, 1, " tokens"),
      figureStep("Prompt tokens riding along", prompt, 1, "", {
        symbol: "P",
        engine: parts.promptTokens,
      }),
      ...groupRows(setup, parts, { label: "Iteration", symbol: "t_step" }),
    ],
  };
}

/** A new request's prompt, in chunks, riding the other B − 1 sequences' iterations. */
export function prefillSection(
  setup: ServingSetup,
  layout: Layout,
  batch: number,
) {
  const { tokens, prefix } = promptTokens(setup);
  const chunks = ceil(over(num(tokens), num(setup.efficiency.chunkTokens)));
  const parts = iteration(
    setup,
    layout,
    batch - 1,
    tokens / chunks.value,
    true,
  );
  const groups = groupRows(setup, parts, {
    label: "One chunk's iteration",
    symbol: "t_chunk",
  });
  const chunkMs = groups[groups.length - 1]!.worked.value;
  const ttft = times(num(chunks.value), num(chunkMs, 3, " ms"));
  const section: StepSection = {
    id: "prefill",
    title: "The first token",
    rows: [
      step(
        "Uncached prompt tokens",
        stated(
          `${figure(setup.inputTokens, 0)} − ${figure(prefix, 0)} cached`,
          tokens,
        ),
        figure(tokens, 0),
        { symbol: "n" },
      ),
      figureStep("Chunks", chunks, 0),
      ...groups,
      figureStep("Time to first token", ttft, 1, " ms", {
        engine: pointIn(setup, layout, batch).timeToFirstTokenSeconds * MS,
      }),
    ],
  };
  return { section, tokens };
}

export function throughputSection(
  setup: ServingSetup,
  replica: ReplicaEstimate,
  workload: Workload,
  verbosity: number,
  stepMs: number,
): StepSection {
  const layout = replica.fit.layout;
  const batch = replica.interactive.concurrency;
  const output = times(num(workload.outputTokens), num(verbosity, 3));
  const perRequest = num(output.value, 1);
  const throughput = over(num(batch), num(stepMs / MS, 5, " s"));
  const { tokens } = promptTokens(setup);
  const user = iteration(
    setup,
    layout,
    batch,
    ((batch - 1) * tokens) / setup.outputTokens,
  );
  const perUser = over(num(1), num(user.seconds, 5, " s"));
  const interactive = over(num(throughput.value), perRequest);
  const full = replica.offline;
  const offline = lead(
    `X(${figure(full.concurrency, 0)}, ${full.layout}) = `,
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
  const next = pointIn(setup, replica.fit.layout, at.concurrency + 1);
  return `${met} in ${at.layout}; at ${figure(next.concurrency, 0)}: ${figure(next.perUserOutputTokensPerSecond, 2)} tokens/s and ${figure(next.timeToFirstTokenSeconds * MS, 1)} ms, which misses`;
}
