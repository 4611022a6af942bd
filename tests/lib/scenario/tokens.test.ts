import { describe, expect, it } from "vitest";
import {
  apiForm,
  defaultWorkload,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import { evaluateDoc } from "../../../src/lib/scenario/evaluate";
import type { OptionForm, WorkloadForm } from "../../../src/lib/scenario/form";
import { referenceNote } from "../../../src/lib/present/reference-note";
import { scenarioReference } from "../../../src/lib/scenario/tokens";
import { resolveScenario } from "../../../src/lib/scenario/spec";

const options: OptionForm[] = [
  apiForm("gpt", "gpt-5.4"),
  apiForm("muse", "muse-spark"),
  apiForm("maverick", "llama-4-maverick-together"),
  selfHostForm("self", "llama-4-maverick", "h100-sxm", 8, "fp8"),
];

function bills(workload: WorkloadForm, baselineKey: string) {
  const evaluated = evaluateDoc({ workload, options, baselineKey });
  if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
  const { result, tokens } = evaluated.evaluation;
  return {
    monthly: Object.fromEntries(
      result.options.map((o) => [o.id, o.monthlyCostUsd]),
    ),
    factors: Object.fromEntries(
      Object.entries(tokens.accounts).map(([id, a]) => [id, a.factor]),
    ),
    note: referenceNote(tokens.reference),
  };
}

describe("the token reference", () => {
  it("pinned: switching the baseline changes no option's bill", () => {
    const pinned = { ...defaultWorkload(), referenceModel: "gpt-5.4" };
    const onGpt = bills(pinned, "gpt");
    const onMuse = bills(pinned, "muse");
    expect(onMuse.monthly).toEqual(onGpt.monthly);
    expect(onMuse.note).toBe(
      "Answers sized as GPT-5.4 (xhigh) writes them, whatever the baseline.",
    );
  });

  it("following: the bills move with the baseline, and the page says so", () => {
    const follows = defaultWorkload();
    const onGpt = bills(follows, "gpt");
    const onMuse = bills(follows, "muse");
    // GPT-5.4 counts its own tokens, then Muse Spark 1.1's: 109.46M against 93.64M on v4.1.
    expect(onGpt.factors.gpt).toBe(1);
    expect(onMuse.factors.gpt).toBeCloseTo(109.46 / 93.64, 12);
    expect(onMuse.factors.muse).toBe(1);
    expect(onMuse.monthly.gpt).not.toBe(onGpt.monthly.gpt);
    expect(onGpt.note).toBe(
      "Answers sized as GPT-5.4 (xhigh) writes them: the baseline's model, so this changes when the baseline does.",
    );
    expect(onMuse.note).toMatch(/^Answers sized as Muse Spark 1\.1 \(xhigh\)/);
  });

  it("names no stand-in when the baseline has no token count", () => {
    const own = {
      ...apiForm("own", "gpt-5.4"),
      offerId: "not-in-catalog",
    } as OptionForm;
    const reference = scenarioReference(defaultWorkload(), [own], "own");
    expect(reference.family).toBeUndefined();
    expect(referenceNote(reference)).toBe(
      "The baseline's model has no Intelligence Index token count: every option is billed the output tokens as typed (1×).",
    );
  });

  it("keeps a typed factor whatever the reference", () => {
    const typed = options.map((o) =>
      o.key === "maverick" ? { ...o, verbosity: "1" } : o,
    );
    const evaluated = evaluateDoc({
      workload: defaultWorkload(),
      options: typed,
      baselineKey: "muse",
    });
    if (!evaluated.ok) throw new Error("invalid");
    const account = evaluated.evaluation.tokens.accounts.maverick!;
    expect(account.typed).toBe(true);
    expect(account.factor).toBe(1);
    expect(
      account.model!.outputTokensM / account.reference!.outputTokensM,
    ).toBeCloseTo(4.74 / 93.64, 12);
  });
});

describe("the same rule on the command line", () => {
  it("gives a scenario file the factors the page gives the same options", () => {
    const file = resolveScenario({
      workload: {
        requestsPerMonth: 1e6,
        inputTokens: 1500,
        outputTokens: 500,
        cachedShare: 0.2,
        batchShare: 0.1,
        peakToAverage: 2,
        latency: { minTokensPerSecond: 20, maxTimeToFirstTokenSeconds: 2 },
      },
      options: [
        { kind: "api", offer: "gpt-5.4", id: "gpt" },
        { kind: "api", offer: "muse-spark", id: "muse" },
        { kind: "api", offer: "llama-4-maverick-together", id: "maverick" },
        {
          kind: "self-host",
          id: "self",
          model: "llama-4-maverick",
          gpu: "h100-sxm",
          gpusPerReplica: 8,
          weights: "fp8",
        },
      ],
      baseline: "muse",
    });
    if (!file.ok) throw new Error(file.error.message);
    expect(
      Object.fromEntries(file.value.options.map((o) => [o.id, o.verbosity])),
    ).toEqual(bills(defaultWorkload(), "muse").factors);
  });
});
