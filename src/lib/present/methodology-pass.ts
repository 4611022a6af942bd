/**
 * The worked example's forward passes, the decode step and the prefill, from the parts the engine
 * returns: each time worked out from what the pass reads and computes, then summed to the engine's
 * total for the pass.
 */
import { parameterSplit, BYTES_PER_WEIGHT } from "../engine/architecture";
import { DEFAULT_INTERCONNECT_GBS, INTER_NODE_GBS } from "../engine/efficiency";
import {
  peakTflops,
  replicaLayout,
  type PassParts,
  type ServingSetup,
} from "../engine/serving";
import {
  figure,
  GB,
  MB,
  MS,
  NS,
  figureStep,
  step,
  TERA,
  type StepRow,
} from "./steps";
import {
  max,
  note,
  num,
  over,
  plus,
  stated,
  times,
  type Worked,
} from "./worked";

/** Memory time, compute time and the larger of the two, in ms. */
export function rooflineRows(
  setup: ServingSetup,
  parts: PassParts,
  computeEfficiency: number,
): { rows: StepRow[]; roofline: Worked } {
  const { gpu, gpus, efficiency } = setup;
  const memory = over(
    num((parts.weightBytes + parts.kvBytes) / GB, 1, " GB"),
    times(
      num(gpus),
      num(gpu.bandwidthTBs, 2, " TB/s"),
      num(efficiency.bandwidth, 2),
    ),
  );
  const rate = (tflops: number) =>
    times(num(gpus), num(tflops, 0, " TFLOPS"), num(computeEfficiency, 2));
  const compute = plus(
    over(
      num(parts.linearFlops / TERA, 2, " TFLOP"),
      rate(peakTflops(gpu, setup.weights)),
    ),
    over(
      num(parts.attentionFlops / TERA, 3, " TFLOP of attention"),
      rate(gpu.tflops.bf16),
    ),
  );
  const roofline = note(
    max(num(memory.value, 2, " ms"), num(compute.value * MS, 2, " ms")),
    `: ${parts.bound}-bound`,
  );
  return {
    roofline,
    rows: [
      figureStep("Memory time", memory, 2, " ms", {
        engine: parts.memorySeconds * MS,
      }),
      step("Compute time", compute, figure(compute.value * MS, 2, " ms"), {
        engine: parts.computeSeconds,
      }),
      figureStep("Roofline", roofline, 2, " ms"),
    ],
  };
}

/** Weights a pass reads: the shared part and the share of routed experts its tokens touch, in GB. */
export function weightsRead(setup: ServingSetup, touched: number): Worked {
  const { model } = setup;
  const bytes = num(BYTES_PER_WEIGHT[setup.weights], 1);
  if (!model.moe)
    return note(times(num(model.totalParamsB, 1, "B"), bytes), " byte");
  const { sharedB, routedB } = parameterSplit(model);
  return note(
    times(
      plus(num(sharedB, 1, "B"), times(num(routedB, 1, "B"), num(touched, 3))),
      bytes,
    ),
    " byte",
  );
}

/** Time routing tokens to experts, in ns; null for a dense model. */
export function routingRow(setup: ServingSetup, parts: PassParts) {
  const { moe, layers } = setup.model;
  if (!moe) return null;
  const routing = over(
    times(
      num(parts.tokens),
      num(moe.activeExperts),
      num(moe.layers ?? layers, 0, " MoE layers"),
      num(setup.efficiency.moeRoutingSeconds * NS, 0, " ns"),
    ),
    num(setup.gpus),
  );
  return step("Routing", routing, figure((routing.value / NS) * MS, 3, " ms"), {
    engine: parts.routingSeconds * NS,
  });
}

/**
 * Two all-reduces per layer of one pipeline stage (a latency plus a ring's share of the 16-bit
 * activations over the GPU's link), and a hand-off between servers when there are stages, in ms.
 */
export function collectivesRow(setup: ServingSetup, parts: PassParts) {
  const { tensorParallel: t, stages } = replicaLayout(setup.gpus);
  const { model, efficiency, gpu } = setup;
  const activations = num((parts.tokens * model.hiddenSize * 2) / MB, 3, " MB");
  const allReduces = times(
    num(2),
    num(model.layers / stages, 1, " layers"),
    plus(
      num(efficiency.collectiveLatencySeconds * MS, 3, " ms"),
      over(
        times(num(2), over(num(t - 1), num(t)), activations),
        num(gpu.interconnectGBs ?? DEFAULT_INTERCONNECT_GBS, 0, " GB/s"),
      ),
    ),
  );
  const handOff = plus(
    num(efficiency.interNodeCollectiveLatencySeconds * MS, 3, " ms"),
    over(activations, num(INTER_NODE_GBS, 0, " GB/s")),
  );
  const collectives =
    t === 1
      ? stated("None: one GPU holds the model", 0)
      : stages > 1
        ? plus(allReduces, handOff)
        : allReduces;
  return figureStep("Collectives", collectives, 3, " ms", {
    engine: parts.collectiveSeconds * MS,
  });
}
