/** The worked example's API table: one request at the option's prices, then the month. */
import {
  apiMonthlyCost,
  apiRequestCost,
  batchFactor,
  pricesForPrompt,
} from "../engine/api-cost";
import { pricesAt } from "../engine/option-cost";
import type { ApiOption, Workload } from "../engine/types";
import { TOKENS_PER_PRICE_UNIT } from "../engine/units";
import { figureStep, usdStep, type StepSection } from "./steps";
import {
  equals,
  minus,
  num,
  over,
  percent,
  plus,
  pow,
  times,
  usd,
  type Worked,
} from "./worked";

const perPriceUnit = () => pow(num(10), Math.log10(TOKENS_PER_PRICE_UNIT));

export function apiSection(option: ApiOption, workload: Workload) {
  const listPrices = pricesAt(option.pricing, "mid");
  const prices = pricesForPrompt(
    listPrices,
    workload.inputTokens,
    option.longContext,
  );
  const engine = apiRequestCost(
    listPrices,
    workload,
    option.verbosity,
    option.longContext,
    option.cacheWritePerM,
  );
  const cached = workload.inputTokens * workload.cachedShare;
  const writes = workload.cacheWriteShare ?? 0;
  const priced = (tokens: Worked, perM: number) =>
    over(times(tokens, usd(perM)), perPriceUnit());
  const uncachedInput = priced(
    num(workload.inputTokens - cached, 0, " tokens"),
    prices.inputPerM,
  );
  const cachedInput = priced(
    num(cached * (1 - writes), 0, " tokens"),
    prices.cachedInputPerM,
  );
  const cacheWrite = priced(
    num(cached * writes, 0, " tokens"),
    option.cacheWritePerM ?? prices.inputPerM,
  );
  const output = priced(
    equals(
      times(num(workload.outputTokens), num(option.verbosity, 3)),
      1,
      " tokens",
    ),
    prices.outputPerM,
  );
  const perRequest = plus(
    usd(uncachedInput.value),
    usd(cachedInput.value),
    usd(cacheWrite.value),
    usd(output.value),
  );
  const factor = minus(
    num(1),
    times(
      percent(workload.batchShare),
      percent(option.batchDiscount, " discount"),
    ),
  );
  const monthly = times(
    num(workload.requestsPerMonth),
    usd(perRequest.value),
    num(factor.value, 3),
  );
  const section: StepSection = {
    id: "api",
    title: `${option.label}, one request and one month`,
    rows: [
      usdStep("Uncached input", uncachedInput, {
        engine: engine.uncachedInputUsd,
      }),
      usdStep("Cached input", cachedInput, {
        engine: engine.cachedInputUsd,
      }),
      usdStep("Cache writes", cacheWrite, {
        engine: engine.cacheWriteUsd,
      }),
      usdStep("Output", output, {
        engine: engine.outputUsd,
      }),
      usdStep("Per request", perRequest, {
        symbol: "C_req",
        engine: engine.totalUsd,
      }),
      figureStep("Batch factor", factor, 3, "", {
        engine: batchFactor(workload.batchShare, option.batchDiscount),
      }),
      usdStep("Monthly", monthly, {
        symbol: "C_month",
        engine: apiMonthlyCost(option, listPrices, workload).totalUsd,
      }),
    ],
  };
  const longContext = option.longContext && {
    thresholdTokens: option.longContext.thresholdTokens,
    applies: workload.inputTokens > option.longContext.thresholdTokens,
  };
  return {
    section,
    longContext: longContext ?? null,
    priceIsRange: option.pricing.kind === "range",
  };
}
