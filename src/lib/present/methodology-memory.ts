/**
 * The worked example's memory and mixture-of-experts tables: what one replica holds, how many
 * requests fit beside the weights, and how a mixture of experts splits its parameters.
 */
import {
  BYTES_PER_KV_VALUE,
  BYTES_PER_WEIGHT,
  sharedBytesPerWeight,
  expertsTouched,
  kvBytesPerTokenPerLayer,
  layerSplit,
  parameterSplit,
} from "../engine/architecture";
import { kvCopies, type MemoryFit, type ServingSetup } from "../engine/serving";
import { formatPercent } from "../format";
import { GB, figure, step, type StepSection } from "./steps";
import { floor, min, minus, note, num, over, plus, pow, times } from "./worked";

export function memorySection(
  label: string,
  setup: ServingSetup,
  fit: MemoryFit,
): StepSection {
  const { model, gpu, gpus, efficiency } = setup;
  const { layout } = fit;
  const { sharedB, routedB } = parameterSplit(model);
  const shared = times(
    num(sharedB, 1, "B"),
    num(sharedBytesPerWeight(model, setup.weights), 4),
  );
  const routed = times(
    num(routedB, 1, "B"),
    num(BYTES_PER_WEIGHT[setup.weights], 4),
  );
  const weights = note(
    layout.kind === "DEP"
      ? plus(shared, over(routed, num(gpus, 0, " GPUs")))
      : over(model.moe ? plus(shared, routed) : shared, num(gpus, 0, " GPUs")),
    " GB",
  );
  const free = minus(
    minus(
      num(gpu.memoryGB, 0, " GB"),
      num(efficiency.reservePerGpuGB, 0, " GB reserve"),
    ),
    num(weights.value, 2, " GB"),
  );
  const cache = times(
    num(efficiency.memoryUtilization, 2),
    num(free.value, 2, " GB"),
  );
  const perToken = model.mla
    ? note(
        times(
          plus(num(model.mla.kvLoraRank), num(model.mla.ropeHeadDim)),
          num(BYTES_PER_KV_VALUE[setup.kv], 1),
        ),
        " (MLA)",
      )
    : note(
        times(
          num(2),
          num(model.kvHeads, 0, " KV heads"),
          num(model.headDim),
          num(BYTES_PER_KV_VALUE[setup.kv], 1),
        ),
        " (GQA)",
      );
  const context = plus(num(setup.inputTokens), num(setup.outputTokens, 1));
  const { full, windowed, window } = layerSplit(model);
  const tokens = num(context.value, 1);
  const held = plus(
    times(num(full, 0, " full layers"), tokens),
    ...(windowed > 0
      ? [times(num(windowed, 0, " windowed layers"), min(tokens, num(window)))]
      : []),
  );
  const copies = kvCopies(model, layout);
  const perRequest = times(
    num(perToken.value),
    held,
    num(copies, 2, copies === 1 ? " copy" : " copies"),
  );
  const gpusPerRank = gpus / layout.ranks;
  const perRank = min(
    num(efficiency.maxBatch),
    floor(
      over(
        times(num(cache.value, 2, " GB"), num(gpusPerRank, 0, " GPUs")),
        num(perRequest.value / GB, 4, " GB"),
      ),
    ),
  );
  const most = times(perRank, num(layout.ranks, 0, " ranks"));
  return {
    id: "memory",
    title: `${label}, ${setup.weights} weights, ${setup.kv} KV cache, ${layout.name}`,
    rows: [
      step("Weights per GPU", weights, figure(weights.value, 2, " GB"), {
        engine: fit.weightsPerGpuGB,
      }),
      step("Free per GPU", free, figure(free.value, 2, " GB")),
      step("KV cache per GPU", cache, figure(cache.value, 2, " GB"), {
        engine: fit.kvBudgetGB / gpus,
      }),
      step(
        "KV bytes per token per layer",
        perToken,
        figure(perToken.value, 0, " bytes"),
        { symbol: "κ", engine: kvBytesPerTokenPerLayer(model, setup.kv) },
      ),
      step(
        "Context of one request",
        context,
        figure(context.value, 1, " tokens"),
        { symbol: "T" },
      ),
      step(
        "KV cache of one request",
        perRequest,
        figure(perRequest.value / GB, 4, " GB"),
        { engine: fit.kvGBPerRequest * GB },
      ),
      step("Most requests at once", most, figure(most.value, 0), {
        symbol: "B_max",
        engine: fit.maxConcurrency,
      }),
    ],
  };
}

/** Null for a dense model: every parameter is read for every token. */
export function moeSection(
  setup: ServingSetup,
  decodeBatch: number,
  prefillTokens: number,
): StepSection | null {
  const { model } = setup;
  if (!model.moe) return null;
  const { experts, activeExperts } = model.moe;
  const share = () => over(num(activeExperts), num(experts));
  const split = parameterSplit(model);
  const routed = over(
    minus(num(model.totalParamsB, 1, "B"), num(model.activeParamsB, 1, "B")),
    minus(num(1), share()),
  );
  const shared = minus(
    num(model.totalParamsB, 1, "B"),
    num(routed.value, 1, "B"),
  );
  const touched = (tokens: number) =>
    minus(num(1), pow(minus(num(1), share()), tokens));
  const decode = touched(decodeBatch);
  const prefill = touched(prefillTokens);
  return {
    id: "moe",
    title: model.name,
    rows: [
      // One token touches exactly the share it is routed to.
      step("Routed share per token", share(), figure(share().value, 4), {
        symbol: "k / E",
        engine: expertsTouched(model, 1),
      }),
      step("Routed parameters", routed, figure(routed.value, 1, "B"), {
        engine: split.routedB,
      }),
      step("Shared parameters", shared, figure(shared.value, 1, "B"), {
        engine: split.sharedB,
      }),
      step(
        `Experts touched by a decode batch of ${figure(decodeBatch, 0)}`,
        decode,
        formatPercent(decode.value),
        { engine: expertsTouched(model, decodeBatch) },
      ),
      step(
        `Experts touched by a prefill of ${figure(prefillTokens, 0)} tokens`,
        prefill,
        formatPercent(prefill.value),
        { engine: expertsTouched(model, prefillTokens) },
      ),
    ],
  };
}
