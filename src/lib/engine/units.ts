/** Units shared by every cost formula. */

/** Hours in the month the cost model bills: 365 × 24 / 12 = 730 (PRODUCT.md §4). */
export const HOURS_PER_MONTH = 730;

export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Prices are quoted per this many tokens. */
export const TOKENS_PER_PRICE_UNIT = 1e6;

export const MONTHS_PER_YEAR = 12;

/** Periods a request rate can be typed in, and how many of each a month holds. */
export const PERIODS_PER_MONTH = {
  second: SECONDS_PER_MONTH,
  minute: SECONDS_PER_MONTH / 60,
  hour: HOURS_PER_MONTH,
  day: HOURS_PER_MONTH / 24,
  month: 1,
} as const;

export type RatePeriod = keyof typeof PERIODS_PER_MONTH;
