/**
 * Re-pricing a workspace opened from a link made with an older catalog. The link opens with the
 * prices it was made with; re-pricing moves each API option still at its catalog prices to the
 * price point in effect today, and says what moved. Prices the user typed are theirs and stay.
 */
import { catalogDate, findApiOffer, priceAt } from "../catalog";
import { offerLabel, withPricePoint, type ApiForm } from "./form";
import type { DecodedLink } from "./link";
import type { ScenarioDoc, Workspace } from "./workspace";

export interface PriceChange {
  scenarioIndex: number;
  scenarioName: string;
  optionKey: string;
  /** The option as results name it: "Muse Spark (Meta)". */
  optionLabel: string;
  /** Label of the price point the option had, and of the one it has now. */
  from: string;
  to: string;
}

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
function repriceOption(
  form: ApiForm,
  asOf: string,
): {
  moved: ApiForm;
  change: Omit<PriceChange, "scenarioIndex" | "scenarioName">;
} | null {
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
    change: {
      optionKey: form.key,
      optionLabel: offerLabel(offer),
      from: point.label,
      to: target.label,
    },
  };
}

/**
 * The workspace with every API option whose price point is not the one in effect on `asOf` (today,
 * unless given) moved to that one — unless its price fields no longer hold its point's catalog
 * values, which means the user typed their own. Only the price point and its price fields change.
 * The input is left as it was.
 */
export function repriceWorkspace(
  workspace: Workspace,
  asOf = catalogDate,
): Repriced {
  const changes: PriceChange[] = [];
  const scenarios = workspace.scenarios.map(
    (scenario, scenarioIndex): ScenarioDoc => ({
      ...scenario,
      options: scenario.options.map((form) => {
        const repriced = form.kind === "api" && repriceOption(form, asOf);
        if (!repriced) return form;
        changes.push({
          scenarioIndex,
          scenarioName: scenario.name,
          ...repriced.change,
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
export function needsRepriceNotice(
  link: Pick<DecodedLink, "pricesAsOf" | "workspace">,
): boolean {
  return (
    link.pricesAsOf < catalogDate &&
    repriceWorkspace(link.workspace).changes.length > 0
  );
}
