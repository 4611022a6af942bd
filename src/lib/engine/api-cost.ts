/**
 * What a per-token API bills (worked through at /methodology#api):
 *   cost = [Tin·(1−c)·p_in + Tin·c·p_cached + Tout·m·p_out] / 1e6
 *   monthly = requests · cost · (1 − batchShare · batchDiscount)
 * A prompt above the long-context threshold bills the whole request at the long-context prices.
 */
import type { LongContextTier, TokenPrices } from "../catalog/types";
import { TOKENS_PER_PRICE_UNIT } from "./units";
import type { ApiOption, Workload } from "./types";

/** The prices that apply to a request with `inputTokens` prompt tokens. */
export function pricesForPrompt(
  prices: TokenPrices,
  inputTokens: number,
  longContext: LongContextTier | undefined,
): TokenPrices {
  if (!longContext || inputTokens <= longContext.thresholdTokens) return prices;
  return {
    inputPerM: longContext.inputPerM,
    cachedInputPerM: longContext.cachedInputPerM,
    outputPerM: longContext.outputPerM,
  };
}

export interface ApiRequestCost {
  uncachedInputUsd: number;
  cachedInputUsd: number;
  outputUsd: number;
  totalUsd: number;
}

/** Cost of one request at list price (before any batch discount). */
export function apiRequestCost(
  prices: TokenPrices,
  workload: Pick<Workload, "inputTokens" | "outputTokens" | "cachedShare">,
  verbosity: number,
  longContext?: LongContextTier,
): ApiRequestCost {
  const p = pricesForPrompt(prices, workload.inputTokens, longContext);
  const cachedTokens = workload.inputTokens * workload.cachedShare;
  const uncachedInputUsd =
    ((workload.inputTokens - cachedTokens) * p.inputPerM) /
    TOKENS_PER_PRICE_UNIT;
  const cachedInputUsd =
    (cachedTokens * p.cachedInputPerM) / TOKENS_PER_PRICE_UNIT;
  const outputUsd =
    (workload.outputTokens * verbosity * p.outputPerM) / TOKENS_PER_PRICE_UNIT;
  return {
    uncachedInputUsd,
    cachedInputUsd,
    outputUsd,
    totalUsd: uncachedInputUsd + cachedInputUsd + outputUsd,
  };
}

/** Share of the list price paid once batch requests get their discount. */
export function batchFactor(batchShare: number, batchDiscount: number): number {
  return 1 - batchShare * batchDiscount;
}

export interface ApiMonthlyCost {
  totalUsd: number;
  breakdown: {
    uncachedInputUsd: number;
    cachedInputUsd: number;
    outputUsd: number;
  };
}

export function apiMonthlyCost(
  option: Pick<ApiOption, "batchDiscount" | "longContext" | "verbosity">,
  prices: TokenPrices,
  workload: Workload,
): ApiMonthlyCost {
  const perRequest = apiRequestCost(
    prices,
    workload,
    option.verbosity,
    option.longContext,
  );
  const scale =
    workload.requestsPerMonth *
    batchFactor(workload.batchShare, option.batchDiscount);
  return {
    totalUsd: perRequest.totalUsd * scale,
    breakdown: {
      uncachedInputUsd: perRequest.uncachedInputUsd * scale,
      cachedInputUsd: perRequest.cachedInputUsd * scale,
      outputUsd: perRequest.outputUsd * scale,
    },
  };
}
