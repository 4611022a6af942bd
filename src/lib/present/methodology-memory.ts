/**
 * The worked example's memory and mixture-of-experts tables: what one replica holds, how many
 * requests fit beside the weights, and how a mixture of experts splits its parameters.
 */
import {
  BYTES_PER_KV_VALUE,
  BYTES_PER_WEIGHT,
  expertsTouched,
  kvBytesPerTokenPerLayer,
  layerSplit,
  parameterSplit,
} from "../engine/architecture";
import { kvCopies, type MemoryFit, type ServingSetup } from "../engine/serving";
import { formatPercent } from "../format";
import { GB, figure, figureStep, step, type StepSection } from "./steps";
import {
  equals,
  floor,
  min,
  minus,
  note,
  num,
  over,
  plus,
  pow,
  times,
} from "./worked";

export function memorySection(
  label: string,
  setup: ServingSetup,
  fit: MemoryFit,
): StepSection {
  const { model, gpu, gpus, efficiency } = setup;
  const usable = times(
    num(gpus),
    minus(
      times(num(gpu.memoryGB, 0, " GB"), num(efficiency.memoryUtilization, 2)),
      num(efficiency.reservePerGpuGB, 0, " GB"),
    ),
  );
  const weights = note(
    times(
      num(model.totalParamsB, 1, "B parameters"),
      num(BYTES_PER_WEIGHT[setup.weights], 1),
    ),
    " byte",
  );
  const budget = minus(
    num(usable.value, 1, " GB"),
    num(weights.value, 1, " GB"),
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
  const copies = kvCopies(setup);
  const perRequest = times(
    num(perToken.value),
    held,
    num(copies, 2, copies === 1 ? " copy" : " copies"),
  );
  const most = min(
    num(efficiency.maxBatch),
    equals(floor(over(num(budget.value, 1), num(perRequest.value / GB, 4)))),
  );
  return {
    id: "memory",
    title: `${label}, ${setup.weights} weights, ${setup.kv} KV cache`,
    rows: [
      figureStep("Usable memory", usable, 1, " GB", {
        engine: fit.usableGB,
      }),
      figureStep("Weights", weights, 1, " GB", {
        engine: fit.weightsGB,
      }),
      figureStep("KV budget", budget, 1, " GB", {
        engine: fit.kvBudgetGB,
      }),
      figureStep("KV bytes per token per layer", perToken, 0, " bytes", {
        symbol: "κ",
        engine: kvBytesPerTokenPerLayer(model, setup.kv),
      }),
      figureStep("Context of one request", context, 1, " tokens", {
        symbol: "T",
      }),
      step(
        "KV cache of one request",
        perRequest,
        figure(perRequest.value / GB, 4, " GB"),
        { engine: fit.kvGBPerRequest * GB },
      ),
      figureStep("Most requests at once", most, 0, "", {
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
      figureStep("Routed parameters", routed, 1, "B", {
        engine: split.routedB,
      }),
      figureStep("Shared parameters", shared, 1, "B", {
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
