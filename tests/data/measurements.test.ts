/**
 * The published measurements in data/measurements.json keep one shape, so the calibration can
 * read every record without special cases: known units, positive values, a catalog id or a
 * sourced architecture for each model, and enough sources and serving stacks to fit and to test.
 */
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { gpus } from "../../src/lib/catalog/gpus";
import { openModels } from "../../src/lib/catalog/models";

const STACKS = ["tensorrt-llm", "vllm", "sglang", "other"] as const;
const REGIMES = [
  "batch1-decode",
  "moderate-concurrency",
  "offline-max",
  "long-context",
  "long-prompt-ttft",
] as const;
const METRICS = [
  "outputTokensPerSecondTotal",
  "outputTokensPerSecondPerGpu",
  "perUserOutputTokensPerSecond",
  "ttftMs",
  "tpotMs",
] as const;

const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(1));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

/** Architecture of a model the catalog does not hold, with where it was read. */
const Architecture = v.strictObject({
  name: text,
  totalParamsB: positive,
  activeParamsB: positive,
  layers: count,
  hiddenSize: count,
  attentionHeads: count,
  kvHeads: count,
  headDim: count,
  experts: count,
  activeExperts: count,
  source: text,
});

const Measurement = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9.]+)*$/)),
  model: v.optional(v.picklist(openModels.map((model) => model.id))),
  architecture: v.optional(Architecture),
  gpu: text,
  // null: the source does not say.
  gpus: v.nullable(count),
  layout: v.pipe(v.string(), v.regex(/^(TP|PP|DEP|EP|DP)\d*/)),
  weights: v.picklist(["bf16", "fp8", "fp4", "int8", "int4-g32", "int4-awq"]),
  kv: v.picklist(["bf16", "fp8"]),
  input: v.nullable(count),
  output: v.nullable(count),
  concurrency: v.union([count, v.literal("max")]),
  metric: v.picklist(METRICS),
  value: positive,
  stack: v.picklist(STACKS),
  framework: text,
  frameworkVersion: text,
  regime: v.picklist(REGIMES),
  source: text,
  sourceTitle: text,
  asOf: v.pipe(v.string(), v.regex(/read 2026-12-01$/)),
  notes: text,
});

const File = v.strictObject({ about: text, records: v.array(v.unknown()) });

const file = v.parse(
  File,
  JSON.parse(
    readFileSync(
      new URL("../../data/measurements.json", import.meta.url),
      "utf8",
    ),
  ),
);
const records = file.records.map((record) => v.parse(Measurement, record));

describe("published measurements", () => {
  it.each(file.records.map((record, i) => [i, record] as const))(
    "record %i has every field, in a known unit, with a positive value",
    (_, record) => {
      const result = v.safeParse(Measurement, record);
      expect(result.issues?.map((issue) => issue.message) ?? []).toEqual([]);
    },
  );

  it("names each model once: a catalog id or a sourced architecture", () => {
    for (const record of records)
      expect(
        (record.model === undefined) !== (record.architecture === undefined),
        record.id,
      ).toBe(true);
  });

  it("uses the catalog's id for every GPU the catalog holds", () => {
    const ids = new Set(gpus.map((gpu) => gpu.id));
    const names = gpus.map((gpu) => gpu.name.toLowerCase());
    for (const record of records.filter((record) => !ids.has(record.gpu)))
      expect(names, record.id).not.toContain(record.gpu.toLowerCase());
  });

  it("has unique ids", () => {
    const ids = records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is large and varied enough to fit on and to test", () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(
      new Set(records.map((record) => record.source)).size,
    ).toBeGreaterThanOrEqual(8);
    expect(new Set(records.map((record) => record.stack))).toEqual(
      new Set(STACKS),
    );
    expect(new Set(records.map((record) => record.regime))).toEqual(
      new Set(REGIMES),
    );
  });

  it("keeps first-token latency and speeds in plausible ranges", () => {
    for (const record of records) {
      if (record.metric === "ttftMs")
        expect(record.value, record.id).toBeLessThan(600_000);
      if (record.metric === "perUserOutputTokensPerSecond")
        expect(record.value, record.id).toBeLessThan(5_000);
    }
  });
});
