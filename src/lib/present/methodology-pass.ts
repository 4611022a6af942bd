/**
 * The worked example's engine iterations taken apart into operator groups (dense layers, routed
 * experts, attention, communication, fixed cost), each a roofline worked out from what one GPU
 * reads and computes, then summed to the engine's time for the iteration. Units are chosen so
 * every quotient is in ms: GB / (TB/s), GFLOP / TFLOPS, MB / (GB/s).
 */
import {
  INTER_NODE_GBS,
  MLA_LAYER_WEIGHT,
  MOE_LAYER_WEIGHT,
} from "../engine/efficiency";
import {
  gpuRates,
  type Layout,
  type ServingSetup,
  type StepParts,
} from "../engine/serving";
import { figure, GB, MB, MS, step, TERA, type StepRow } from "./steps";
import { max, num, over, plus, times, type Worked } from "./worked";

const GIGA = 1e9;

/** ms of one roofline: bytes at a bandwidth against FLOPs at a rate. */
function roofline(
  bytes: number,
  bandwidth: number,
  flops: number,
  rate: number,
): Worked {
  return max(
    over(num(bytes / GB, 3, " GB"), num(bandwidth / TERA, 2, " TB/s")),
    over(num(flops / GIGA, 1, " GFLOP"), num(rate / TERA, 0, " TFLOPS")),
  );
}

/** With pipeline stages, each group runs once per stage pass. */
const passes = (layout: Layout, x: Worked) =>
  layout.stages > 1 ? times(num(layout.stages, 0, " passes"), x) : x;

const latency = (seconds: number) => num(seconds * MS, 4, " ms");

/** ms of the iteration's communication in one stage pass. */
function communication(
  setup: ServingSetup,
  parts: StepParts,
  link: number,
): Worked {
  const { model, efficiency: e } = setup;
  const { layout } = parts;
  const tokens = (parts.batch + parts.promptTokens) / layout.stages;
  const linkGBs = num(link / GB, 0, " GB/s");
  if (layout.kind === "DEP") {
    const moe = model.moe!;
    const g = layout.gpus;
    // FP8 dispatch (1 byte) and BF16 combine (2 bytes) of each token's hidden state per expert.
    const bytes = num(
      ((tokens / g) * moe.activeExperts * model.hiddenSize * 3 * (g - 1)) /
        g /
        MB,
      3,
      " MB",
    );
    return times(
      num(moe.layers ?? model.layers, 0, " MoE layers"),
      plus(
        times(num(2), latency(e.collectiveLatencySeconds)),
        over(bytes, linkGBs),
      ),
    );
  }
  const t = layout.tensorParallel;
  const activations = (tokens * model.hiddenSize * 2) / MB;
  const terms: Worked[] = [];
  if (t > 1)
    terms.push(
      times(
        num(2),
        num(model.layers / layout.stages, 1, " layers"),
        plus(
          latency(e.collectiveLatencySeconds),
          over(num(((2 * (t - 1)) / t) * activations, 4, " MB"), linkGBs),
        ),
      ),
    );
  if (layout.stages > 1)
    terms.push(
      latency(e.interNodeCollectiveLatencySeconds),
      over(num(activations, 4, " MB"), num(INTER_NODE_GBS, 0, " GB/s")),
    );
  return terms.length ? plus(...terms) : num(0, 0, " ms");
}

/** The iteration's operator groups, each worked out, and their sum. */
export function groupRows(
  setup: ServingSetup,
  parts: StepParts,
  total: { label: string; symbol: string },
): StepRow[] {
  const { model, efficiency: e } = setup;
  const { layout } = parts;
  const r = gpuRates(setup, layout);
  const groups: [string, Worked, number][] = [
    [
      "Dense layers",
      passes(
        layout,
        roofline(parts.denseBytes, r.weights, parts.denseFlops, r.linear),
      ),
      parts.dense,
    ],
  ];
  if (model.moe) {
    const imbalance = layout.kind === "DEP" ? e.expertImbalance : 1;
    const experts = roofline(
      parts.expertBytes,
      r.weights,
      parts.expertFlops * parts.expertPadding,
      r.linear * e.moeCompute,
    );
    groups.push([
      "Routed experts",
      passes(
        layout,
        imbalance === 1 ? experts : times(num(imbalance, 2), experts),
      ),
      parts.experts,
    ]);
  }
  const decodeEta = model.mla ? e.mlaAttention : e.prefill;
  groups.push([
    "Attention",
    passes(
      layout,
      plus(
        roofline(
          parts.kvBytes,
          r.kv,
          parts.decodeAttentionFlops,
          r.bf16 * decodeEta,
        ),
        over(
          num(parts.prefillAttentionFlops / GIGA, 1, " GFLOP"),
          num((r.bf16 * e.prefill) / TERA, 0, " TFLOPS"),
        ),
      ),
    ),
    parts.attention,
  ]);
  groups.push([
    layout.kind === "DEP" ? "Expert all-to-all" : "Collectives",
    passes(layout, communication(setup, parts, r.link)),
    parts.communication,
  ]);
  const layers = model.layers / layout.stages;
  const moeLayers = model.moe
    ? (model.moe.layers ?? model.layers) / layout.stages
    : 0;
  groups.push([
    "Fixed cost",
    passes(
      layout,
      plus(
        latency(e.stepOverheadSeconds),
        times(
          latency(e.layerSeconds),
          plus(
            num(layers, 1, " layers"),
            ...(moeLayers
              ? [times(num(MOE_LAYER_WEIGHT), num(moeLayers, 1, " MoE"))]
              : []),
            ...(model.mla
              ? [times(num(MLA_LAYER_WEIGHT), num(layers, 1, " MLA"))]
              : []),
          ),
        ),
      ),
    ),
    parts.fixed,
  ]);
  const sum = plus(...groups.map(([, x]) => num(x.value, 3, " ms")));
  return [
    ...groups.map(([label, x, engine]) =>
      step(label, x, figure(x.value, 3, " ms"), { engine: engine * MS }),
    ),
    step(total.label, sum, figure(sum.value, 2, " ms"), {
      symbol: total.symbol,
      engine: parts.seconds * MS,
    }),
  ];
}
