/**
 * The comparison as its view shows it, worked out in the Monte Carlo's worker
 * (components/monte-carlo.ts), so none of the table's or the CSV's code loads into the page: the
 * table, then, when asked to be sure, how sure each scenario's answer is — the calculator's Monte
 * Carlo (each scenario's own draws and seed) run for every scenario, as rows slotted in beside the figures
 * they qualify and a sentence for under each headline — and the table as CSV.
 */
import type { ScenarioResult } from "../engine/evaluate";
import { simulate, type Band, type Uncertainty } from "../engine/uncertainty";
import { formatPercent, formatUsd } from "../format";
import { readFormRanges } from "../scenario/form-ranges";
import type { ScenarioDoc } from "../scenario/workspace";
import {
  BAND_LABEL,
  BLANK,
  cell,
  compareScenarios,
  compareTable,
  NOT_COSTED,
  optionName,
  optionRowKey,
  row,
  type ComparedScenario,
  type CompareCell,
  type CompareRow,
  type CompareTable,
} from "./compare";
import { compareCsv } from "./compare-csv";
import { optionLabel } from "./labels";

export interface CompareAnswer {
  table: CompareTable;
  /** Whether the Monte Carlo's rows and sentences are in. */
  sure: boolean;
  /** Per scenario, a sentence for under its headline; null for one that cannot be costed. */
  sentences: (string | null)[];
  /** The table as CSV (./compare-csv.ts). */
  csv: string;
}

interface Sure {
  result: ScenarioResult;
  u: Uncertainty;
  /** Share of draws in which a self-hosted option is the cheapest; null without both kinds. */
  selfHosting: number | null;
}

/** The Monte Carlo over a costed scenario's ranges (and its unannounced prices). */
function sureOf(c: ComparedScenario): Sure | null {
  if (!c.outcome.ok) return null;
  const { scenario, result } = c.outcome.evaluation;
  const { ranges } = readFormRanges(c.doc.workload, c.doc.options, scenario);
  // The scenario's own seed and draws, as its How sure panel and the CLI use them.
  const { seed, draws } = c.doc;
  const simulated = simulate(scenario, ranges, { seed, draws });
  if (!simulated.ok) return null;
  const u = simulated.value;
  const kinds = new Set(scenario.options.map((o) => o.kind));
  const selfHosting =
    kinds.size === 2
      ? u.options
          .filter((_, i) => scenario.options[i]!.kind === "self-host")
          .reduce((sum, o) => sum + o.probabilityCheapest, 0)
      : null;
  return { result, u, selfHosting };
}

const bandText = (band: Band) =>
  [band.p10, band.p50, band.p90].map(formatUsd).join(" / ");

const bandCell = (band: Band | null): CompareCell =>
  band ? { ...cell(bandText(band), band.p50), band } : cell(BLANK);

const chance = (share: number) => cell(formatPercent(share), share * 100);

function sentence({ result, u, selfHosting }: Sure): string {
  const likeliest = u.options.reduce((a, b) =>
    b.probabilityCheapest > a.probabilityCheapest ? b : a,
  );
  const cheapest =
    selfHosting === null
      ? `${optionLabel(result, likeliest.id)} is cheapest with ${formatPercent(likeliest.probabilityCheapest)} probability`
      : `Self-hosting is cheapest with ${formatPercent(selfHosting)} probability`;
  if (!u.saving || u.savingOptionId === null) return `${cheapest}.`;
  return `${cheapest}; ${savingWords(u.saving, optionLabel(result, u.savingOptionId), optionLabel(result, result.baselineId))}.`;
}

/**
 * "X saves $1,200 to $2,900 a month against Y (P10–P90; P50 $2,000)", "X costs $300 a month more
 * than Y", or, when the spread holds both, "X's saving against Y runs from -$300 to $900 a month".
 */
function savingWords(
  { p10, p50, p90 }: Band,
  option: string,
  baseline: string,
) {
  const spread = (low: number, high: number) =>
    low === high
      ? `${formatUsd(low)} a month`
      : `${formatUsd(low)} to ${formatUsd(high)} a month`;
  const median = p10 === p90 ? "" : ` (P10–P90; P50 ${formatUsd(p50)})`;
  if (p10 >= 0)
    return `${option} saves ${spread(p10, p90)} against ${baseline}${median}`;
  if (p90 <= 0)
    return `${option} costs ${spread(-p90, -p10)} more than ${baseline}${median}`;
  return `${option}'s saving against ${baseline} runs from ${formatUsd(p10)} to ${formatUsd(p90)} a month${median}`;
}

/** The table with more rows slotted in, each list after the row with its key. */
function withRows(
  table: CompareTable,
  after: Readonly<Record<string, CompareRow[]>>,
): CompareTable {
  return {
    ...table,
    sections: table.sections.map((s) => ({
      ...s,
      rows: s.rows.flatMap((r) => [r, ...(after[r.key] ?? [])]),
    })),
  };
}

export function compareAnswer(
  docs: readonly ScenarioDoc[],
  sure: boolean,
): CompareAnswer {
  const compared = compareScenarios(docs);
  const plain = compareTable(compared);
  if (!sure)
    return {
      table: plain,
      sure,
      sentences: docs.map(() => null),
      csv: compareCsv(plain),
    };
  const found = compared.map(sureOf);
  const optionCount = Math.max(0, ...docs.map((d) => d.options.length));
  /** A row of what the Monte Carlo found; a scenario it could not run says so. */
  const sureRow = (
    key: string,
    label: string,
    unit: string | null,
    of: (s: Sure) => CompareCell | null,
  ) =>
    row(compared, key, label, unit, (c) => {
      const s = found[compared.indexOf(c)];
      return s ? of(s) : c.outcome.ok ? cell(BLANK) : NOT_COSTED;
    });
  const after: Record<string, CompareRow[]> = {
    "results.cheapest-cost": [
      sureRow(
        "sure.self-hosting",
        "Self-hosting cheapest, probability",
        "%",
        (s) =>
          s.selfHosting === null
            ? cell(
                s.result.options.some((o) => o.kind === "self-host")
                  ? "only self-hosted options"
                  : "no self-hosted option",
              )
            : chance(s.selfHosting),
      ),
      sureRow("sure.saving-option", "Saving measured for", null, (s) =>
        cell(
          s.u.savingOptionId === null
            ? BLANK
            : `${optionName(
                s.result,
                s.result.options.find((o) => o.id === s.u.savingOptionId)!,
              )}, against the baseline`,
        ),
      ),
      sureRow(
        "sure.saving",
        `Saving vs baseline${BAND_LABEL}`,
        "USD/month",
        (s) => bandCell(s.u.saving),
      ),
    ].filter((r): r is CompareRow => r !== null),
  };
  for (let i = 0; i < optionCount; i++)
    after[optionRowKey(i, "monthly")] = [
      sureRow(
        optionRowKey(i, "monthly-band"),
        `Monthly cost${BAND_LABEL}`,
        "USD/month",
        (s) => {
          const spread = s.u.options[i];
          return spread ? bandCell(spread.band) : null;
        },
      ),
      sureRow(
        optionRowKey(i, "cheapest-chance"),
        "Probability cheapest",
        "%",
        (s) => {
          const spread = s.u.options[i];
          return spread ? chance(spread.probabilityCheapest) : null;
        },
      ),
    ].filter((r): r is CompareRow => r !== null);
  const table = withRows(plain, after);
  return {
    table,
    sure,
    sentences: found.map((s) => s && sentence(s)),
    csv: compareCsv(table),
  };
}
