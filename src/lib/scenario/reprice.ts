/**
 * Re-pricing a workspace opened from a link made with an older catalog. The link opens with the
 * prices it was made with; re-pricing moves each API option still at its catalog prices to the
 * price point in effect today, and each self-hosted option's GPU prices and cost assumptions still
 * at their old catalog values to today's, and says what moved. Figures the user typed stay.
 */
import { catalogDate, offerLabel, findApiOffer, priceAt } from "../catalog";
import { CATALOG_COST_FIELDS, catalogCosts, withPricePoint } from "./defaults";
import { SELF_HOST_NUMBERS } from "./fields";
import {
  optionTitle,
  type ApiForm,
  type OptionForm,
  type SelfHostForm,
} from "./form";
import type { ScenarioDoc, Workspace } from "./workspace";

export interface PriceChange {
  scenarioIndex: number;
  scenarioName: string;
  optionKey: string;
  /** The option as results name it: "Muse Spark (Meta)". */
  optionLabel: string;
  /** Label of the price point the option had and of the one it has now; for a self-hosted
   * option's cost, the figure as the form writes it, with its unit. */
  from: string;
  to: string;
}

type Change = Omit<PriceChange, "scenarioIndex" | "scenarioName">;

export interface Repriced {
  workspace: Workspace;
  changes: PriceChange[];
}

/** What a price point fills in on an API option; its other fields are the user's choices. */
const PRICE_FIELDS = [
  "prices",
  "low",
  "high",
  "batchDiscountPercent",
] as const satisfies readonly (keyof ApiForm)[];

/** The option moved to the price in effect on `asOf` and what moved, or null when it stays. */
function repriceApi(
  form: ApiForm,
  asOf: string,
): { moved: ApiForm; changes: Change[] } | null {
  const offer = findApiOffer(form.offerId);
  const point = offer?.prices.find((p) => p.label === form.pricePoint);
  if (!offer || !point) return null;
  const target = priceAt(offer, asOf);
  if (target === point) return null;
  const catalogs = withPricePoint(form, offer, point);
  const typedOver = PRICE_FIELDS.some(
    (field) => JSON.stringify(form[field]) !== JSON.stringify(catalogs[field]),
  );
  if (typedOver) return null;
  return {
    moved: withPricePoint(form, offer, target),
    changes: [
      {
        optionKey: form.key,
        optionLabel: offerLabel(offer),
        from: point.label,
        to: target.label,
      },
    ],
  };
}

/**
 * The self-hosted option with each catalog cost that still holds its value in the catalog of
 * `pricedAsOf` moved to its value on `asOf`, or null when none moves.
 */
function repriceSelfHost(
  form: SelfHostForm,
  pricedAsOf: string,
  asOf: string,
): { moved: SelfHostForm; changes: Change[] } | null {
  const then = catalogCosts(form.gpuId, pricedAsOf);
  const now = catalogCosts(form.gpuId, asOf);
  const moved = { ...form };
  const changes: Change[] = [];
  for (const field of CATALOG_COST_FIELDS) {
    const [old, fresh] = [then[field], now[field]];
    if (old === undefined || fresh === undefined) continue;
    if (form[field] !== old || old === fresh) continue;
    moved[field] = fresh;
    const { label, unit } = SELF_HOST_NUMBERS[field];
    changes.push({
      optionKey: form.key,
      optionLabel: `${optionTitle(form)}, ${label}`,
      from: `${old} ${unit}`,
      to: `${fresh} ${unit}`,
    });
  }
  return changes.length ? { moved, changes } : null;
}

function repriceOption(
  form: OptionForm,
  pricedAsOf: string,
  asOf: string,
): { moved: OptionForm; changes: Change[] } | null {
  return form.kind === "api"
    ? repriceApi(form, asOf)
    : repriceSelfHost(form, pricedAsOf, asOf);
}

/**
 * The workspace, priced with the catalog of `pricedAsOf`, moved to the catalog of `asOf` (today,
 * unless given): every API option whose price point is not the one in effect then moves to that
 * one, unless its price fields no longer hold its point's catalog values, which means the user
 * typed their own; every self-hosted option's GPU prices and cost assumptions that still hold
 * their old catalog values take the new ones. Nothing else changes; the input is left as it was.
 */
export function repriceWorkspace(
  workspace: Workspace,
  pricedAsOf: string,
  asOf = catalogDate,
): Repriced {
  const changes: PriceChange[] = [];
  const scenarios = workspace.scenarios.map(
    (scenario, scenarioIndex): ScenarioDoc => ({
      ...scenario,
      options: scenario.options.map((form) => {
        const repriced = repriceOption(form, pricedAsOf, asOf);
        if (!repriced) return form;
        for (const change of repriced.changes)
          changes.push({
            scenarioIndex,
            scenarioName: scenario.name,
            ...change,
          });
        return repriced.moved;
      }),
    }),
  );
  return { workspace: { ...workspace, scenarios }, changes };
}

/**
 * Whether an opened link should offer re-pricing: it was made with an older catalog than today's
 * (so it was priced as of an earlier day), and re-pricing would change at least one of its prices.
 */
export function needsRepriceNotice(link: {
  /** The catalog date the link's prices are from. */
  pricesAsOf: string;
  workspace: Workspace;
}): boolean {
  return (
    link.pricesAsOf < catalogDate &&
    repriceWorkspace(link.workspace, link.pricesAsOf).changes.length > 0
  );
}
