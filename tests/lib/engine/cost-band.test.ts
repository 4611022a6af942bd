import { describe, expect, it } from "vitest";
import { replicaRegimes } from "../../../src/lib/engine/cost-band";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import { prepareOption } from "../../../src/lib/engine/option-cost";
import type { Scenario } from "../../../src/lib/engine/types";
import { articleScenario, maverickRented, museSpark } from "./scenarios";

/** Eight H100s at $2 an hour for 730 hours: one replica's month. */
const REPLICA_USD = 8 * 2 * 730;

const prepared = prepareOption(maverickRented, articleScenario.workload);
const perReplica = prepared.models.mid!.requestsPerReplica!;

function selfHostedAt(
  requestsPerMonth: number,
  scenario: Scenario = articleScenario,
) {
  const result = evaluateValid({
    ...scenario,
    workload: { ...scenario.workload, requestsPerMonth },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.options[1]!;
}

describe("selfHostCostBand", () => {
  it("serves the article's traffic at moderate concurrency: measured / estimated 0.70–1.25", () => {
    expect(replicaRegimes(prepared.replica!).interactive).toBe(
      "moderate-concurrency",
    );
  });

  it("sizes the fleet again at each end of the band: whole replicas, not a scaled cost", () => {
    // 2.6 replicas' worth of traffic: 3 replicas as estimated; at 1.25× the throughput 2.08 → 3;
    // at 0.70× 3.71 → 4.
    const option = selfHostedAt(2.6 * perReplica);
    expect(option.monthlyCostUsd).toBeCloseTo(3 * REPLICA_USD, 6);
    expect(option.monthlyCostBand![0]).toBeCloseTo(3 * REPLICA_USD, 6);
    expect(option.monthlyCostBand![1]).toBeCloseTo(4 * REPLICA_USD, 6);
    // 1.1 replicas' worth: 2 as estimated; 0.88 → 1 at the top; 1.57 → 2 at the bottom.
    const step = selfHostedAt(1.1 * perReplica);
    expect(step.monthlyCostUsd).toBeCloseTo(2 * REPLICA_USD, 6);
    expect(step.monthlyCostBand).toEqual([REPLICA_USD, 2 * REPLICA_USD]);
  });

  it("is one figure where one replica serves every end, and none for an API or a measurement", () => {
    const article = selfHostedAt(1_000_000);
    expect(article.monthlyCostBand).toEqual([REPLICA_USD, REPLICA_USD]);
    const api = evaluateValid(articleScenario);
    expect(api.ok && api.value.options[0]!.monthlyCostBand).toBeNull();
    const measured = selfHostedAt(2.6 * perReplica, {
      ...articleScenario,
      options: [
        museSpark,
        { ...maverickRented, measuredOutputTokensPerSecond: 5000 },
      ],
    });
    expect(measured.monthlyCostBand).toBeNull();
  });
});
