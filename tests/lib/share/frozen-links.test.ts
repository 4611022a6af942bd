/**
 * Links made with every link format, kept as they were made. They must keep opening, to the same
 * numbers, in every later version: a new format adds a migration, a changed catalog keeps the old
 * figures these links were priced with.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate";
import { readScenario } from "../../../src/lib/share/form";
import { decodeLink } from "../../../src/lib/share/link";

interface FrozenLink {
  version: number;
  catalogVersion: string;
  link: string;
  scenarioNames: string[];
  monthlyCostUsd: (number | null)[][];
}

const { links } = JSON.parse(
  readFileSync(new URL("./fixtures/links.json", import.meta.url), "utf8"),
) as {
  links: FrozenLink[];
};

describe("frozen links", () => {
  it("covers every link format", () => {
    expect(new Set(links.map((l) => l.version))).toEqual(new Set([1]));
  });

  it.each(links.map((l) => [l.scenarioNames.join(", "), l] as const))(
    "%s opens to the same numbers",
    async (_, frozen) => {
      const decoded = await decodeLink(frozen.link);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(decoded.value.version).toBe(frozen.version);
      expect(decoded.value.catalogVersion).toBe(frozen.catalogVersion);
      const { scenarios } = decoded.value.workspace;
      expect(scenarios.map((s) => s.name)).toEqual(frozen.scenarioNames);
      scenarios.forEach((scenario, i) => {
        const read = readScenario(
          scenario.workload,
          scenario.options,
          scenario.baselineKey,
        );
        const result = evaluateScenario(read.scenario);
        if (!result.ok) throw new Error(result.error.message);
        const costs = result.value.options.map((o) =>
          o.monthlyCostUsd === null
            ? null
            : Math.round(o.monthlyCostUsd * 100) / 100,
        );
        expect(costs).toEqual(frozen.monthlyCostUsd[i]);
      });
    },
  );
});
