/**
 * Invoices worked by hand from docs/scenario.md ("How each bill is computed") and the catalog's
 * list prices, not from the engine's code: each must match the engine to the cent.
 */
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import { resolveScenario } from "../../../src/lib/scenario/spec";

const latency = { minTokensPerSecond: 20, maxTimeToFirstTokenSeconds: 2 };
const workload = {
  requestsPerMonth: 1_000_000,
  inputTokens: 2000,
  outputTokens: 400,
  cachedShare: 0,
  batchShare: 0,
  peakToAverage: 1,
  latency,
};

/** Each option's monthly bill, in cents. */
function billed(file: unknown): Record<string, number> {
  const scenario = resolveScenario(file);
  if (!scenario.ok) throw new Error(scenario.error.message);
  const result = evaluateScenario(scenario.value);
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(
    result.value.options.map((o) => [
      o.id,
      Math.round(o.monthlyCostUsd! * 100),
    ]),
  );
}

/** One API offer's monthly bill in cents, for the workload above with `change` applied. */
const apiBill = (offer: string, change: Record<string, number> = {}) =>
  billed({
    workload: { ...workload, ...change },
    options: [{ kind: "api", offer }],
  })[offer];

describe("API invoices", () => {
  it("plain: GPT-5.4 at $2.50 in, $15 out", () => {
    // (2,000 × 2.50 + 400 × 15) / 1M = $0.011 a request; × 1M requests = $11,000.00.
    expect(
      billed({ workload, options: [{ kind: "api", offer: "gpt-5.4" }] }),
    ).toEqual({ "gpt-5.4": 1_100_000 });
  });

  it("cache reads and writes: Claude Opus 4.6 at $5 in, $0.50 cached, $6.25 write, $25 out", () => {
    // Half of the 2,000-token prompt cached; 10% of requests write it:
    // 1,000 × 5 + 1,000 × 0.9 × 0.50 + 1,000 × 0.1 × 6.25 + 400 × 25
    // = 5,000 + 450 + 625 + 10,000 = 16,075 per 1M → $0.016075 a request → $16,075.00.
    expect(
      apiBill("claude-opus-4.6", { cachedShare: 0.5, cacheWriteShare: 0.1 }),
    ).toBe(1_607_500);
  });

  it("a write without a cache-write price bills as plain input (GPT-5.4)", () => {
    // 1,000 × 2.50 + 1,000 × 0.9 × 0.25 + 1,000 × 0.1 × 2.50 + 400 × 15
    // = 2,500 + 225 + 250 + 6,000 = 8,975 per 1M → $8,975.00.
    expect(apiBill("gpt-5.4", { cachedShare: 0.5, cacheWriteShare: 0.1 })).toBe(
      897_500,
    );
  });

  it("batch: 40% of requests at GPT-5.4's 50% batch discount", () => {
    // $0.011 × (1 − 0.4 × 0.5) = $0.0088 a request → $8,800.00.
    expect(apiBill("gpt-5.4", { batchShare: 0.4 })).toBe(880_000);
  });

  it("long-context mix: a quarter of requests over GPT-5.4's 272K threshold", () => {
    // 20% cached. List: 1,600 × 2.50 + 400 × 0.25 + 400 × 15 = 10,100 per 1M.
    // Long-context ($5 / $0.50 / $22.50): 1,600 × 5 + 400 × 0.50 + 400 × 22.50 = 17,200.
    // 0.75 × 10,100 + 0.25 × 17,200 = 11,875 per 1M → $11,875.00.
    expect(
      apiBill("gpt-5.4", { cachedShare: 0.2, longContextShare: 0.25 }),
    ).toBe(1_187_500);
  });

  it("cache storage: GPT-5.4 with a typed storage price of $4.50 per 1M tokens an hour", () => {
    // Half the prompt cached: 1,000 × 2.50 + 1,000 × 0.25 + 400 × 15 = 8,750 per 1M → $8,750.00.
    // Storage: $4.50 × 100,000 / 1M × 200 h = $90.00, whatever the volume. Total $8,840.00.
    expect(
      billed({
        workload: { ...workload, cachedShare: 0.5 },
        options: [
          {
            kind: "api",
            offer: "gpt-5.4",
            cacheStoragePerMHour: 4.5,
            cacheStorageTokens: 100_000,
            cacheStorageHours: 200,
          },
        ],
      }),
    ).toEqual({ "gpt-5.4": 884_000 });
  });

  it("cache storage by default: the cached part of a prompt, kept all 730 hours", () => {
    // K = 2,000 × 0.5 = 1,000 tokens: $2 × 1,000 / 1M × 730 h = $1.46, beside $8,750.00 of
    // requests (above): $8,751.46.
    expect(
      billed({
        workload: { ...workload, cachedShare: 0.5 },
        options: [{ kind: "api", offer: "gpt-5.4", cacheStoragePerMHour: 2 }],
      }),
    ).toEqual({ "gpt-5.4": 875_146 });
  });

  it("reasoning effort: GPT-5.4 at low effort, its own reference", () => {
    // The reference is the baseline's model at its default effort, GPT-5.4 (xhigh): 120.58M
    // index tokens on v4.0, 9.87M at low. 400 × 9.87 / 120.58 = 32.7418 tokens × $15 = 491.1262,
    // + 2,000 × 2.50 = 5,491.1262 per 1M → $5,491.13.
    expect(
      billed({
        workload,
        options: [{ kind: "api", offer: "gpt-5.4", effort: "low" }],
      }),
    ).toEqual({ "gpt-5.4": 549_113 });
  });

  it("verbosity: GPT-5.4 against Muse Spark 1.1 as the baseline's reference", () => {
    // Muse Spark's list price is Muse Spark 1.1's: 93.64M index tokens on v4.1, GPT-5.4 109.46M.
    // GPT-5.4 writes 400 × 109.46 / 93.64 = 467.5780 tokens: × $15 = 7,013.6694, + 2,000 × 2.50
    // = 12,013.6694 per 1M → $12,013.67. Muse Spark itself: 2,000 × 1.25 + 400 × 4.25 = $4,200.00.
    expect(
      billed({
        workload,
        baseline: "muse-spark",
        options: [
          { kind: "api", offer: "gpt-5.4" },
          { kind: "api", offer: "muse-spark" },
        ],
      }),
    ).toEqual({ "gpt-5.4": 1_201_367, "muse-spark": 420_000 });
  });
});

describe("self-hosted invoices", () => {
  // One request a month: the fleet is its minimum, one replica of 2 GPUs, all but idle.
  const quiet = { ...workload, requestsPerMonth: 1 };
  const llama = {
    kind: "self-host",
    id: "llama",
    model: "llama-3.3-70b",
    gpu: "h100-sxm",
    gpusPerReplica: 2,
    weights: "fp8",
  };
  /** Llama's monthly bill in cents on the quiet workload, with `costs` (hosting, people, setup) set. */
  const llamaBill = (costs: Record<string, unknown>) =>
    billed({ workload: quiet, options: [{ ...llama, ...costs }] }).llama;

  it("rented on a reserved term", () => {
    // 2 GPUs × $2.00 × (1 − 0.30) × 730 h = $2,044.00; engineers 0.25 × $200,000 / 12 =
    // $4,166.67; setup $12,000 / 12 = $1,000.00; other $100.00. Total $7,310.67.
    expect(
      llamaBill({
        hosting: {
          mode: "rented",
          usdPerGpuHour: 2,
          reservedDiscount: 0.3,
        },
        engineerFte: 0.25,
        engineerUsdPerYear: 200_000,
        setupUsd: 12_000,
        setupMonths: 12,
        otherUsdPerMonth: 100,
      }),
    ).toBe(731_067);
  });

  it("owned, sold at 20% of its price after four years", () => {
    // Per GPU: P = $30,000, R = $6,000, r = 8%, n = 4. 1.08^−4 = 0.7350299; CRF = 0.08 /
    // (1 − 0.7350299) = 0.3019208. (30,000 − 6,000 × 0.7350299) × 0.3019208 / 12 = $643.8416;
    // two GPUs $1,287.6832. Power: 2 × 700 W × 1.5 = 2.1 kW provisioned, at idle 30% of it
    // (utilisation ~0): 2.1 × 0.3 × 1.3 × 730 × $0.10 = $59.787. Colocation: 2.1 × $150 = $315.
    // Total $1,662.4702 → $1,662.47.
    expect(
      llamaBill({
        hosting: {
          mode: "owned",
          usdPerGpu: 30_000,
          years: 4,
          residualShare: 0.2,
          costOfCapital: 0.08,
          pue: 1.3,
          usdPerKwh: 0.1,
          nodePowerOverhead: 1.5,
          idlePowerFraction: 0.3,
          colocationUsdPerKwMonth: 150,
        },
        engineerFte: 0,
      }),
    ).toBe(166_247);
  });
});

describe("cost per successful task", () => {
  it("prices the retries: 1 / success attempts, the month's bill unchanged", () => {
    // $0.011 a request at 80% success: 1.25 attempts, $0.01375 per successful task.
    const scenario = resolveScenario({
      workload,
      options: [{ kind: "api", offer: "gpt-5.4", successRate: 0.8 }],
    });
    if (!scenario.ok) throw new Error(scenario.error.message);
    const result = evaluateScenario(scenario.value);
    if (!result.ok) throw new Error(result.error.message);
    const [gpt] = result.value.options;
    expect(gpt!.monthlyCostUsd).toBeCloseTo(11_000, 6);
    expect(gpt!.costPerSuccessfulTaskUsd).toBeCloseTo(0.01375, 12);
  });
});
