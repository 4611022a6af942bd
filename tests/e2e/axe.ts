/** Runs axe-core in a page and returns its violations, each summarised on one line. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: string[] }[];
  }[];
}

/** WCAG 2.2 AA, and axe's best practices (one main landmark, headings in order, …). */
const TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated from outside rather than added as a <script>: the page's policy admits no inline script.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<AxeResult, string[]>(
    (tags) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<AxeResult> };
        }
      ).axe.run(document, {
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}
