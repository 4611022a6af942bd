/** Units shared by every cost formula (set out at /methodology#units). */

export const MONTHS_PER_YEAR = 12;
export const DAYS_PER_YEAR = 365;
export const HOURS_PER_DAY = 24;
export const SECONDS_PER_HOUR = 3600;

/** Hours in the month the cost model bills: an average month of a 365-day year, 730. */
export const HOURS_PER_MONTH =
  (DAYS_PER_YEAR * HOURS_PER_DAY) / MONTHS_PER_YEAR;

export const SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;

/** Prices are quoted per this many tokens. */
export const TOKENS_PER_PRICE_UNIT = 1e6;

/** Periods a request rate can be typed in, and how many of each a month holds. */
export const PERIODS_PER_MONTH = {
  second: SECONDS_PER_MONTH,
  minute: SECONDS_PER_MONTH / 60,
  hour: HOURS_PER_MONTH,
  day: HOURS_PER_MONTH / HOURS_PER_DAY,
  month: 1,
} as const;

export type RatePeriod = keyof typeof PERIODS_PER_MONTH;
