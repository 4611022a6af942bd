/**
 * Links made with every link format, kept as they were made. They must keep opening, to the same
 * numbers, in every later version: a new format adds a migration, a changed catalog keeps the old
 * figures these links were priced with. One was made with an older catalog (2026.07.01), when
 * Muse Spark's price was still unannounced: it opens at that launch range, and re-pricing moves it
 * to today's. One carries ranges (beside a field and typed into one) and a seed: How sure must
 * keep giving it the same P10, P50 and P90 (those of its ranges, its seed and the estimate's
 * throughput band, which How sure draws by default since it was made).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import { simulate } from "../../../src/lib/engine/uncertainty";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { readFormRanges } from "../../../src/lib/scenario/form-ranges";
import { readScenario } from "../../../src/lib/scenario/read";
import { decodeLink } from "../../../src/lib/share/link";
import { PAYLOAD_VERSION } from "../../../src/lib/share/payload";
import {
  needsRepriceNotice,
  repriceWorkspace,
} from "../../../src/lib/scenario/reprice";
import {
  defaultScenario,
  type ScenarioDoc,
} from "../../../src/lib/scenario/workspace";

interface FrozenLink {
  version: number;
  catalogVersion: string;
  link: string;
  scenarioNames: string[];
  monthlyCostUsd: (number | null)[][];
  /** Per option, its low and high monthly cost where its price is a range. */
  monthlyCostRangeUsd?: ({ low: number; high: number } | null)[][];
  /** Per scenario, How sure's figures from the ranges, seed and draws the link carries. */
  howSure?: {
    seed: number;
    draws: number;
    probabilityCheaper: number;
    savingUsd: { p10: number; p50: number; p90: number };
  }[];
}

const { links } = JSON.parse(
  readFileSync(new URL("./fixtures/links.json", import.meta.url), "utf8"),
) as {
  links: FrozenLink[];
};

const cents = (usd: number) => Math.round(usd * 100) / 100;

function evaluate(scenario: ScenarioDoc) {
  const read = readScenario(
    scenario.workload,
    scenario.options,
    scenario.baselineKey,
  );
  const result = evaluateScenario(read.scenario);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.options;
}

/** How sure's figures for a scenario, as the page's worker and the CLI draw them. */
function howSure(scenario: ScenarioDoc) {
  const evaluated = evaluateDoc(scenario, readFormRanges);
  if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
  const { scenario: read, ranges } = evaluated.evaluation;
  const u = simulate(read, ranges, {
    seed: scenario.seed,
    draws: scenario.draws,
  });
  if (!u.ok) throw new Error(u.error.message);
  const { seed, draws, probabilityCheaper, saving } = u.value;
  return {
    seed,
    draws,
    probabilityCheaper,
    savingUsd: {
      p10: cents(saving!.p10),
      p50: cents(saving!.p50),
      p90: cents(saving!.p90),
    },
  };
}

const costs = (scenario: ScenarioDoc) =>
  evaluate(scenario).map((o) =>
    o.monthlyCostUsd === null ? null : cents(o.monthlyCostUsd),
  );

async function open(frozen: FrozenLink) {
  const decoded = await decodeLink(frozen.link);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

describe("frozen links", () => {
  it("covers every link format", () => {
    const formats = Array.from({ length: PAYLOAD_VERSION }, (_, i) => i + 1);
    expect(new Set(links.map((l) => l.version))).toEqual(new Set(formats));
  });

  it.each(links.map((l) => [l.scenarioNames.join(", "), l] as const))(
    "%s opens to the same numbers",
    async (_, frozen) => {
      const decoded = await open(frozen);
      expect(decoded.version).toBe(frozen.version);
      expect(decoded.catalogVersion).toBe(frozen.catalogVersion);
      const { scenarios } = decoded.workspace;
      expect(scenarios.map((s) => s.name)).toEqual(frozen.scenarioNames);
      scenarios.forEach((scenario, i) => {
        expect(costs(scenario)).toEqual(frozen.monthlyCostUsd[i]);
        if (frozen.howSure)
          expect(howSure(scenario)).toEqual(frozen.howSure[i]);
        if (!frozen.monthlyCostRangeUsd) return;
        const ranges = evaluate(scenario).map(
          (o) =>
            o.monthlyCostRange && {
              low: cents(o.monthlyCostRange.low),
              high: cents(o.monthlyCostRange.high),
            },
        );
        expect(ranges).toEqual(frozen.monthlyCostRangeUsd[i]);
      });
    },
  );

  it("re-prices the link from an older catalog to today's prices, keeping the prices typed in it", async () => {
    const frozen = links.find((l) => l.catalogVersion === "2026.07.01")!;
    const decoded = await open(frozen);
    expect(needsRepriceNotice(decoded)).toBe(true);
    const { workspace, changes } = repriceWorkspace(
      decoded.workspace,
      decoded.pricesAsOf,
    );
    expect(
      changes.map((c) => [c.scenarioName, c.optionLabel, c.from, c.to]),
    ).toEqual([
      [
        "Scenario 1",
        "Muse Spark (Meta)",
        "launch (price unannounced)",
        "list price",
      ],
    ]);
    // Today's figures, whatever the catalog holds by then: the same link made today.
    expect(costs(workspace.scenarios[0]!)).toEqual(costs(defaultScenario()));
    expect(workspace.scenarios[1]).toEqual(decoded.workspace.scenarios[1]);
  });
});
