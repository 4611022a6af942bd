import { describe, expect, it } from "vitest";
import { effortTokenFactor, findQuality } from "../../../src/lib/catalog";
import { tokenLine } from "../../../src/lib/present/tokens";
import { successLine } from "../../../src/lib/present/success";
import { indexScorePercent } from "../../../src/lib/scenario/tokens";

const maverick = findQuality("llama-4-maverick@v4.1")!;
const muse11 = findQuality("muse-spark-1.1@v4.1")!;

describe("tokenLine", () => {
  it("says the billed tokens, the factor, the index counts and the scores", () => {
    expect(
      tokenLine(
        {
          factor: 4.74 / 93.64,
          typed: false,
          model: maverick,
          reference: muse11,
        },
        500,
      ),
    ).toBe(
      "500 × 0.0506× = 25 output tokens billed per request: writes 0.0506× as many tokens as Muse Spark 1.1 (xhigh) (4.74M vs 93.64M, Intelligence Index v4.1); scores 14 vs 53.",
    );
  });

  it("says a typed factor and what the index would give", () => {
    expect(
      tokenLine(
        { factor: 1, typed: true, model: maverick, reference: muse11 },
        500,
      ),
    ).toBe(
      "500 × 1× = 500 output tokens billed per request, at the factor typed (the index gives 0.0506×); scores 14 vs 53.",
    );
  });

  it("says the effort, the setting's ratio and its score", () => {
    const account = {
      ...effortTokenFactor("gpt-5.4@v4.0", "muse-spark-1.1", "low"),
      typed: false,
    };
    expect(tokenLine(account, 500)).toBe(
      "500 × 0.0957× = 48 output tokens billed per request: GPT-5.4 at low effort writes 0.0957× as many tokens as Muse Spark 1.1 (xhigh) (0.0819× its xhigh count, 9.87M vs 120.58M on Intelligence Index v4.0, × 1.17×); scores 48.",
    );
  });

  it("says when a count is missing, and bills 1×", () => {
    expect(tokenLine({ factor: 1, typed: false, reference: muse11 }, 500)).toBe(
      "500 × 1× = 500 output tokens billed per request: this model has no index token count beside Muse Spark 1.1 (xhigh), so 1×.",
    );
  });
});

describe("successLine", () => {
  it("says the cost per successful task and the attempts behind it", () => {
    const option = {
      costPerSuccessfulTaskUsd: 0.01375,
      successRate: 0.8,
    } as Parameters<typeof successLine>[0];
    expect(successLine(option)).toBe(
      "$0.0138 per successful task: 1.25 attempts at 80% success.",
    );
  });

  it("offers the model's index score as a success rate", () => {
    expect(
      indexScorePercent({ factor: 1, typed: false, model: maverick }),
    ).toBe(14.5);
    expect(indexScorePercent({ factor: 1, typed: false })).toBeNull();
  });
});
