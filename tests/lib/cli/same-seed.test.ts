/**
 * The same scenario and seed give the same How sure figures on the page (its worker's answer),
 * in a link made of it and from the command line evaluating that link.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../../src/lib/cli/run";
import { uncertaintyJson } from "../../../src/lib/cli/uncertainty";
import { simulate } from "../../../src/lib/engine/uncertainty";
import { formatPercent } from "../../../src/lib/format";
import { howSure } from "../../../src/lib/present/how-sure-answer";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import type { SelfHostForm } from "../../../src/lib/scenario/form";
import {
  defaultWorkspace,
  type ScenarioDoc,
} from "../../../src/lib/scenario/workspace";
import { decodeLink, encodeLink } from "../../../src/lib/share/link";

/** The default scenario with its GPUs' rent typed as "2–10" an hour (it breaks even near $7.30), and its own seed and draws. */
function seeded(): ScenarioDoc {
  const doc = defaultWorkspace().scenarios[0]!;
  const options = doc.options.map((o) =>
    o.kind === "self-host"
      ? ({ ...o, usdPerGpuHour: "2–10" } as SelfHostForm)
      : o,
  );
  return { ...doc, options, seed: 7, draws: 3000 };
}

/** What the page's worker answers for a scenario, and the simulation behind it. */
function onThePage(doc: ScenarioDoc) {
  const evaluated = evaluateDoc(doc, readFormRanges);
  if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
  const { scenario, result, ranges } = evaluated.evaluation;
  const settings = { seed: doc.seed!, draws: doc.draws! };
  const simulated = simulate(scenario, ranges, settings);
  if (!simulated.ok) throw new Error(simulated.error.message);
  return {
    answer: howSure({ id: 1, scenario, result, ranges, ...settings }),
    uncertainty: simulated.value,
  };
}

/** The figures alone: a link numbers its options afresh (`o1`, `o2`), so ids are left out. */
function figures(u: {
  options: { id: string }[];
  tornado: { field: string }[];
}) {
  return {
    ...u,
    options: u.options.map(({ id: _, ...figures }) => figures),
    savingOptionId: null,
    tornado: u.tornado.map(({ field: _, ...figures }) => figures),
  };
}

async function cliJson(argv: string[]) {
  let stdout = "";
  const code = await run([...argv, "--json"], {
    stdout: (text) => (stdout += text),
    stderr: () => {},
    readFile: () => {
      throw new Error("no files here");
    },
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe("the same seed in page, link and CLI", () => {
  it("gives the same figures", async () => {
    const doc = seeded();
    const page = onThePage(doc);
    expect(page.answer.drawn).toBe("3,000 draws, seed 7");
    // The rent's range moves the answer: not every draw agrees.
    const chance = page.uncertainty.probabilityCheaper!;
    expect(chance).toBeGreaterThan(0);
    expect(chance).toBeLessThan(1);
    expect(page.answer.sentence).toContain(
      formatPercent(Math.max(chance, 1 - chance)),
    );

    const workspace = { scenarios: [doc], open: 0 };
    const link = await encodeLink(workspace);
    const opened = await decodeLink(link);
    if (!opened.ok) throw new Error(opened.error.message);
    const reopened = onThePage(opened.value.workspace.scenarios[0]!);
    expect(figures(reopened.uncertainty)).toEqual(figures(page.uncertainty));

    const cli = await cliJson(["evaluate", link, "--uncertainty"]);
    expect(figures(cli.scenarios[0].uncertainty)).toEqual(
      figures(uncertaintyJson(page.uncertainty)),
    );
  });

  it("lets the command line's flags override the link's seed and draws", async () => {
    const link = await encodeLink({ scenarios: [seeded()], open: 0 });
    const cli = await cliJson([
      "evaluate",
      link,
      "--uncertainty",
      "--seed",
      "8",
      "--draws",
      "100",
    ]);
    expect(cli.scenarios[0].uncertainty).toMatchObject({ seed: 8, draws: 100 });
  });
});
