/**
 * Catalog figures a later catalog replaced, kept so a link made with an older catalog opens with
 * the figures it was made with (see version.ts). API prices keep their history as dated price
 * points on each offer; GPU prices and the cost assumptions keep theirs here. When one changes,
 * its old value is added with `until`, the first catalog date that no longer used it, and
 * `catalogVersion` is bumped. Nothing has changed since the first catalog, so the list is empty.
 */
import type { assumptions } from "./assumptions";
import type { Range } from "./types";

export type AssumptionKey = keyof typeof assumptions;

export interface Superseded {
  /** The first catalog date (`YYYY-MM-DD`) with the newer figures. */
  until: string;
  gpus?: Record<string, { rentalTypical?: number; purchase?: Range }>;
  assumptions?: Partial<Record<AssumptionKey, number>>;
}

export const superseded: readonly Superseded[] = [];

/**
 * A figure as it was on `date`: the value the first later change replaced, or today's when none
 * did. `old` reads the figure from a change, undefined when that change left it alone.
 */
export function figureAt<T>(
  date: string,
  today: T,
  old: (change: Superseded) => T | undefined,
  history: readonly Superseded[],
): T {
  const changes = history
    .filter((change) => change.until > date)
    .sort((a, b) => a.until.localeCompare(b.until));
  for (const change of changes) {
    const value = old(change);
    if (value !== undefined) return value;
  }
  return today;
}
