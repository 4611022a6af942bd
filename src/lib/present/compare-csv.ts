/**
 * The comparison table as CSV for a spreadsheet: a line per scenario, a column per table row,
 * so each scenario is a record and each figure a field a formula can sum or chart.
 *
 * - Line 1 names each column (`Section: label`); line 2 gives its unit (`USD/month`, `tokens`,
 *   `%`…, empty for words); then one line per scenario, its name first.
 * - Numbers are written raw: no currency sign, no thousands separator, a point for decimals, twelve
 *   significant digits. A field that has no number holds the table's words instead ("Not costed",
 *   "Baseline", "none in range"), or nothing where the table shows a dash or a value typed that
 *   the scenario cannot use (the Problem field names it, and its text could be "1e309").
 * - A row holding a price range becomes three columns: the middle (what the headline costs), then
 *   `(low)` and `(high)`, left empty for scenarios whose figure is not a range. Separate columns,
 *   not "low–high" text, so each end stays a number. A row of the Monte Carlo's percentiles
 *   ("Monthly cost, P10 / P50 / P90") becomes one column for each.
 * - RFC 4180: fields holding a comma, a quote or a line break are quoted, quotes doubled; lines
 *   end with CRLF. Fields holding a semicolon or a tab are quoted too: a spreadsheet whose list
 *   separator is one of those would otherwise start a new cell there.
 * - Words from the user (scenario names) or the catalog starting with `=`, `+`, `-`, `@`, a tab, a
 *   carriage return, a line feed or a NUL get a leading apostrophe (OWASP's CSV injection advice),
 *   so a spreadsheet shows them instead of running them as a formula.
 * - A number that is not finite is never written: its field is left empty.
 */
import {
  BAND_LABEL,
  BLANK,
  type CompareRow,
  type CompareTable,
} from "./compare";

/**
 * Excel reads a CSV without a byte order mark in the system's legacy code page, which garbles
 * "—", "×" and accented names; the mark makes it read UTF-8. Other spreadsheets skip it.
 */
export const CSV_BYTE_ORDER_MARK = "\uFEFF";

export const CSV_FILE_NAME = "breakeven-comparison.csv";

const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Text as a spreadsheet should show it, never run as a formula. */
function disarm(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell's words: a dash, the table's blank, becomes an empty field. */
const words = (text: string) => (text === BLANK ? "" : disarm(text));

/** Twelve significant digits: more than any figure here means, and no binary noise (9000.000000000002). */
const number = (value: number) =>
  Number.isFinite(value) ? String(Number(value.toPrecision(12))) : "";

interface Column {
  header: string;
  unit: string;
  field: (cellIndex: number) => string;
}

function columnsOf(section: string, row: CompareRow): Column[] {
  const header = `${section}: ${row.label}`;
  const unit = row.unit ?? "";
  const main: Column = {
    header,
    unit,
    field: (i) => {
      const cell = row.cells[i]!;
      if (row.unit === null) return words(cell.text);
      if (cell.value !== null) return number(cell.value);
      // A value typed that the scenario cannot use is named in the Problem field, not copied here.
      return cell.problem ? "" : words(cell.text);
    },
  };
  if (row.label.endsWith(BAND_LABEL)) {
    const stem = header.slice(0, -BAND_LABEL.length);
    return (["p10", "p50", "p90"] as const).map((p) => ({
      header: `${stem}, ${p.toUpperCase()}`,
      unit,
      field: (i) => {
        const band = row.cells[i]!.band;
        return band ? number(band[p]) : main.field(i);
      },
    }));
  }
  if (!row.cells.some((c) => c.range)) return [main];
  const end = (which: "low" | "high"): Column => ({
    header: `${header} (${which})`,
    unit,
    field: (i) => {
      const range = row.cells[i]!.range;
      return range ? number(range[which]) : "";
    },
  });
  return [main, end("low"), end("high")];
}

/** The CSV's fields, line by line, before quoting. */
export function compareCsvRows(table: CompareTable): string[][] {
  const columns = table.sections.flatMap((s) =>
    s.rows.flatMap((r) => columnsOf(s.title, r)),
  );
  return [
    ["Scenario", "Headline", "Problem", ...columns.map((c) => c.header)],
    ["", "", "", ...columns.map((c) => c.unit)],
    ...table.columns.map((scenario, i) => [
      disarm(scenario.name),
      disarm(scenario.headline ?? ""),
      disarm(scenario.problem ?? ""),
      ...columns.map((c) => c.field(i)),
    ]),
  ];
}

function quoted(field: string): string {
  return /[",\r\n;\t]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Fields as RFC 4180 text: quoted where needed, or where another separator could split them;
 * CRLF after every line.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoted).join(",")}\r\n`).join("");
}

export function compareCsv(table: CompareTable): string {
  return toCsv(compareCsvRows(table));
}
