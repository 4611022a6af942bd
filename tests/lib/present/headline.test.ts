import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/lib/engine/types";
import {
  compactAnswer,
  headline,
  priceRangeNote,
} from "../../../src/lib/present/headline";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { Random } from "../../../scripts/fuzz/random";
import { fleetsAlongTheBaseline } from "../../../scripts/fuzz/workspaces";
import {
  articleScenario,
  baseWorkload,
  evaluated,
  maverickRented,
  museAt,
  museSpark,
} from "../engine/scenarios";

const sentence = (scenario: Scenario) =>
  headline(evaluated(scenario), scenario.workload);

/** Muse Spark with an unannounced price between two bounds. */
const ranged = {
  ...museSpark,
  pricing: {
    kind: "range" as const,
    low: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 4 },
    high: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
  },
};

/** The fleet on too few GPUs to hold the model. */
const tooBig = { ...maverickRented, gpusPerReplica: 1 };

describe("headline", () => {
  it("names the cheaper baseline, the runner-up's extra cost and the break-even", () => {
    // At 1M requests (2B tokens) the API's $3,670 beats the fleet's $11,680: 218% more.
    expect(sentence(articleScenario)).toBe(
      "Muse Spark is the cheapest at 2B tokens/month: Llama 4 Maverick on 8 × H100 costs 218% more; break-even at 6.37B tokens/month.",
    );
  });

  it("names the saving when an option beats the baseline", () => {
    const busy = {
      ...articleScenario,
      workload: { ...baseWorkload, requestsPerMonth: 10_000_000 },
    };
    expect(sentence(busy)).toMatch(
      /^Llama 4 Maverick on 8 × H100 saves \d+% vs Muse Spark at 20B tokens\/month; break-even at 6.37B tokens\/month\.$/,
    );
  });

  it("says so when there is no break-even in range", () => {
    const cheap = museAt(
      { inputPerM: 0.01, cachedInputPerM: 0.01, outputPerM: 0.01 },
      { id: "cheap", label: "Cheap API" },
    );
    // The engine searches 1 to 10^13 requests a month; at 1,500 + 500 tokens a request that is
    // 2K to 2·10^16 = 20,000T tokens a month.
    expect(sentence({ ...articleScenario, options: [museSpark, cheap] })).toBe(
      "Cheap API saves 99% vs Muse Spark at 2B tokens/month; no break-even between 2K and 20,000T tokens/month.",
    );
  });

  it("never says there is no break-even where its search stopped short of one", () => {
    // Fleets whose staircases run along the baseline's price share one scenario's evaluations:
    // some searches stop before their first crossing. Searched alone, each finds one above the
    // volume where the shared search stopped, so "no break-even between 1 and 20T" would be false.
    const doc = fleetsAlongTheBaseline(new Random(5));
    const evaluated = evaluateDoc(doc);
    if (!evaluated.ok) throw new Error("does not evaluate");
    const { result } = evaluated.evaluation;
    const unfound = result.breakEvenCut.filter(
      (cut) =>
        cut.priceCase === "mid" &&
        !result.breakEven.some(
          (b) => b.optionId === cut.optionId && b.priceCase === "mid",
        ),
    );
    expect(unfound.length).toBeGreaterThan(0);
    for (const cut of unfound) {
      const fleet = doc.options.find((o) => o.key === cut.optionId)!;
      const pair = { ...doc, options: [doc.options[0]!, fleet] };
      const alone = evaluateDoc(pair);
      if (!alone.ok) throw new Error("does not evaluate");
      expect(
        alone.evaluation.result.breakEven.find((b) => b.priceCase === "mid")!
          .requestsPerMonth,
      ).toBeGreaterThan(cut.requestsPerMonth);
      // The same shared result, told about this fleet alone.
      const options = result.options.filter(
        (o) => o.id === fleet.key || o.id === result.baselineId,
      );
      const sentence = headline(
        { ...result, options },
        evaluated.evaluation.scenario.workload,
      );
      expect(sentence).not.toMatch(/no break-even between/);
      expect(sentence).toMatch(
        /no break-even below [\d.]+[KMBT]? tokens\/month, where the search stops/,
      );
    }
  });

  it("finds a break-even far below today's volume", () => {
    // 2,000,000 requests a second is 5.26T a month; the fleet overtook the API at 6.2M a month
    // (12.4B tokens), more than five decades lower.
    const doc = defaultScenario();
    doc.workload.rate = "2000000";
    doc.workload.period = "second";
    const evaluated = evaluateDoc(doc);
    if (!evaluated.ok) throw new Error("the default scenario evaluates");
    expect(
      headline(
        evaluated.evaluation.result,
        evaluated.evaluation.scenario.workload,
      ),
    ).toMatch(
      /saves 87% vs Muse Spark \(Meta\) at 10,500T tokens\/month; break-even at 12\.4B tokens\/month\.$/,
    );
  });

  it("points at the middle of an unannounced price range", () => {
    expect(
      sentence({ ...articleScenario, options: [ranged, maverickRented] }),
    ).toMatch(/taking the middle of Muse Spark's unannounced price range\.$/);
  });

  it("names the option that cannot run when only the baseline can be costed", () => {
    expect(sentence({ ...articleScenario, options: [museSpark, tooBig] })).toBe(
      "Only Muse Spark can be costed: Llama 4 Maverick on 8 × H100 cannot run as configured.",
    );
  });

  it("gives the runner-up's extra cost in dollars when the baseline costs nothing", () => {
    const free = museAt({ inputPerM: 0, cachedInputPerM: 0, outputPerM: 0 });
    expect(
      sentence({ ...articleScenario, options: [free, maverickRented] }),
    ).toMatch(/costs \$11,680 more/);
  });

  it("gives savings in dollars, not a share, when the baseline costs under half a cent", () => {
    const almostFree = museAt({
      inputPerM: 1e-308,
      cachedInputPerM: 0,
      outputPerM: 1e-308,
    });
    const cheaper = museAt(
      { inputPerM: 0, cachedInputPerM: 0, outputPerM: 0 },
      { id: "cheaper", label: "Cheaper" },
    );
    expect(
      sentence({ ...articleScenario, options: [almostFree, maverickRented] }),
    ).toMatch(/costs \$11,680 more/);
    expect(
      sentence({ ...articleScenario, options: [almostFree, cheaper] }),
    ).toMatch(/^Cheaper saves \$1.7 × 10⁻³⁰⁵ vs Muse Spark/);
  });

  it("says when the baseline cannot run", () => {
    expect(
      sentence({
        ...articleScenario,
        options: [tooBig, museSpark],
        baselineId: "maverick",
      }),
    ).toMatch(
      /^Llama 4 Maverick on 8 × H100, the baseline, cannot run as configured: see its card\.$/,
    );
  });
});

describe("priceRangeNote", () => {
  it("gives the saving and break-even at both ends of an unannounced baseline price", () => {
    const result = evaluated({
      ...articleScenario,
      options: [ranged, maverickRented],
    });
    // Low: the API costs $3,230, the fleet $11,680: 262% more; high: $18,650 → saves 37%.
    expect(priceRangeNote(result, "maverick")).toMatch(
      /^At the low price: costs 262% more, break-even [\d.]+B tokens\/month\. At the high price: saves 37%, break-even [\d.]+B tokens\/month\.$/,
    );
    expect(priceRangeNote(result, "muse")).toBeNull();
  });

  it("is absent when every price is known", () => {
    const result = evaluated(articleScenario);
    expect(priceRangeNote(result, "maverick")).toBeNull();
  });
});

describe("compactAnswer", () => {
  const compact = (scenario: Scenario) => compactAnswer(evaluated(scenario));

  it("names the cheapest option, its monthly cost and its saving", () => {
    // At 1M requests the API's $3,670 beats the fleet's $11,680.
    expect(compact(articleScenario)).toBe(
      "Muse Spark, the baseline, is cheapest: $3,670 a month",
    );
    // At 10M: the API $36,700, one replica still $11,680: 1 − 11,680 / 36,700 = 68% less.
    expect(
      compact({
        ...articleScenario,
        workload: { ...baseWorkload, requestsPerMonth: 10_000_000 },
      }),
    ).toBe(
      "Llama 4 Maverick on 8 × H100 is cheapest: $11,680 a month; saves 68% vs the baseline",
    );
  });

  it("says nothing when fewer than two options can be costed", () => {
    expect(
      compact({
        ...articleScenario,
        options: [museSpark, { ...maverickRented, gpusPerReplica: 1 }],
      }),
    ).toBeNull();
  });
});
