/**
 * Fits the serving estimator's parameters to the published measurements (the fixture sets and
 * data/measurements.json) and prints the error in sample, leave-one-source-out (every source's
 * points predicted by a fit without that source) and, with --loo, leave-one-out, by regime and by
 * serving stack. Copy the printed parameters into src/lib/engine/efficiency.ts and stacks.ts, and
 * the error bands into src/lib/engine/error-bands.ts.
 *
 *   npm run calibrate [-- --loo]
 *
 * Loss (mean |ln(pred/measured)| + 0.25 × the worst + 0.02 × Σ((p − p0)/σ)² over fitted
 * parameters): weak priors keep a parameter where public microbenchmarks put it unless the data
 * says otherwise. Coordinate descent over grids inside each parameter's bounds, then a
 * Nelder–Mead polish.
 */
import {
  calibratedEfficiency,
  type Efficiency,
} from "../src/lib/engine/efficiency";
import { predict } from "../src/lib/engine/measurement";
import {
  scaleEfficiency,
  STACK_SCALES,
  STACKS,
  type Stack,
  type StackScale,
} from "../src/lib/engine/stacks";
import {
  loadAll,
  loadPublished,
  type Regime,
  type ResolvedMeasurement,
} from "../tests/lib/engine/fixtures/measurements";

interface Param {
  key: string;
  get: (c: Calibration) => number;
  set: (c: Calibration, v: number) => Calibration;
  prior: number;
  sigma: number;
  min: number;
  max: number;
}

interface Calibration {
  base: Efficiency;
  stacks: Record<Stack, StackScale>;
}

const baseParam = (
  key: keyof Efficiency,
  prior: number,
  sigma: number,
  min: number,
  max: number,
): Param => ({
  key,
  get: (c) => c.base[key],
  set: (c, v) => ({ ...c, base: { ...c.base, [key]: v } }),
  prior,
  sigma,
  min,
  max,
});

const stackParam = (stack: Stack, key: keyof StackScale): Param => ({
  key: `${stack}.${key}`,
  get: (c) => c.stacks[stack][key],
  set: (c, v) => ({
    ...c,
    stacks: { ...c.stacks, [stack]: { ...c.stacks[stack], [key]: v } },
  }),
  prior: 1,
  sigma: key === "fixed" ? 0.5 : 0.25,
  min: key === "fixed" ? 0.3 : 0.3,
  max: key === "fixed" ? 4 : 1.5,
});

const US = 1e-6;
const PARAMS: Param[] = [
  baseParam("bandwidth", 0.85, 0.08, 0.5, 0.98),
  baseParam("kvBandwidth", 0.85, 0.1, 0.5, 1),
  baseParam("compute", 0.6, 0.15, 0.2, 0.9),
  baseParam("fp4Compute", 0.45, 0.15, 0.1, 0.9),
  baseParam("prefill", 0.5, 0.15, 0.1, 0.9),
  baseParam("mlaAttention", 0.45, 0.2, 0.05, 0.9),
  baseParam("moeCompute", 0.7, 0.25, 0.1, 1),
  baseParam("layerSeconds", 40 * US, 25 * US, 0, 200 * US),
  baseParam("stepOverheadSeconds", 1e-3, 1e-3, 0, 6e-3),
  baseParam("collectiveLatencySeconds", 12 * US, 6 * US, 2 * US, 60 * US),
  baseParam("amdBandwidth", 0.87, 0.1, 0.5, 1),
  baseParam("amdCompute", 0.67, 0.15, 0.3, 1),
  ...STACKS.filter((s) => s !== "tensorrt-llm").flatMap((s) =>
    (["bandwidth", "compute", "fixed"] as const).map((k) => stackParam(s, k)),
  ),
];

const efficiencyFor = (c: Calibration, stack: Stack) =>
  scaleEfficiency(c.base, c.stacks[stack]);

/** |ln(pred/measured)| per record; a model that does not fit counts as ln(10). */
function logErrors(records: ResolvedMeasurement[], c: Calibration): number[] {
  return records.map((r) => {
    const p = predict(r, efficiencyFor(c, r.stack));
    return p === null ? Math.log(10) : Math.abs(Math.log(p / r.value));
  });
}

function loss(records: ResolvedMeasurement[], c: Calibration): number {
  const errors = logErrors(records, c);
  const prior = PARAMS.reduce(
    (s, p) => s + ((p.get(c) - p.prior) / p.sigma) ** 2,
    0,
  );
  return (
    errors.reduce((a, b) => a + b, 0) / errors.length +
    0.25 * Math.max(...errors) +
    0.02 * prior
  );
}

function coordinateDescent(
  records: ResolvedMeasurement[],
  start: Calibration,
  rounds: number,
  points: number,
): Calibration {
  let best = start;
  let bestLoss = loss(records, best);
  for (let round = 0; round < rounds; round++) {
    for (const p of PARAMS) {
      for (let i = 0; i < points; i++) {
        const v = p.min + ((p.max - p.min) * i) / (points - 1);
        const candidate = p.set(best, v);
        const l = loss(records, candidate);
        if (l < bestLoss - 1e-12) {
          best = candidate;
          bestLoss = l;
        }
      }
    }
  }
  return best;
}

/** Nelder–Mead on the parameters scaled to [0, 1] of their bounds. */
function nelderMead(
  records: ResolvedMeasurement[],
  start: Calibration,
  iterations: number,
): Calibration {
  const toCal = (x: number[]) =>
    PARAMS.reduce(
      (c, p, i) =>
        p.set(c, p.min + (p.max - p.min) * Math.min(1, Math.max(0, x[i]!))),
      start,
    );
  const f = (x: number[]) => loss(records, toCal(x));
  const x0 = PARAMS.map((p) => (p.get(start) - p.min) / (p.max - p.min));
  let simplex = [
    x0,
    ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + 0.05 : v))),
  ].map((x) => ({ x, f: f(x) }));
  const n = x0.length;
  for (let it = 0; it < iterations; it++) {
    simplex.sort((a, b) => a.f - b.f);
    const centroid = x0.map(
      (_, j) => simplex.slice(0, n).reduce((s, v) => s + v.x[j]!, 0) / n,
    );
    const worst = simplex[n]!;
    const along = (t: number) =>
      centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const r = along(-1);
    const fr = f(r);
    if (fr < simplex[0]!.f) {
      const e = along(-2);
      const fe = f(e);
      simplex[n] = fe < fr ? { x: e, f: fe } : { x: r, f: fr };
    } else if (fr < simplex[n - 1]!.f) {
      simplex[n] = { x: r, f: fr };
    } else {
      const k = along(0.5);
      const fk = f(k);
      if (fk < worst.f) simplex[n] = { x: k, f: fk };
      else {
        const b = simplex[0]!.x;
        simplex = simplex.map((v, i) =>
          i === 0
            ? v
            : (() => {
                const x = b.map((bj, j) => bj + 0.5 * (v.x[j]! - bj));
                return { x, f: f(x) };
              })(),
        );
      }
    }
  }
  simplex.sort((a, b) => a.f - b.f);
  return toCal(simplex[0]!.x);
}

function fit(
  records: ResolvedMeasurement[],
  start: Calibration,
  effort: "full" | "fold",
): Calibration {
  if (effort === "fold") return coordinateDescent(records, start, 2, 13);
  const cd = coordinateDescent(records, start, 4, 25);
  return nelderMead(records, cd, 1500);
}

/** Signed log errors of each record under a calibration. */
function signed(records: ResolvedMeasurement[], c: Calibration): number[] {
  return records.map((r) => {
    const p = predict(r, efficiencyFor(c, r.stack));
    return p === null ? Math.log(10) : Math.log(p / r.value);
  });
}

const quantile = (sorted: number[], q: number) => {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
};

/** Median |relative error| and share within 50%, from log errors. */
function summary(errors: number[]): string {
  const rel = errors
    .map((e) => Math.abs(Math.exp(e) - 1))
    .sort((a, b) => a - b);
  const within = rel.filter((e) => e <= 0.5).length / rel.length;
  return `n=${String(rel.length).padStart(3)}  median ${(quantile(rel, 0.5) * 100).toFixed(1).padStart(5)}%  within 50% ${(within * 100).toFixed(0).padStart(3)}%`;
}

function byGroup(
  title: string,
  records: ResolvedMeasurement[],
  errors: number[],
  key: (r: ResolvedMeasurement) => string,
) {
  console.log(`  ${title}`);
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const k = key(r);
    groups.set(k, [...(groups.get(k) ?? []), errors[i]!]);
  });
  for (const [k, e] of [...groups].sort())
    console.log(`    ${k.padEnd(22)} ${summary(e)}`);
  console.log(`    ${"all".padEnd(22)} ${summary(errors)}`);
}

function report(
  name: string,
  records: ResolvedMeasurement[],
  errors: number[],
) {
  console.log(`\n${name}`);
  byGroup("by regime", records, errors, (r) => r.regime);
  byGroup("by stack", records, errors, (r) => r.stack);
}

/**
 * The band a throughput estimate carries in each regime: p10–p90 of measured/estimated over the
 * throughput and per-user-speed records of that regime (first-token records have their own scale).
 */
function bands(records: ResolvedMeasurement[], errors: number[]) {
  const out: Record<string, [number, number]> = {};
  const throughput = (r: ResolvedMeasurement) =>
    r.metric !== "timeToFirstTokenSeconds";
  const regimes = [
    ...new Set(records.filter(throughput).map((r) => r.regime)),
  ].sort();
  for (const regime of regimes) {
    // A log error e = ln(pred/measured): the measurement lies at pred · exp(−e).
    const e = records
      .map((r, i) => (r.regime === regime && throughput(r) ? errors[i]! : null))
      .filter((x): x is number => x !== null)
      .sort((a, b) => a - b);
    out[regime] = [
      Number(Math.exp(-quantile(e, 0.9)).toFixed(2)),
      Number(Math.exp(-quantile(e, 0.1)).toFixed(2)),
    ];
  }
  return out as Record<Regime, [number, number]>;
}

const records = loadAll();
const skipped = loadPublished().skipped;
const sources = [...new Set(records.map((r) => r.source))];
console.log(
  `${records.length} measurements from ${sources.length} sources (${skipped.length} in data/measurements.json left out: a length or GPU count not stated)`,
);
const start: Calibration = {
  base: { ...calibratedEfficiency },
  stacks: structuredClone(STACK_SCALES) as Record<Stack, StackScale>,
};
console.log("\ncurrent parameters:");
report("in sample (current)", records, signed(records, start));
const fitted = fit(records, start, "full");
console.log("\nfitted parameters:");
for (const p of PARAMS)
  console.log(`  ${p.key.padEnd(28)} ${p.get(fitted).toPrecision(3)}`);
const inSample = signed(records, fitted);
report("in sample (fitted)", records, inSample);

/**
 * The held-out fits start from the priors: the current parameters are the full fit, which has
 * seen every point, and a fold's coarse search seldom moves off them.
 */
const priors = PARAMS.reduce((c, p) => p.set(c, p.prior), start);
const loso = new Array<number>(records.length);
for (const source of sources) {
  const train = records.filter((r) => r.source !== source);
  const c = fit(train, priors, "fold");
  const held = records.filter((r) => r.source === source);
  const e = signed(held, c);
  let k = 0;
  records.forEach((r, i) => {
    if (r.source === source) loso[i] = e[k++]!;
  });
}
report("leave one source out", records, loso);
console.log(
  "\nerror bands by regime (measured / estimated, p10–p90 of leave-one-source-out):",
);
console.log(JSON.stringify(bands(records, loso)));

if (process.argv.includes("--loo")) {
  const loo = records.map((r, i) => {
    const c = fit(
      records.filter((_, j) => j !== i),
      priors,
      "fold",
    );
    return signed([r], c)[0]!;
  });
  report("leave one out", records, loo);
}

console.log("\nper record (fitted, leave-one-source-out):");
records.forEach((r, i) =>
  console.log(
    `  ${r.id.padEnd(58)} ${r.stack.padEnd(13)} ${r.regime.padEnd(21)} ${((Math.exp(inSample[i]!) - 1) * 100).toFixed(0).padStart(5)}% ${((Math.exp(loso[i]!) - 1) * 100).toFixed(0).padStart(5)}%`,
  ),
);
