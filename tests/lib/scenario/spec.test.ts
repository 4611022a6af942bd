import { describe, expect, it } from "vitest";
import { assumptions, findGpu, tokenFactor } from "../../../src/lib/catalog";
import type { SelfHostOption } from "../../../src/lib/engine/types";
import { evaluateValid } from "../../../src/lib/engine/evaluate";
import { resolveScenario } from "../../../src/lib/scenario/spec";
import {
  baseWorkload,
  customGpu,
  customModel,
  unwrap,
} from "../engine/scenarios";

const spec = (options: unknown[], extra: Record<string, unknown> = {}) => ({
  workload: baseWorkload,
  options,
  ...extra,
});

const resolve = (input: unknown) => unwrap(resolveScenario(input));

/** A self-hosted option resolved from its spec, beside Muse Spark. */
function selfHosted(option: Record<string, unknown>): SelfHostOption {
  const resolved = resolve(
    spec([
      { kind: "api", offer: "muse-spark" },
      { kind: "self-host", ...option },
    ]),
  ).options[1]!;
  if (resolved.kind !== "self-host") throw new Error("kind");
  return resolved;
}

describe("tokenFactor", () => {
  it("is the ratio of index output tokens to the reference model’s (Muse Spark vs GPT-5.4: 58.37M / 120.58M)", () => {
    expect(tokenFactor("muse-spark@v4.0", "gpt-5.4").factor).toBeCloseTo(
      58.37 / 120.58,
      3,
    );
    expect(tokenFactor("claude-opus-4.6@v4.0", "gpt-5.4").factor).toBeCloseTo(
      156.96 / 120.58,
      2,
    );
  });

  it("takes each version's own count, on the index version both ran (Muse Spark 1.1: 93.64M on v4.1)", () => {
    const muse11 = tokenFactor("muse-spark-1.1@v4.1", "gpt-5.4");
    expect(muse11.factor).toBeCloseTo(93.64 / 109.46, 4);
    expect(muse11.model?.id).toBe("muse-spark-1.1@v4.1");
    expect(muse11.reference?.id).toBe("gpt-5.4@v4.1");
  });

  it("is 1 for the reference itself, an unmeasured model, or no reference", () => {
    expect(tokenFactor("gpt-5.4@v4.0", "gpt-5.4").factor).toBe(1);
    expect(tokenFactor(undefined, "gpt-5.4").factor).toBe(1);
    const noReference = tokenFactor("muse-spark@v4.0", undefined);
    expect(noReference.factor).toBe(1);
    expect(noReference.reference).toBeUndefined();
    // Muse Spark 1.1 ran only v4.1, Llama 3.1 405B only v4.0: no ratio can be made.
    expect(tokenFactor("muse-spark-1.1@v4.1", "llama-3.1-405b").factor).toBe(1);
  });
});

describe("resolveScenario", () => {
  it("fills an API option from the catalog’s newest price", () => {
    const scenario = resolve(spec([{ kind: "api", offer: "gpt-5.4" }]));
    const option = scenario.options[0]!;
    expect(option.kind).toBe("api");
    if (option.kind !== "api") return;
    expect(option.id).toBe("gpt-5.4");
    expect(option.pricing).toEqual({
      kind: "known",
      prices: { inputPerM: 2.5, cachedInputPerM: 0.25, outputPerM: 15 },
    });
    expect(option.batchDiscount).toBe(0.5);
    expect(option.longContext?.thresholdTokens).toBe(272_000);
    // The workload's output tokens are the baseline's own: it writes them at factor 1.
    expect(option.verbosity).toBe(1);
    expect(scenario.baselineId).toBe("gpt-5.4");
  });

  it("bills a reasoning effort's factor, self-hosted too", () => {
    const scenario = resolve(
      spec(
        [
          { kind: "api", offer: "gpt-5.4", effort: "none" },
          { kind: "api", offer: "muse-spark" },
        ],
        { baseline: "muse-spark" },
      ),
    );
    // 109.46 / 93.64 (v4.1) × 3.92 / 120.58 (v4.0, no reasoning) = 0.0380020.
    expect(scenario.options[0]!.verbosity).toBeCloseTo(0.038002, 6);
    // gpt-oss-120b at low against Muse Spark 1.1 (the list price), both on v4.1: 7.12 / 93.64.
    expect(
      selfHosted({ model: "gpt-oss-120b", gpu: "h100-sxm", effort: "low" })
        .verbosity,
    ).toBeCloseTo(7.12 / 93.64, 9);
  });

  it("refuses an effort the model was not measured at, naming the choices", () => {
    const wrong = resolveScenario(
      spec([{ kind: "api", offer: "gpt-5.4", effort: "medium" }]),
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.error.field).toBe("options.0.effort");
      expect(wrong.error.message).toContain('"low", "none"');
    }
    const none = resolveScenario(
      spec([{ kind: "api", offer: "muse-spark", effort: "low" }]),
    );
    expect(!none.ok && none.error.message).toContain("no efforts measured");
  });

  it("keeps Muse Spark’s launch price as an estimate range", () => {
    const scenario = resolve(
      spec([{ kind: "api", offer: "muse-spark", pricePoint: "launch" }]),
    );
    const option = scenario.options[0]!;
    expect(option.kind === "api" && option.pricing.kind).toBe("range");
  });

  it("scales other models’ output by their token use relative to the baseline", () => {
    const scenario = resolve(
      spec(
        [
          { kind: "api", offer: "gpt-5.4" },
          { kind: "api", offer: "muse-spark" },
        ],
        { baseline: "gpt-5.4" },
      ),
    );
    // The list price sells Muse Spark 1.1, which spent 93.64M tokens on v4.1 (GPT-5.4: 109.46M).
    expect(scenario.options[1]!.verbosity).toBeCloseTo(93.64 / 109.46, 4);
  });

  it("follows the baseline's model, with no stand-in when it has no index record", () => {
    const options = [
      { kind: "api", offer: "gpt-5.4" },
      {
        kind: "api",
        id: "own",
        pricing: {
          kind: "known",
          prices: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 2 },
        },
      },
    ];
    const onGpt = resolve(spec(options));
    expect(onGpt.options.map((o) => o.verbosity)).toEqual([1, 1]);
    // The baseline has no token count: every option at 1×, GPT-5.4 included.
    const onOwn = resolve(spec(options, { baseline: "own" }));
    expect(onOwn.options.map((o) => o.verbosity)).toEqual([1, 1]);
    const pinned = resolve({
      workload: { ...baseWorkload, referenceModel: "gpt-5.4" },
      options: [
        { kind: "api", offer: "muse-spark", pricePoint: "launch" },
        ...options,
      ],
      baseline: "own",
    });
    expect(pinned.options[0]!.verbosity).toBeCloseTo(58.37 / 120.58, 4);
    expect(pinned.options[1]!.verbosity).toBe(1);
  });

  it("fills a self-hosted option: rent, replica size, KV precision and defaults", () => {
    const option = selfHosted({
      model: "llama-3.3-70b",
      gpu: "h100-sxm",
      weights: "fp8",
    });
    expect(option.hosting).toEqual({
      mode: "rented",
      usdPerGpuHour: findGpu("h100-sxm")!.rental.typical,
    });
    expect(option.kv).toBe("fp8");
    // 70.6 GB of FP8 weights leave (80 − 4 − 70.6) · 0.9 = 4.9 GB of one H100 for the KV
    // cache: 14 requests of 2,000 tokens at 0.33 GB, more than the 8 a default replica needs.
    expect(option.gpusPerReplica).toBe(1);
    expect(option.engineerUsdPerYear).toBe(
      assumptions.engineerLoadedYearlyUsd.value,
    );
  });

  it("leaves the GPU count automatic: the fewest GPUs meeting the latency target, as the engine evaluates it", () => {
    // Llama 3.3 70B at FP8 on H100s, one request alone: 23 tokens/s per user on one GPU, 37 on
    // two (TP2), 57 on four (TP4).
    const at = (minTokensPerSecond: number, gpusPerReplica?: number) => {
      const latency = { minTokensPerSecond, maxTimeToFirstTokenSeconds: 2 };
      const scenario = resolve(
        spec(
          [
            { kind: "api", offer: "muse-spark" },
            {
              kind: "self-host",
              model: "llama-3.3-70b",
              gpu: "h100-sxm",
              weights: "fp8",
              ...(gpusPerReplica && { gpusPerReplica }),
            },
          ],
          { workload: { ...baseWorkload, latency } },
        ),
      );
      const result = unwrap(evaluateValid(scenario)).options[1]!;
      return {
        gpus: result.serving!.gpusPerReplica,
        warnings: result.warnings,
      };
    };
    expect(at(20).gpus).toBe(1);
    expect(at(30).gpus).toBe(2);
    expect(at(40)).toEqual({ gpus: 4, warnings: [] });
    const typed = at(40, 2);
    expect(typed.gpus).toBe(2);
    expect(typed.warnings[0]!.message).toContain(
      "4 × H100 SXM5 80GB would meet 40 tokens/s per user",
    );
  });

  it("fills owned hosting from the sourced assumptions, keeping what the user set", () => {
    const option = selfHosted({
      model: "llama-3.1-8b",
      gpu: "h100-sxm",
      gpusPerReplica: 1,
      hosting: { mode: "owned", pue: 1.4 },
    });
    if (option.hosting.mode !== "owned") throw new Error("hosting");
    const h100 = findGpu("h100-sxm")!;
    expect(option.hosting.pue).toBe(1.4);
    expect(option.hosting.usdPerGpu).toBe(
      (h100.purchase.low + h100.purchase.high) / 2 +
        assumptions.serverCostPerGpuUsd.value,
    );
    expect(option.hosting.usdPerKwh).toBe(
      assumptions.electricityUsdPerKwh.value,
    );
  });

  it("accepts an architecture and a GPU spec in place of catalog ids", () => {
    const option = selfHosted({
      id: "custom",
      model: customModel,
      gpu: customGpu,
      hosting: { mode: "rented", usdPerGpuHour: 1 },
    });
    expect(option.id).toBe("custom");
  });

  it("finds the baseline by its offer when no option has that id", () => {
    const scenario = resolve(
      spec(
        [
          { kind: "api", offer: "muse-spark" },
          { kind: "api", id: "mine", offer: "gpt-5.4" },
        ],
        {
          baseline: "gpt-5.4",
        },
      ),
    );
    expect(scenario.baselineId).toBe("mine");
  });

  it("numbers default ids that would repeat", () => {
    const twice = {
      kind: "self-host",
      model: "llama-3.3-70b",
      gpu: "h100-sxm",
    };
    const scenario = resolve(
      spec([
        { kind: "api", offer: "gpt-5.4" },
        twice,
        { ...twice, weights: "bf16" },
      ]),
    );
    expect(scenario.options.map((o) => o.id)).toEqual([
      "gpt-5.4",
      "llama-3.3-70b-on-h100-sxm",
      "llama-3.3-70b-on-h100-sxm-2",
    ]);
  });

  it("numbers a default id past one the user wrote", () => {
    const api = { kind: "api", offer: "gpt-5.4" };
    const scenario = resolve(
      spec([api, { ...api, id: "gpt-5.4-2" }, api, api]),
    );
    expect(scenario.options.map((o) => o.id)).toEqual([
      "gpt-5.4",
      "gpt-5.4-2",
      "gpt-5.4-3",
      "gpt-5.4-4",
    ]);
  });

  it.each([
    [
      "options.1.headrom",
      spec([
        { kind: "api", offer: "gpt-5.4" },
        {
          kind: "self-host",
          model: "llama-3.1-8b",
          gpu: "h100-sxm",
          headrom: 0.5,
        },
      ]),
    ],
    [
      "workload.batchshare",
      {
        ...spec([{ kind: "api", offer: "gpt-5.4" }]),
        workload: { ...baseWorkload, batchshare: 0.5 },
      },
    ],
    [
      "workload.referenceModel",
      {
        ...spec([{ kind: "api", offer: "gpt-5.4" }]),
        workload: { ...baseWorkload, referenceModel: "gpt-99" },
      },
    ],
    [
      "options.0.hosting.pue",
      spec([
        {
          kind: "self-host",
          model: "llama-3.1-8b",
          gpu: "h100-sxm",
          hosting: { mode: "owned", pue: 0.5 },
        },
      ]),
    ],
  ])(
    "names %s: a misspelt key, an unknown reference, a value out of range",
    (field, input) => {
      const result = resolveScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.field).toBe(field);
    },
  );

  it.each([
    ["options.0.offer", spec([{ kind: "api", offer: "no-such-model" }])],
    [
      "options.0.pricePoint",
      spec([{ kind: "api", offer: "gpt-5.4", pricePoint: "someday" }]),
    ],
    [
      "options.0.model",
      spec([{ kind: "self-host", model: "no-such-model", gpu: "h100-sxm" }]),
    ],
    [
      "options.0.gpu",
      spec([{ kind: "self-host", model: "llama-3.1-8b", gpu: "tpu" }]),
    ],
    [
      "options.0.model.layers",
      spec([
        {
          kind: "self-host",
          model: {
            name: "x",
            totalParamsB: 1,
            activeParamsB: 1,
            layers: 0,
            hiddenSize: 1,
            attentionHeads: 1,
            kvHeads: 1,
            headDim: 1,
          },
          gpu: "h100-sxm",
        },
      ]),
    ],
    [
      "options.0.hosting.usdPerGpuHour",
      spec([
        {
          kind: "self-host",
          model: "llama-3.1-8b",
          gpu: customGpu,
        },
      ]),
    ],
    ["options.0.kind", spec([{ kind: "magic" }])],
    [
      "workload.inputTokens",
      {
        ...spec([{ kind: "api", offer: "gpt-5.4" }]),
        workload: { ...baseWorkload, inputTokens: "lots" },
      },
    ],
    [
      "baseline",
      spec([{ kind: "api", offer: "gpt-5.4" }], { baseline: "claude" }),
    ],
  ])("names %s when it is wrong", (field, input) => {
    const result = resolveScenario(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe(field);
  });

  it.each([
    [
      "options.0.batchDiscount",
      "must be a number from 0 to 1",
      spec([{ kind: "api", offer: "gpt-5.4", batchDiscount: 2 }]),
    ],
    [
      "options.0.hosting.mode",
      "must be rented or owned",
      spec([
        {
          kind: "self-host",
          model: "llama-3.3-70b",
          gpu: "h100-sxm",
          hosting: { mode: "leased" },
        },
      ]),
    ],
    [
      "options.0.hosting.pue",
      "must be a number from 1 to 5",
      spec([
        {
          kind: "self-host",
          model: "llama-3.3-70b",
          gpu: "h100-sxm",
          hosting: { mode: "owned", pue: 9 },
        },
      ]),
    ],
  ])("checks %s by the engine's own rule: %s", (field, message, input) => {
    expect(resolveScenario(input)).toEqual({
      ok: false,
      error: { field, message },
    });
  });

  it("counts the options before reading any of them", () => {
    const many = Array.from({ length: 4000 }, () => ({
      kind: "api",
      offer: "no-such-offer",
    }));
    expect(resolveScenario(spec(many))).toEqual({
      ok: false,
      error: { field: "options", message: "must hold at most 50 options" },
    });
  });

  it("names a self-hosted option as the page does, with its GPU count", () => {
    const result = resolveScenario(
      spec([{ kind: "self-host", model: "llama-3.3-70b", gpu: "h100-sxm" }]),
    );
    expect(result.ok && result.value.options[0]!.label).toBe(
      "Llama 3.3 70B on 2 × H100 SXM5 80GB",
    );
  });
});

describe("a workload that leaves fields out", () => {
  const stated = {
    requestsPerMonth: 1_000_000,
    inputTokens: 1500,
    outputTokens: 500,
  };
  const options = [{ kind: "api", offer: "gpt-5.4" }];

  it("takes the page's starting values: 20% cached, 10% batch, peak 2×, 20 tokens/s, 2 s", () => {
    expect(resolve({ workload: stated, options }).workload).toEqual({
      ...stated,
      cachedShare: 0.2,
      cacheWriteShare: 0,
      batchShare: 0.1,
      peakToAverage: 2,
      latency: { minTokensPerSecond: 20, maxTimeToFirstTokenSeconds: 2 },
    });
  });

  it("keeps what it states, one latency field among them", () => {
    const workload = resolve({
      workload: {
        ...stated,
        batchShare: 0,
        latency: { minTokensPerSecond: 50 },
      },
      options,
    }).workload;
    expect(workload.batchShare).toBe(0);
    expect(workload.latency).toEqual({
      minTokensPerSecond: 50,
      maxTimeToFirstTokenSeconds: 2,
    });
  });

  it.each(["requestsPerMonth", "inputTokens", "outputTokens"])(
    "must state %s",
    (field) => {
      const workload: Record<string, number> = { ...stated };
      delete workload[field];
      expect(resolveScenario({ workload, options })).toEqual({
        ok: false,
        error: { field: `workload.${field}`, message: "is required" },
      });
    },
  );
});
