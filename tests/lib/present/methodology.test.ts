import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../../src/lib/engine/evaluate-input";
import {
  workedExample,
  type WorkedExample,
} from "../../../src/lib/present/methodology";
import type { StepRow } from "../../../src/lib/present/steps";
import {
  apiForm,
  DEFAULT_BASELINE,
  defaultOptions,
  defaultWorkload,
  selfHostForm,
} from "../../../src/lib/scenario/defaults";
import { readScenario } from "../../../src/lib/scenario/read";

const worked = workedExample();

const rows = (example: WorkedExample): StepRow[] =>
  Object.values(example.sections).flatMap((section) => section?.rows ?? []);

/** Agreement to about twelve significant digits, whatever the figure's size. */
function expectSameFigure(row: StepRow) {
  const engine = row.engine!;
  const digits = 12 - Math.ceil(Math.log10(Math.max(1, Math.abs(engine))));
  expect(row.worked.value, `${row.label}: ${row.worked.text}`).toBeCloseTo(
    engine,
    digits,
  );
}

const api = apiForm("muse-spark", "muse-spark");
const examples: [string, () => WorkedExample][] = [
  ["the default scenario", () => worked],
  [
    "mostly batch traffic, where the month's work sets the fleet",
    () =>
      workedExample({ ...defaultWorkload(), rate: "60", batchPercent: "90" }, [
        api,
        selfHostForm("self", "llama-4-maverick", "h100-sxm", 8, "fp8"),
      ]),
  ],
  [
    "a dense model on one GPU",
    () =>
      workedExample(defaultWorkload(), [
        api,
        selfHostForm("self", "llama-3.1-8b", "h100-sxm", 1, "bf16"),
      ]),
  ],
  [
    "latent attention over two servers",
    () =>
      workedExample(defaultWorkload(), [
        api,
        selfHostForm("self", "deepseek-v3", "h100-sxm", 16, "fp8"),
      ]),
  ],
];

describe("every printed calculation agrees with the engine", () => {
  it.each(examples)("%s", (_, build) => {
    const checked = rows(build()).filter((row) => row.engine !== undefined);
    expect(checked.length).toBeGreaterThanOrEqual(30);
    checked.forEach(expectSameFigure);
  });
});

function evaluatedDefault() {
  const { scenario } = readScenario(
    defaultWorkload(),
    defaultOptions(),
    DEFAULT_BASELINE,
  );
  const result = evaluateScenario(scenario!);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const row = (rows: readonly StepRow[] | undefined, label: string) => {
  const found = rows?.find((r) => r.label === label);
  if (!found) throw new Error(`no row "${label}"`);
  return found;
};

describe("workedExample: the default scenario", () => {
  const { sections } = worked;

  it("reads 5 requests a second as 13.14M requests over a 730-hour month", () => {
    expect(worked.units.hours.worked.text).toBe("365 × 24 / 12");
    expect(worked.units.hours.worked.value).toBe(730);
    expect(worked.workload.requestsPerMonth).toBeCloseTo(5 * 730 * 3600, 6);
    expect(worked.workload.requestsPerSecond).toBeCloseTo(5, 12);
  });

  it("prices 1,200 uncached and 300 cached prompt tokens, and 500 output tokens", () => {
    const { rows } = sections.api;
    expect(row(rows, "Uncached input").worked.text).toMatch(
      /^1,200 tokens × \$[\d.]+ \/ 10⁶$/,
    );
    expect(row(rows, "Cached input").worked.text).toMatch(/^300 tokens × /);
    expect(row(rows, "Output").worked.text).toMatch(
      /^\(500 × 1 = 500 tokens\) × /,
    );
    const parts = ["Uncached input", "Cached input", "Output"];
    expect(row(rows, "Per request").worked.value).toBeCloseTo(
      parts.reduce((sum, label) => sum + row(rows, label).worked.value, 0),
      12,
    );
  });

  // The baseline sells Muse Spark 1.1, measured only on v4.1: the ratio is taken there.
  it("derives Llama 4 Maverick's verbosity from Intelligence Index token counts", () => {
    const maverick = row(sections.verbosity.rows, "Llama 4 Maverick 17B-128E");
    expect(maverick.worked.text).toBe(
      "4.74M / 93.64M output tokens (Intelligence Index v4.1)",
    );
    expect(maverick.worked.value).toBeCloseTo(4.74 / 93.64, 12);
  });

  it("works the memory of 8 × H100 holding Maverick at fp8", () => {
    const { rows } = sections.memory;
    expect(row(rows, "Usable memory").worked.value).toBeCloseTo(
      8 * (80 * 0.9 - 3),
      9,
    );
    expect(row(rows, "Weights").worked.value).toBeCloseTo(400, 9);
    expect(row(rows, "KV budget").worked.value).toBeCloseTo(152, 9);
    // GQA: 2 × 8 KV heads × 128 dims × 1 byte (fp8).
    expect(row(rows, "KV bytes per token per layer").worked.value).toBe(2048);
    const context = 1500 + 500 * (4.74 / 93.64);
    // 12 global layers and 36 chunked ones, all below the 8,192-token window.
    const bytes = 2048 * 48 * context;
    expect(row(rows, "KV cache of one request").worked.value).toBeCloseTo(
      bytes,
      3,
    );
    expect(row(rows, "Most requests at once").worked.value).toBe(
      Math.floor(152 / (bytes / 1e9)),
    );
  });

  it("splits the mixture of experts into shared and routed parameters", () => {
    const { rows } = sections.moe!;
    const routed = (400 - 17) / (1 - 1 / 128);
    expect(row(rows, "Routed parameters").worked.value).toBeCloseTo(routed, 9);
    expect(row(rows, "Shared parameters").worked.value).toBeCloseTo(
      400 - routed,
      9,
    );
    const batch = row(sections.throughput.rows, "Batch chosen").worked.value;
    expect(
      row(rows, `Experts touched by a decode batch of ${batch}`).worked.value,
    ).toBeCloseTo(1 - (127 / 128) ** batch, 12);
    expect(row(sections.prefill.rows, "Uncached prompt tokens").shown).toBe(
      "1,200",
    );
  });

  it("chooses the largest batch whose users still see 20 tokens a second", () => {
    const { rows } = sections.throughput;
    expect(row(rows, "Per-user speed").worked.value).toBeGreaterThanOrEqual(20);
    expect(row(rows, "Batch chosen").worked.text).toMatch(/which misses$/);
  });

  it("keeps the interactive peak within the headroom, and lets the month's work fill replicas", () => {
    const { rows } = sections.fleet;
    const rates = sections.throughput.rows;
    const interactive = row(rates, "Interactive rate").worked.value;
    const batch = row(rates, "Batch rate").worked.value;
    const peak = (4.5 * 2) / interactive / 0.8;
    const work = 4.5 / interactive + 0.5 / batch;
    expect(
      row(rows, "Replicas for the peak, at the headroom target").worked.value,
    ).toBeCloseTo(peak, 12);
    expect(row(rows, "Replicas for the month's work").worked.value).toBeCloseTo(
      work,
      12,
    );
    expect(row(rows, "Replicas the traffic needs").worked.value).toBeCloseTo(
      Math.max(peak, work),
      12,
    );
  });

  it("works the owned alternative's capital recovery factor", () => {
    const crf = row(sections.owned?.rows, "Capital recovery factor");
    // The catalog's 8% over 5 years: 0.08 / (1 − 1.08^−5).
    expect(crf.worked.text).toBe("0.08 / (1 − (1 + 0.08)⁻⁵)");
    expect(crf.worked.value).toBeCloseTo(0.2504565, 7);
  });

  it("agrees with the engine's monthly costs, unit costs, savings and break-even", () => {
    const result = evaluatedDefault();
    const [api, self] = result.options;
    expect(row(sections.api.rows, "Monthly").worked.value).toBeCloseTo(
      api!.monthlyCostUsd!,
      6,
    );
    expect(row(sections.rented?.rows, "Total").worked.value).toBeCloseTo(
      self!.monthlyCostUsd!,
      6,
    );
    expect(worked.workload.tokensPerMonth).toBe(13_140_000 * 2000);
    expect(worked.unitCosts[0]!.perMillionTokensUsd).toBe(
      api!.costPerMillionTokensUsd,
    );
    expect(worked.savings.saved.worked.value).toBeCloseTo(
      api!.monthlyCostUsd! - self!.monthlyCostUsd!,
      6,
    );
    const { crossings } = worked.breakEven;
    expect(crossings.length).toBeGreaterThan(0);
    for (const crossing of crossings)
      expect(crossing.optionUsd / crossing.baselineUsd).toBeCloseTo(1, 6);
  });
});
