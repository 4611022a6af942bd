/**
 * What re-pricing an old link changed, scenario by scenario, for the notice that offers it: the
 * monthly cost of each scenario's baseline option before and after, and which prices moved.
 */
import { parseCatalogVersion } from "../catalog";
import type { Range } from "../catalog/types";
import { formatDay } from "../format";
import { evaluateDoc } from "../scenario/evaluate";
import type { Repriced } from "../scenario/reprice";
import type { ScenarioDoc, Workspace } from "../scenario/workspace";
import { optionTitle } from "../scenario/form";

/**
 * A monthly cost in dollars: a number, a low–high range when a price is only known as a range
 * (never $0 for an unknown price), or null when the option cannot be costed (it does not fit its
 * GPUs, or the scenario holds a value the calculator does not accept).
 */
export type MonthlyCost = number | Range | null;

/** One figure re-pricing moved: a price point ("launch (price unannounced)" → "list price") or a
 * self-hosted cost ("2.95 $/GPU-hour" → "2.49 $/GPU-hour"). */
export interface PriceMove {
  option: string;
  from: string;
  to: string;
}

export interface RepriceDifference {
  name: string;
  /** The scenario's baseline option, whose cost `before` and `after` are. */
  option: string;
  before: MonthlyCost;
  after: MonthlyCost;
  /** `after − before`: a range when either side is one and the ends moved apart, null when either is null. */
  change: MonthlyCost;
  /** What re-pricing moved in the scenario, on the baseline or not. */
  moved: PriceMove[];
}

/** The baseline's monthly cost, evaluated as the calculator evaluates the scenario. */
function baselineCost(scenario: ScenarioDoc): MonthlyCost {
  const outcome = evaluateDoc(scenario);
  if (!outcome.ok) return null;
  const { result } = outcome.evaluation;
  const baseline = result.options.find((o) => o.id === result.baselineId);
  if (!baseline) return null;
  return baseline.monthlyCostRange ?? baseline.monthlyCostUsd;
}

const span = (cost: number | Range): Range =>
  typeof cost === "number" ? { low: cost, high: cost } : cost;

/**
 * `after − before`. A range's ends are the low and the high price of the same unknown price, so
 * ends are subtracted from ends (low from low, high from high): a range that did not move
 * changed by nothing, not by anything from −width to +width.
 */
function difference(before: MonthlyCost, after: MonthlyCost): MonthlyCost {
  if (before === null || after === null) return null;
  if (typeof before === "number" && typeof after === "number")
    return after - before;
  const b = span(before);
  const a = span(after);
  const [low, high] = [a.low - b.low, a.high - b.high].sort((x, y) => x - y);
  return low === high ? low! : { low: low!, high: high! };
}

/**
 * Each scenario's baseline cost before and after re-pricing (`after` being `before` re-priced,
 * scenario for scenario). The baseline is what a scenario's savings are measured against, so its
 * cost is the one figure every scenario has and the reader already compares by; an option that
 * moved without being the baseline is listed in `moved`.
 */
export function repriceDifferences(
  before: Workspace,
  { workspace: after, changes }: Repriced,
): RepriceDifference[] {
  return after.scenarios.map((scenario, i) => {
    const old = before.scenarios[i] ?? scenario;
    const baseline = scenario.options.find(
      (o) => o.key === scenario.baselineKey,
    );
    const was = baselineCost(old);
    const now = baselineCost(scenario);
    return {
      name: scenario.name,
      option: baseline ? optionTitle(baseline) : "",
      before: was,
      after: now,
      change: difference(was, now),
      moved: changes
        .filter((change) => change.scenarioIndex === i)
        .map(({ optionLabel, from, to }) => ({
          option: optionLabel,
          from,
          to,
        })),
    };
  });
}

/** A catalog version as a reader says its date: `2026.07.01` → "1 July 2026". */
export function catalogDateLabel(version: string): string {
  const date = parseCatalogVersion(version);
  return date ? formatDay(date) : version;
}
