/**
 * The cost-against-volume chart's bands: each option's P10, P50 and P90 monthly cost at a few
 * volumes, over the scenario's ranges (see /methodology#uncertainty). The volume is the chart's
 * axis, so a range on it is left out: each draw picks every other ranged input once and costs
 * every option at every volume, as the Monte Carlo of ./uncertainty.ts does at one.
 */
import { DEFAULT_SEED, quantile, seededRandom } from "./random";
import { ok, type Result } from "./result";
import type { Scenario } from "./types";
import {
  band,
  costAt,
  costerFor,
  isVolume,
  spreadsOf,
  type Band,
  type RangedInput,
} from "./uncertainty";

/**
 * Fewer draws than the headline's 2,000: a band drawn on a chart needs no finer percentiles. The
 * caller bounds the volumes: the work is this many draws × volumes × options.
 */
export const BAND_DRAWS = 500;

export interface OptionBands {
  id: string;
  /** One per volume asked for; null where the option cannot run in any draw. */
  bands: (Band | null)[];
}

/**
 * Each option's band at each volume, for a valid scenario and its ranges (unannounced prices count
 * as ranges too). The same seed gives the same bands. With nothing ranged besides the volume, every
 * band is the scenario's own cost three times over, found without drawing. Never throws.
 */
export function volumeBands(
  scenario: Scenario,
  typedRanges: readonly RangedInput[],
  volumes: readonly number[],
  settings: { draws?: number; seed?: number } = {},
): Result<OptionBands[]> {
  const checked = spreadsOf(scenario, typedRanges);
  if (!checked.ok) return checked;
  const spreads = checked.value.filter((s) => !isVolume(s));
  const draws = spreads.length === 0 ? 1 : (settings.draws ?? BAND_DRAWS);
  const cost = costerFor(scenario, spreads);
  const random = seededRandom(settings.seed ?? DEFAULT_SEED);
  const costs = scenario.options.map(() => volumes.map((): number[] => []));
  for (let d = 0; d < draws; d++) {
    const { prepared } = cost(spreads.map((s) => quantile(s, random())));
    prepared.forEach((p, i) =>
      volumes.forEach((volume, j) => {
        const usd = costAt(p, volume);
        if (usd !== null) costs[i]![j]!.push(usd);
      }),
    );
  }
  return ok(
    scenario.options.map((o, i) => ({
      id: o.id,
      bands: costs[i]!.map(band),
    })),
  );
}
