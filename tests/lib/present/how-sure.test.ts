import { describe, expect, it } from "vitest";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import { solve } from "../../../src/lib/engine/solve";
import { simulate } from "../../../src/lib/engine/uncertainty";
import type { Scenario } from "../../../src/lib/engine/types";
import {
  flipSentences,
  howSureSentence,
  inputLabel,
  tornadoRows,
} from "../../../src/lib/present/how-sure";
import { articleScenario } from "../engine/scenarios";

function unwrap<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error("expected a value");
  return r.value;
}

const flipsOf = (scenario: Scenario) =>
  (["volume", "apiPriceScale"] as const).map((f) =>
    unwrap(solve(scenario, f, "maverick")),
  );

describe("howSureSentence", () => {
  it("says who stays cheaper, how surely, and what would change it", () => {
    // The fleet: 8 × 730 h × $2 = $11,680 against Muse Spark's $3,670 at 1M requests; they meet
    // at 3.18M requests, or with Muse Spark's prices × 3.18 (218% more).
    const result = unwrap(evaluateValid(articleScenario));
    const u = unwrap(simulate(articleScenario, []));
    expect(howSureSentence(u, result, flipsOf(articleScenario))).toBe(
      "Muse Spark is cheaper than Llama 4 Maverick on 8 × H100 with 100% probability; that changes if volume rises above 3.18M requests/month or Muse Spark raises its prices by 218%.",
    );
  });

  it("gives the cheaper option's chance when the option is cheaper", () => {
    const busy: Scenario = {
      ...articleScenario,
      workload: { ...articleScenario.workload, requestsPerMonth: 5e6 },
    };
    const result = unwrap(evaluateValid(busy));
    const u = unwrap(
      simulate(busy, [
        {
          field: "requestsPerMonth",
          low: 1e6,
          high: 1e7,
          distribution: "log-uniform",
        },
      ]),
    );
    const sentence = howSureSentence(u, result, flipsOf(busy))!;
    expect(sentence).toMatch(
      /^Llama 4 Maverick on 8 × H100 is cheaper than Muse Spark with \d+% probability; it stops being cheaper if volume falls below 3\.18M requests\/month or Muse Spark cuts its prices by \d+%\.$/,
    );
    // log-uniform 1M–10M: P(volume > 3.18M) = log(10/3.18)/log(10) = 50%.
    const chance = Number(/with (\d+)%/.exec(sentence)![1]);
    expect(Math.abs(chance - 50)).toBeLessThanOrEqual(3);
  });
});

describe("the solver sentences and the tornado's rows", () => {
  it("names each flip and each input as the form does", () => {
    const result = unwrap(evaluateValid(articleScenario));
    const [volume] = flipSentences(flipsOf(articleScenario), result);
    expect(volume).toBe(
      "Llama 4 Maverick on 8 × H100 and Muse Spark cost the same at volume 3,182,561 requests/month (today 1,000,000).",
    );
    expect(inputLabel("options.maverick.hosting.usdPerGpuHour", result)).toBe(
      "Llama 4 Maverick on 8 × H100: Rent",
    );
    expect(inputLabel("workload.outputTokens", result)).toBe(
      "Output per request",
    );
    const u = unwrap(
      simulate(articleScenario, [
        {
          field: "hosting.usdPerGpuHour",
          optionId: "maverick",
          low: 1,
          high: 3,
          distribution: "triangular",
        },
      ]),
    );
    // Muse Spark saves nothing against the cheaper fleet: the saving is $3,670 − 8 × 730 × rent.
    expect(tornadoRows(u.tornado, result)).toEqual([
      {
        label: "Llama 4 Maverick on 8 × H100: Rent",
        range: "1 – 3",
        low: "$2,170 more",
        high: "$13,850 more",
      },
    ]);
  });
});
