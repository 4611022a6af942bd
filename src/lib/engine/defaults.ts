/**
 * Defaults the scenario format fills in when a user leaves a field out. Sourced figures (energy,
 * hardware life, salaries) live in the catalog's assumptions; these are planning conventions.
 */

/**
 * Plan replicas to run at most 80% busy at the busiest hour: queues grow quickly as a server
 * nears saturation, and 80% is a common autoscaling target.
 */
export const DEFAULT_HEADROOM = 0.8;

/** One replica stays up even at zero traffic, so the first request does not wait for a cold start. */
export const DEFAULT_MIN_REPLICAS = 1;

/** A quarter of an engineer to run one self-hosted deployment (upgrades, monitoring, on-call share). */
export const DEFAULT_ENGINEER_FTE = 0.25;

/** One-off setup cost is spread over a year. */
export const DEFAULT_SETUP_MONTHS = 12;

/** A replica whose count is left automatic holds at least this many full requests in its KV cache. */
export const MIN_DEFAULT_CONCURRENCY = 8;
