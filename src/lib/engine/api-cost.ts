/**
 * What a per-token API bills (worked through at /methodology#api). For one request at prices p:
 *   cost = [Tin·(1−c)·p_in + Tin·c·(1−w)·p_cached + Tin·c·w·p_write + Tout·m·p_out] / 1e6
 * where c is the cached share of the prompt, w the share of requests that write their cached
 * part to the cache (p_write: the offer's cache-write price, or else its input price), m the
 * option's output-token factor. A share s of requests has prompts over the long-context
 * threshold and bills at the tier's prices:
 *   per request = (1 − s)·cost(list) + s·cost(long-context)
 *   monthly = requests · per request · (1 − batchShare · batchDiscount)
 * Without a typed s, s is 1 when the average prompt is over the threshold and 0 otherwise.
 * Cache storage, where an option has a price for it, is a monthly sum that does not grow with
 * the requests:
 *   storage = p_storage · K / 1e6 · H
 * with K the tokens kept (or else the cached part of an average prompt, Tin·c) and H the hours a
 * month they are kept (or else the whole month, 730).
 */
import type { LongContextTier, TokenPrices } from "../catalog/types";
import { HOURS_PER_MONTH, TOKENS_PER_PRICE_UNIT } from "./units";
import type { ApiOption, Workload } from "./types";

/** The prices that apply to a request with `inputTokens` prompt tokens. */
export function pricesForPrompt(
  prices: TokenPrices,
  inputTokens: number,
  longContext: LongContextTier | undefined,
): TokenPrices {
  if (!longContext || inputTokens <= longContext.thresholdTokens) return prices;
  return longPrices(longContext);
}

const longPrices = (tier: LongContextTier): TokenPrices => ({
  inputPerM: tier.inputPerM,
  cachedInputPerM: tier.cachedInputPerM,
  outputPerM: tier.outputPerM,
});

/** Share of requests billed at the long-context tier: the typed share, or by the average prompt. */
function longContextShare(
  workload: Pick<Workload, "inputTokens" | "longContextShare">,
  longContext: LongContextTier | undefined,
): number {
  if (!longContext) return 0;
  return (
    workload.longContextShare ??
    (workload.inputTokens > longContext.thresholdTokens ? 1 : 0)
  );
}

export interface ApiRequestCost {
  uncachedInputUsd: number;
  cachedInputUsd: number;
  cacheWriteUsd: number;
  outputUsd: number;
  totalUsd: number;
}

type RequestShape = Pick<
  Workload,
  | "inputTokens"
  | "outputTokens"
  | "cachedShare"
  | "cacheWriteShare"
  | "longContextShare"
>;

/** One request at one set of prices. */
function costAt(
  p: TokenPrices,
  workload: RequestShape,
  verbosity: number,
  cacheWritePerM: number | undefined,
): ApiRequestCost {
  const cachedTokens = workload.inputTokens * workload.cachedShare;
  const writes = workload.cacheWriteShare ?? 0;
  const uncachedInputUsd =
    ((workload.inputTokens - cachedTokens) * p.inputPerM) /
    TOKENS_PER_PRICE_UNIT;
  const cachedInputUsd =
    (cachedTokens * (1 - writes) * p.cachedInputPerM) / TOKENS_PER_PRICE_UNIT;
  const cacheWriteUsd =
    (cachedTokens * writes * (cacheWritePerM ?? p.inputPerM)) /
    TOKENS_PER_PRICE_UNIT;
  const outputUsd =
    (workload.outputTokens * verbosity * p.outputPerM) / TOKENS_PER_PRICE_UNIT;
  return {
    uncachedInputUsd,
    cachedInputUsd,
    cacheWriteUsd,
    outputUsd,
    totalUsd: uncachedInputUsd + cachedInputUsd + cacheWriteUsd + outputUsd,
  };
}

/** Cost of an average request at list price (before any batch discount). */
export function apiRequestCost(
  prices: TokenPrices,
  workload: RequestShape,
  verbosity: number,
  longContext?: LongContextTier,
  cacheWritePerM?: number,
): ApiRequestCost {
  const base = costAt(prices, workload, verbosity, cacheWritePerM);
  const share = longContextShare(workload, longContext);
  if (!longContext || share === 0) return base;
  const long = costAt(
    longPrices(longContext),
    workload,
    verbosity,
    cacheWritePerM,
  );
  const blend = (key: keyof ApiRequestCost) =>
    (1 - share) * base[key] + share * long[key];
  return {
    uncachedInputUsd: blend("uncachedInputUsd"),
    cachedInputUsd: blend("cachedInputUsd"),
    cacheWriteUsd: blend("cacheWriteUsd"),
    outputUsd: blend("outputUsd"),
    totalUsd: blend("totalUsd"),
  };
}

/** Share of the list price paid once batch requests get their discount. */
export function batchFactor(batchShare: number, batchDiscount: number): number {
  return 1 - batchShare * batchDiscount;
}

/** A month of cache storage: none without a storage price. */
export function cacheStorageUsd(
  option: Pick<
    ApiOption,
    "cacheStoragePerMHour" | "cacheStorageTokens" | "cacheStorageHours"
  >,
  workload: Pick<Workload, "inputTokens" | "cachedShare">,
): number {
  if (option.cacheStoragePerMHour === undefined) return 0;
  const tokens =
    option.cacheStorageTokens ?? workload.inputTokens * workload.cachedShare;
  const hours = option.cacheStorageHours ?? HOURS_PER_MONTH;
  return (
    ((option.cacheStoragePerMHour * tokens) / TOKENS_PER_PRICE_UNIT) * hours
  );
}

export interface ApiMonthlyCost {
  totalUsd: number;
  breakdown: {
    uncachedInputUsd: number;
    cachedInputUsd: number;
    cacheWriteUsd: number;
    outputUsd: number;
    cacheStorageUsd: number;
  };
}

type Billed = Pick<
  ApiOption,
  | "batchDiscount"
  | "longContext"
  | "verbosity"
  | "cacheWritePerM"
  | "cacheStoragePerMHour"
  | "cacheStorageTokens"
  | "cacheStorageHours"
>;

/** The month's bill: its requests, and the cache storage beside them. */
export function apiMonthlyCost(
  option: Billed,
  prices: TokenPrices,
  workload: Workload,
): ApiMonthlyCost {
  const traffic = apiTrafficCost(option, prices, workload);
  const storage = cacheStorageUsd(option, workload);
  return {
    totalUsd: traffic.totalUsd + storage,
    breakdown: { ...traffic.breakdown, cacheStorageUsd: storage },
  };
}

/** What the month's requests cost, storage aside: it grows in proportion to the volume. */
export function apiTrafficCost(
  option: Billed,
  prices: TokenPrices,
  workload: Workload,
): ApiMonthlyCost {
  const perRequest = apiRequestCost(
    prices,
    workload,
    option.verbosity,
    option.longContext,
    option.cacheWritePerM,
  );
  const scale =
    workload.requestsPerMonth *
    batchFactor(workload.batchShare, option.batchDiscount);
  return {
    totalUsd: perRequest.totalUsd * scale,
    breakdown: {
      uncachedInputUsd: perRequest.uncachedInputUsd * scale,
      cachedInputUsd: perRequest.cachedInputUsd * scale,
      cacheWriteUsd: perRequest.cacheWriteUsd * scale,
      outputUsd: perRequest.outputUsd * scale,
      cacheStorageUsd: 0,
    },
  };
}
