/**
 * What the volume field says beside itself: the volume a month (a rate typed per second is easily
 * taken for one per month), and which options it makes implausible.
 */
import type { ScenarioResult } from "../engine/evaluate";
import type { RatePeriod } from "../engine/units";
import type { WarningCode } from "../engine/warnings";
import { formatCompact } from "../format";

export interface VolumeNote {
  /** "= 13.1M requests, 26.3B tokens a month". */
  perMonth: string;
  /** What is implausible at this volume, or null. */
  implausible: string | null;
}

const IMPLAUSIBLE: readonly WarningCode[] = [
  "implausible-fleet",
  "implausible-bill",
];

export function volumeNote(
  result: ScenarioResult,
  period: RatePeriod,
): VolumeNote {
  const requests =
    period === "month"
      ? ""
      : `${formatCompact(result.requestsPerMonth)} requests, `;
  const implausible = result.options.some((o) =>
    o.warnings.some((w) => IMPLAUSIBLE.includes(w.code)),
  );
  return {
    perMonth: `= ${requests}${formatCompact(result.tokensPerMonth)} tokens a month`,
    implausible: implausible
      ? "Is the period right? At this volume an option needs an implausible fleet or bill: see its card."
      : null,
  };
}
