/**
 * How an option stands against the baseline, in one family of words wherever it is said (the
 * headline, the cards, the comparison): "saves 53%", "costs $1,200 more" or "costs the same",
 * and against a name, "saves 53% vs Muse Spark" or "costs 53% more than Muse Spark".
 */
import type { Savings } from "../engine/evaluate";
import { formatPercent, formatUsd } from "../format";

/**
 * How a saving is sized: its share of the baseline (dollars when the baseline costs next to
 * nothing), dollars, or dollars with the share beside them.
 */
export type SavingSize = "share" | "usd" | "usd-and-share";

type Saving = Pick<Savings, "monthlyUsd" | "share">;

function sizeOf({ monthlyUsd, share }: Saving, size: SavingSize): string {
  const usd = formatUsd(Math.abs(monthlyUsd));
  if (share === null || size === "usd") return usd;
  const percent = formatPercent(Math.abs(share));
  return size === "share" ? percent : `${usd} (${percent})`;
}

/** What an option saves, or costs more, than the baseline (named `against`, if given). */
export function savingPhrase(
  saving: Saving,
  size: SavingSize,
  against?: string,
): string {
  const named = (word: string) => (against ? ` ${word} ${against}` : "");
  if (saving.monthlyUsd === 0) return `costs the same${named("as")}`;
  const amount = sizeOf(saving, size);
  return saving.monthlyUsd > 0
    ? `saves ${amount}${named("vs")}`
    : `costs ${amount} more${named("than")}`;
}
