/**
 * The worked example's inputs and results that are not a table of their own: the billed month,
 * the constants the page's prose quotes, each option's verbosity factor, and the savings.
 */
import type { TokenFactor } from "../catalog";
import { BYTES_PER_KV_VALUE, BYTES_PER_WEIGHT } from "../engine/architecture";
import type { OptionResult, Savings } from "../engine/evaluate";
import {
  DAYS_PER_YEAR,
  HOURS_PER_DAY,
  HOURS_PER_MONTH,
  MONTHS_PER_YEAR,
  SECONDS_PER_HOUR,
  SECONDS_PER_MONTH,
  TOKENS_PER_PRICE_UNIT,
} from "../engine/units";
import { formatCompact, formatPercent } from "../format";
import { figure, figureStep, step, usdStep, type StepRow } from "./steps";
import { minus, note, num, over, stated, times, usd } from "./worked";

/** "bf16 2, fp8 and int8 1, fp4 and int4 0.5": precisions grouped by their bytes. */
function bytesByPrecision(table: Readonly<Record<string, number>>): string {
  const groups = new Map<number, string[]>();
  for (const [precision, bytes] of Object.entries(table))
    groups.set(bytes, [...(groups.get(bytes) ?? []), precision]);
  return [...groups]
    .map(([bytes, names]) => `${names.join(" and ")} ${figure(bytes, 1)}`)
    .join(", ");
}

/** The month the cost model bills, from its days, hours and seconds. */
export function month() {
  const hours = over(
    times(num(DAYS_PER_YEAR), num(HOURS_PER_DAY)),
    num(MONTHS_PER_YEAR),
  );
  const seconds = times(num(hours.value), num(SECONDS_PER_HOUR));
  return {
    hours: figureStep("Hours a month", hours, 0, "", {
      engine: HOURS_PER_MONTH,
    }),
    seconds: figureStep("Seconds a month", seconds, 0, "", {
      engine: SECONDS_PER_MONTH,
    }),
  };
}

/** The Intelligence Index output tokens behind a verbosity factor, or a note that there are none. */
export function verbosityRow(
  label: string,
  index: TokenFactor,
  verbosity: number,
): StepRow {
  const { model, reference } = index;
  if (model && reference && model.indexVersion === reference.indexVersion) {
    const ratio = over(
      num(model.outputTokensM, 2, "M"),
      num(reference.outputTokensM, 2, "M"),
    );
    return step(
      label,
      note(
        ratio,
        ` output tokens (Intelligence Index ${reference.indexVersion})`,
      ),
      figure(ratio.value, 3),
      { engine: verbosity },
    );
  }
  return step(
    label,
    stated("No token counts on the same index version", verbosity),
    figure(verbosity, 3),
  );
}

/** Constants the page's prose and formulas quote. */
export function constants() {
  return {
    hoursPerMonth: HOURS_PER_MONTH,
    secondsPerMonth: SECONDS_PER_MONTH,
    monthsPerYear: MONTHS_PER_YEAR,
    /** Tokens a price is quoted for, in words: "1M". */
    priceUnitTokens: formatCompact(TOKENS_PER_PRICE_UNIT),
    /** The price unit as a power of ten, in the page's formula notation: "10^6". */
    priceUnit: `10^${Math.log10(TOKENS_PER_PRICE_UNIT)}`,
    bytesPerWeight: bytesByPrecision(BYTES_PER_WEIGHT),
    bytesPerKvValue: bytesByPrecision(BYTES_PER_KV_VALUE),
  };
}

/** What the option saves against the baseline a month, and as a share of the baseline's cost. */
export function savingsRows(
  baseline: OptionResult,
  option: OptionResult,
  engine: Savings | undefined,
) {
  const baselineUsd = baseline.monthlyCostUsd ?? Number.NaN;
  const saved = minus(
    usd(baselineUsd),
    usd(option.monthlyCostUsd ?? Number.NaN),
  );
  const share = over(usd(saved.value), usd(baselineUsd));
  return {
    saved: usdStep("Saved a month", saved, {
      engine: engine?.monthlyUsd,
    }),
    share: step(
      "Share of the baseline's cost",
      share,
      formatPercent(share.value),
      {
        engine: engine?.share ?? undefined,
      },
    ),
  };
}
