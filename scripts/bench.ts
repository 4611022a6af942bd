/**
 * Benchmarks of the engine, printed as figures (not asserted: timings vary between machines).
 *
 *   npm run bench
 */
import { readFileSync } from "node:fs";
import { findGpu, findOpenModel } from "../src/lib/catalog";
import { calibratedEfficiency } from "../src/lib/engine/efficiency";
import { evaluateScenario } from "../src/lib/engine/evaluate-input";
import { resolveScenario } from "../src/lib/scenario/spec";
import { memoryFit, servingPoint } from "../src/lib/engine/serving";
import { compareScenarios, compareTable } from "../src/lib/present/compare";
import { evaluateDoc } from "../src/lib/scenario/evaluate";
import { decodeLink, encodeLink } from "../src/lib/share/link";
import { readScenario } from "../src/lib/scenario/read";
import { simulate, type RangedInput } from "../src/lib/engine/uncertainty";
import { solve, SOLVE_FOR } from "../src/lib/engine/solve";
import { volumeBandView } from "../src/lib/present/volume-bands";
import { defaultScenario, MAX_SCENARIOS } from "../src/lib/scenario/workspace";
import { Random } from "./fuzz/random";
import { fleetsAlongTheBaseline } from "./fuzz/workspaces";

function measure(label: string, runs: number, work: () => unknown) {
  for (let i = 0; i < Math.min(20, runs); i++) work(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${label.padEnd(58)} median ${at(0.5).toFixed(3)} ms   p95 ${at(0.95).toFixed(3)} ms   (${runs} runs)`,
  );
}

const spec = JSON.parse(
  readFileSync(new URL("../examples/article.json", import.meta.url), "utf8"),
);
const scenario = resolveScenario(spec);
if (!scenario.ok) throw new Error(scenario.error.message);

const result = evaluateScenario(scenario.value);
if (!result.ok) throw new Error(result.error.message);
console.log(
  `examples/article.json: ${result.value.options.length} options, ${result.value.breakEven.length} break-even crossings between ${result.value.sweep.low.toExponential(1)} and ${result.value.sweep.high.toExponential(1)} requests/month`,
);

measure(
  "resolve + evaluate the article scenario (with break-even)",
  300,
  () => {
    const resolved = resolveScenario(spec);
    if (resolved.ok) evaluateScenario(resolved.value);
  },
);
measure("evaluate the article scenario (with break-even)", 300, () =>
  evaluateScenario(scenario.value),
);

// The longest break-even searches: 19 fleets within a step of the baseline's price, 57 searches.
const along = fleetsAlongTheBaseline(new Random(9));
measure("evaluate 19 fleets along the baseline (57 long searches)", 50, () =>
  evaluateDoc(along),
);

const setup = {
  model: findOpenModel("llama-4-maverick")!,
  gpu: findGpu("h100-sxm")!,
  gpus: 8,
  weights: "fp8" as const,
  kv: "fp8" as const,
  inputTokens: 1500,
  outputTokens: 500,
  cachedShare: 0,
  efficiency: calibratedEfficiency,
};
const max = memoryFit(setup).maxConcurrency;
measure("estimate: one serving point (Maverick, 8 × H100, offline)", 5000, () =>
  servingPoint(setup, max),
);

// A full workspace: twelve scenarios at rates from 1 to 12 requests a second.
const workspace = {
  scenarios: Array.from({ length: MAX_SCENARIOS }, (_, i) => {
    const scenario = defaultScenario(`Scenario ${i + 1}`);
    return {
      ...scenario,
      workload: { ...scenario.workload, rate: String(i + 1) },
    };
  }),
  open: 0,
};
measure("compare twelve scenarios (evaluate all, build the table)", 50, () =>
  compareTable(compareScenarios(workspace.scenarios)),
);
const link = await encodeLink(workspace);
console.log(`link of twelve scenarios: ${link.length} characters`);
const runs: number[] = [];
for (let i = 0; i < 100; i++) {
  const start = performance.now();
  await decodeLink(link);
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
console.log(
  `${"decode that link (inflate, validate, expand)".padEnd(58)} median ${runs[50]!.toFixed(3)} ms   (100 runs)`,
);

// How sure: the Monte Carlo of the page's default scenario, 2,000 draws (the default), first with
// nothing typed as a range (only the throughput estimate's band, drawn by default: its rates
// scaled and the fleet sized again in each draw), then with the inputs people most often doubt
// ranged.
const byDefault = defaultScenario();
const read = readScenario(
  byDefault.workload,
  byDefault.options,
  byDefault.baselineKey,
);
if (!read.scenario) throw new Error("the default scenario does not read");
const defaults = read.scenario;
const selfHosted = defaults.options.find((o) => o.kind === "self-host")!;
const around = (
  field: string,
  value: number,
  optionId?: string,
): RangedInput => ({
  field,
  ...(optionId && { optionId }),
  low: value * 0.5,
  high: value * 1.5,
  distribution: "triangular",
});
const doubted: RangedInput[] = [
  {
    ...around("requestsPerMonth", defaults.workload.requestsPerMonth),
    low: defaults.workload.requestsPerMonth / 3,
    high: defaults.workload.requestsPerMonth * 3,
    distribution: "log-uniform",
  },
  around("inputTokens", defaults.workload.inputTokens),
  around("outputTokens", defaults.workload.outputTokens),
  ...(selfHosted.kind === "self-host" && selfHosted.hosting.mode === "rented"
    ? [
        around(
          "hosting.usdPerGpuHour",
          selfHosted.hosting.usdPerGpuHour,
          selfHosted.id,
        ),
      ]
    : []),
  { ...around("engineerFte", 0.25, selfHosted.id), low: 0.1, high: 1 },
  { ...around("headroom", 0.6, selfHosted.id), low: 0.4, high: 0.8 },
];
const costOnly = doubted.filter(
  (r) => r.field !== "inputTokens" && r.field !== "outputTokens",
);
measure("Monte Carlo, default scenario, nothing ranged (2,000 draws)", 30, () =>
  simulate(defaults, []),
);
measure(
  "Monte Carlo, default scenario, volume and costs ranged (2,000)",
  30,
  () => simulate(defaults, costOnly),
);
measure(
  "Monte Carlo, default scenario, six inputs ranged (2,000 draws)",
  30,
  () => simulate(defaults, doubted),
);
measure("Monte Carlo, six inputs ranged (20,000 draws)", 5, () =>
  simulate(defaults, doubted, { draws: 20_000 }),
);
measure("solve all six inputs for the default scenario", 10, () =>
  SOLVE_FOR.map((target) => solve(defaults, target, selfHosted.id)),
);

// The volume chart's bands: each option costed at 25 chart volumes and the table's rows in 500
// draws (the worker's work), with nothing ranged (no draws), costs ranged, then six inputs.
const defaultResult = evaluateScenario(defaults);
if (!defaultResult.ok)
  throw new Error("the default scenario does not evaluate");
measure("volume bands, default scenario, nothing ranged", 30, () =>
  volumeBandView(defaults, defaultResult.value, []),
);
measure("volume bands, default scenario, volume and costs ranged", 30, () =>
  volumeBandView(defaults, defaultResult.value, costOnly),
);
measure("volume bands, default scenario, six inputs ranged", 30, () =>
  volumeBandView(defaults, defaultResult.value, doubted),
);
