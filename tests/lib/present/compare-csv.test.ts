import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareCsv,
  compareCsvRows,
  toCsv,
} from "../../../src/lib/present/compare-csv";
import type { CompareTable } from "../../../src/lib/present/compare";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { launchRange, tableOf, twoApis } from "./compare-scenarios";

/** RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r")
        throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (text[i] === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (text[i] === "\n" || text[i] === '"') {
      throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
    } else field += text[i++];
  }
  if (field !== "" || row.length) throw new Error("last line has no CRLF");
  return rows;
}

/** The field under a header, for a scenario's line (2 = the first scenario). */
function field(rows: string[][], header: string, line = 2): string {
  const column = rows[0]!.indexOf(header);
  if (column < 0) throw new Error(`no column ${header}`);
  return rows[line]![column]!;
}

describe("toCsv", () => {
  it("quotes fields with a comma, a quote or a line break, doubling quotes; CRLF line ends", () => {
    expect(
      toCsv([["plain", "a,b", 'say "hi"', "two\nlines", "cr\r", ""], ["x"]]),
    ).toBe('plain,"a,b","say ""hi""","two\nlines","cr\r",\r\nx\r\n');
  });

  it("quotes fields with a semicolon or a tab, which other separators would split", () => {
    expect(toCsv([["x;=1+1", "x\t=1+1", "x"]])).toBe(
      '"x;=1+1","x\t=1+1",x\r\n',
    );
  });

  it("reads back as the same fields, whatever they hold", () => {
    const text = fc.string({
      unit: fc.constantFrom(...'a1 ,"\r\n;\té—='.split("")),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), {
          maxLength: 6,
        }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe("compareCsv", () => {
  const table = tableOf(
    twoApis("Today", "1000000"),
    twoApis("Next year, doubled", "2000000"),
  );
  const rows = parseCsv(compareCsv(table));

  it("has a header line, a units line and a line per scenario", () => {
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 4)).toEqual([
      "Scenario",
      "Headline",
      "Problem",
      "Workload: Requests",
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(["", "", "", "requests/month"]);
    expect(rows.map((r) => r[0])).toEqual([
      "Scenario",
      "",
      "Today",
      "Next year, doubled",
    ]);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it("writes numbers raw, without currency signs or separators", () => {
    expect(field(rows, "Workload: Requests")).toBe("1000000");
    expect(field(rows, "Workload: Requests", 3)).toBe("2000000");
    // $5,500 and $17,500 a month (see compare.test.ts).
    expect(
      Number(field(rows, "Muse Spark (Meta) — results: Monthly cost")),
    ).toBeCloseTo(5500, 6);
    expect(field(rows, "Option 1: API: Input price")).toBe("1.25");
    expect(
      Number(field(rows, "GPT-5.4 (OpenAI) — results: Saving vs baseline")),
    ).toBeCloseTo(-12_000, 6);
    const units = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(units["Muse Spark (Meta) — results: Monthly cost"]).toBe(
      "USD/month",
    );
    expect(units["GPT-5.4 (OpenAI) — results: Saving vs baseline, share"]).toBe(
      "%",
    );
    expect(units["Workload: Input per request"]).toBe("tokens");
    expect(units["Option 1: API: Offer or model"]).toBe("");
  });

  it("keeps words where there is no number, and leaves a dash empty", () => {
    expect(field(rows, "Muse Spark (Meta) — results: Saving vs baseline")).toBe(
      "Baseline",
    );
    expect(
      field(rows, "GPT-5.4 (OpenAI) — results: Break-even with the baseline"),
    ).toBe("none in range");
    expect(field(rows, "Option 1: API: Offer or model")).toBe(
      "Muse Spark (Meta)",
    );
    const mixed = parseCsv(
      compareCsv(tableOf(defaultScenario("Self"), twoApis("APIs", "1000000"))),
    );
    expect(
      field(
        mixed,
        "Llama 4 Maverick 17B-128E on 8 × H100 SXM5 80GB or GPT-5.4 (OpenAI) — results: GPUs",
        3,
      ),
    ).toBe("");
    expect(field(mixed, "Option 2: Rent", 3)).toBe("");
  });

  it("gives a price range its own low and high columns", () => {
    const launch = launchRange("Launch", "1000000");
    const ranged = parseCsv(
      compareCsv(tableOf(twoApis("List", "1000000"), launch)),
    );
    const header = "Option 1: API: Input price";
    const at = ranged[0]!.indexOf(header);
    expect(ranged[0]!.slice(at, at + 3)).toEqual([
      header,
      `${header} (low)`,
      `${header} (high)`,
    ]);
    expect(ranged[1]!.slice(at, at + 3)).toEqual(
      Array(3).fill("USD/1M tokens"),
    );
    expect(ranged[2]!.slice(at, at + 3)).toEqual(["1.25", "", ""]);
    expect(ranged[3]!.slice(at, at + 3)).toEqual(["2", "1", "3"]);
    expect(
      field(ranged, "Muse Spark (Meta) — results: Monthly cost (low)", 3),
    ).toBe("5000");
    expect(
      field(ranged, "Muse Spark (Meta) — results: Monthly cost (high)", 3),
    ).toBe("9000");
  });

  it("quotes a name with a comma and a quote, and disarms a formula", () => {
    const csv = compareCsv(
      tableOf(
        twoApis('Plan "B", revised', "1000000"),
        twoApis('=HYPERLINK("http://x")', "1000000"),
        twoApis("+1", "1000000"),
        twoApis("-2", "1000000"),
        twoApis("@SUM(A1)", "1000000"),
      ),
    );
    expect(csv).toContain('\r\n"Plan ""B"", revised",');
    const names = parseCsv(csv)
      .slice(2)
      .map((r) => r[0]);
    expect(names).toEqual([
      'Plan "B", revised',
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2",
      "'@SUM(A1)",
    ]);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", '"\'\t=1+1"'],
    ["\r=1+1", '"\'\r=1+1"'],
    ["\n=1+1", '"\'\n=1+1"'],
    ["\u0000=1+1", "'\u0000=1+1"],
    ["x;=1+1", '"x;=1+1"'],
    ["x\t=1+1", '"x\t=1+1"'],
  ])("writes a scenario called %j as %j", (name, written) => {
    const csv = compareCsv(tableOf(twoApis(name, "1000000")));
    expect(csv.split("\r\n")[2]!.startsWith(`${written},`)).toBe(true);
  });

  it("never writes a number that is not finite, nor a typed one out of range", () => {
    const huge = twoApis("Huge", "1e308");
    huge.workload.period = "second";
    const csv = compareCsv(tableOf(huge, twoApis("Negative", "-1e308")));
    expect(csv).not.toMatch(/Infinity|NaN/);
    const back = parseCsv(csv);
    expect(field(back, "Workload: Requests")).toBe("");
    expect(field(back, "Workload: Requests", 3)).toBe("");
    expect(field(back, "Problem")).toMatch(/^Workload, Requests: Enter/);
  });

  it("reads back as the fields it was made from, whatever the scenarios are called", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom("—", "=1+1", "-3", "'-", 'a,"b"\r\nc'),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (names) => {
          const t: CompareTable = tableOf(
            ...names.map((n) => twoApis(n, "1000000")),
          );
          const back = parseCsv(compareCsv(t));
          expect(back).toEqual(compareCsvRows(t));
          for (const [i, name] of names.entries()) {
            const written = back[i + 2]![0]!;
            // A name a spreadsheet would run as a formula gets a quote before it; any other is kept
            // as it is, even one that starts with a quote ("'-").
            const formula = /^[=+\-@\t\r\n\0]/.test(name);
            expect(written).toBe(formula ? `'${name}` : name);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
