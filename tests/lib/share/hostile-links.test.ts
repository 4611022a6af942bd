/**
 * Links that once hung the page or printed nonsense. Each must open and every scenario in it must
 * evaluate quickly, to an answer with no NaN, Infinity or runaway digits.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareCsv } from "../../../src/lib/present/compare-csv";
import {
  compareScenarios,
  compareTable,
} from "../../../src/lib/present/compare";
import { headline } from "../../../src/lib/present/headline";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { decodeLink } from "../../../src/lib/share/link";

interface HostileLink {
  name: string;
  link: string;
}

const { links } = JSON.parse(
  readFileSync(
    new URL("./fixtures/hostile-links.json", import.meta.url),
    "utf8",
  ),
) as { links: HostileLink[] };

/** What a person would read as broken: 16 digits in a row are a number gone wrong. */
const BROKEN = /NaN|Infinity|undefined|\d{16}|\d{1,3}(,\d{3}){5}/;

/** Generous for a loaded machine: these once took seconds, or forever. */
const QUICK_MS = 250;

describe("hostile links", () => {
  it.each(links.map((l) => [l.name, l.link] as const))(
    "%s: opens and evaluates quickly to a readable answer",
    async (_, link) => {
      const decoded = await decodeLink(link);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const { scenarios } = decoded.value.workspace;
      for (const doc of scenarios) {
        const start = performance.now();
        const evaluated = evaluateDoc(doc);
        expect(performance.now() - start).toBeLessThan(QUICK_MS);
        expect(evaluated.ok).toBe(true);
        if (!evaluated.ok) return;
        const sentence = headline(
          evaluated.evaluation.result,
          evaluated.evaluation.scenario.workload,
        );
        expect(sentence).not.toMatch(BROKEN);
      }
      const table = compareTable(compareScenarios(scenarios));
      const cells = table.sections.flatMap((s) =>
        s.rows.flatMap((r) => r.cells.map((c) => c.text)),
      );
      expect(cells.filter((text) => BROKEN.test(text))).toEqual([]);
      expect(compareCsv(table)).not.toMatch(/NaN|Infinity|undefined/);
    },
  );
});
