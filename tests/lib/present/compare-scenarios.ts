/** Small workspaces for the comparison's tests, with costs worked by hand in compare.test.ts. */
import {
  compareScenarios,
  compareTable,
} from "../../../src/lib/present/compare";
import { apiForm } from "../../../src/lib/scenario/defaults";
import { type ApiForm } from "../../../src/lib/scenario/form";
import {
  defaultScenario,
  type ScenarioDoc,
} from "../../../src/lib/scenario/workspace";

/**
 * Muse Spark's list price ($1.25 in, $0.15 cached, $4.25 out per 1M tokens, the baseline) against
 * GPT-5.4's ($2.50, $0.25, $15): requests a month of 1,000 tokens in and 1,000 out, no batch
 * discount, verbosity 1.
 */
export function twoApis(
  name: string,
  requestsPerMonth: string,
  cachedPercent = "0",
): ScenarioDoc {
  const plain = (form: ApiForm): ApiForm => ({
    ...form,
    batchDiscountPercent: "0",
    verbosity: "1",
  });
  return {
    name,
    workload: {
      ...defaultScenario().workload,
      rate: requestsPerMonth,
      period: "month",
      inputTokens: "1000",
      outputTokens: "1000",
      cachedPercent,
      batchPercent: "0",
    },
    options: [
      plain(apiForm("muse", "muse-spark", "list price")),
      plain(apiForm("gpt", "gpt-5.4", "list price")),
    ],
    baselineKey: "muse",
  };
}

/** Muse Spark at its launch, priced as a range: $1–$3 in, $0.10–$0.30 cached, $4–$6 out. */
export function launchRange(name: string, requestsPerMonth: string) {
  const doc = twoApis(name, requestsPerMonth);
  doc.options[0] = {
    ...apiForm("muse", "muse-spark", "launch (price unannounced)"),
    low: { input: "1", cached: "0.1", output: "4" },
    high: { input: "3", cached: "0.3", output: "6" },
    batchDiscountPercent: "0",
    verbosity: "1",
  };
  return doc;
}

export const tableOf = (...docs: ScenarioDoc[]) =>
  compareTable(compareScenarios(docs));
