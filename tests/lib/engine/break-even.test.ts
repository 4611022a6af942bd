import { describe, expect, it } from "vitest";
import { bisectSignChange } from "../../../src/lib/engine/bisect";
import {
  findAllCrossings,
  findCrossings,
  GRID_POINTS_PER_DECADE,
  logGrid,
  MAX_CROSSINGS,
  MAX_EVALUATIONS,
  MAX_SCENARIO_EVALUATIONS,
  SEARCH_RANGE,
} from "../../../src/lib/engine/break-even";
import { MAX_SCENARIO_OPTIONS } from "../../../src/lib/engine/limits";
import type { CostModel } from "../../../src/lib/engine/option-cost";

/** A test model from its total alone. */
const model = (
  totalAt: (v: number) => number,
  steps: Pick<CostModel, "requestsPerReplica" | "replicaUsd"> = {},
): CostModel => ({
  ...steps,
  totalAt,
  at: (v) => ({ totalUsd: totalAt(v), breakdown: [] }),
});

const linear = (usdPerRequest: number) => model((v) => v * usdPerRequest);

/** $1,000 a step, one step per 1,000 requests: cost = 1000 · ceil(v / 1000). */
const staircase = (usdPerStep: number, requestsPerStep: number) =>
  model(
    (v) => usdPerStep * Math.max(1, Math.ceil(v / requestsPerStep - 1e-9)),
    { requestsPerReplica: requestsPerStep, replicaUsd: usdPerStep },
  );

/** A cost model that counts how often it is asked. */
function counted(inner: CostModel) {
  const counter = { calls: 0 };
  const wrapped = model((v) => {
    counter.calls++;
    return inner.totalAt(v);
  }, inner);
  return { model: wrapped, counter };
}

/** The whole range of monthly volumes the engine costs. */
const ENGINE_RANGE = { low: 1, high: 1e13 };

describe("logGrid", () => {
  it("spaces points evenly in log10", () => {
    const grid = logGrid({ low: 1, high: 1000 }, 1);
    expect(grid).toHaveLength(4);
    expect(grid[0]).toBe(1);
    expect(grid[1]).toBeCloseTo(10, 9);
    expect(grid[3]).toBeCloseTo(1000, 9);
  });
});

describe("bisectSignChange", () => {
  it("converges on a root", () => {
    expect(bisectSignChange((x) => x - 1234.5, 1, 1e6)).toBeCloseTo(1234.5, 4);
  });

  it("converges on a step", () => {
    expect(bisectSignChange((x) => (x < 777 ? -1 : 1), 1, 1e6)).toBeCloseTo(
      777,
      4,
    );
  });
});

describe("findCrossings", () => {
  it("a flat fee against a per-request price crosses once, where they are equal", () => {
    const flat = model(() => 5000);
    const { crossings } = findCrossings(flat, linear(0.01), {
      low: 1,
      high: 1e9,
    });
    expect(crossings).toHaveLength(1);
    expect(crossings[0]!.requestsPerMonth).toBeCloseTo(500_000, 0);
    expect(crossings[0]!.optionCheaperAbove).toBe(true);
  });

  it("depends on its arguments alone: a search over another range between two changes nothing", () => {
    const pair = [staircase(1000, 1000), linear(1.05)] as const;
    const engine = findCrossings(...pair, SEARCH_RANGE);
    const narrow = findCrossings(...pair, { low: 100, high: 10_000 });
    expect(engine.crossings.length).toBeGreaterThan(narrow.crossings.length);
    expect(findCrossings(...pair, { ...SEARCH_RANGE })).toEqual(engine);
    expect(findCrossings(...pair, { low: 100, high: 10_000 })).toEqual(narrow);
    // The first grid point is the range's low end, whichever range came before.
    const first = counted(linear(1));
    findCrossings(first.model, linear(2), { low: 7, high: 8 });
    expect(first.counter.calls).toBe(
      logGrid({ low: 7, high: 8 }, GRID_POINTS_PER_DECADE).length,
    );
  });

  it("finds no crossing when one option is always cheaper", () => {
    const none = { crossings: [], complete: true, searchedTo: 1e9 };
    expect(findCrossings(linear(1), linear(2), { low: 1, high: 1e9 })).toEqual(
      none,
    );
    expect(findCrossings(linear(2), linear(2), { low: 1, high: 1e9 })).toEqual(
      none,
    );
  });

  it("reports every crossing of a staircase with a price line", () => {
    // Steps of $1,000 every 1,000 requests against $1.05 a request. Inside step k the line
    // overtakes the step at 1000k / 1.05; at the edge 1000k the next step jumps back above the
    // line while k < 20. From 100 to 10,000 requests: 10 crossings one way, 9 the other.
    const { crossings } = findCrossings(staircase(1000, 1000), linear(1.05), {
      low: 100,
      high: 10_000,
    });
    const cheaper = crossings
      .filter((c) => c.optionCheaperAbove)
      .map((c) => c.requestsPerMonth);
    const dearer = crossings
      .filter((c) => !c.optionCheaperAbove)
      .map((c) => c.requestsPerMonth);
    expect(cheaper).toHaveLength(10);
    expect(dearer).toHaveLength(9);
    cheaper.forEach((v, i) =>
      expect(v).toBeCloseTo((1000 * (i + 1)) / 1.05, 3),
    );
    dearer.forEach((v, i) => expect(v).toBeCloseTo(1000 * (i + 1), 3));
    // In volume order the crossings alternate in direction.
    crossings
      .slice(1)
      .forEach((c, i) =>
        expect(c.optionCheaperAbove).not.toBe(crossings[i]!.optionCheaperAbove),
      );
  });

  it("finds the crossings near the trends' meeting point even when the range holds 10,000 steps", () => {
    // Same staircase and line over 100 to 10M requests: the line overtakes step k for k ≤ 20
    // and the next step jumps back above it for k ≤ 19; after step 20 the fleet stays cheaper.
    const { crossings } = findCrossings(staircase(1000, 1000), linear(1.05), {
      low: 100,
      high: 10_000_000,
    });
    expect(crossings.filter((c) => c.optionCheaperAbove)).toHaveLength(20);
    expect(crossings.filter((c) => !c.optionCheaperAbove)).toHaveLength(19);
    expect(crossings.at(-1)!.requestsPerMonth).toBeCloseTo(20_000 / 1.05, 3);
  });

  it(`stops after ${MAX_CROSSINGS} crossings when a price runs parallel to the staircase`, () => {
    const search = findCrossings(staircase(1000, 1000), linear(1.0001), {
      low: 100,
      high: 10_000_000,
    });
    expect(search.crossings).toHaveLength(MAX_CROSSINGS);
    expect(search.complete).toBe(false);
    // Every crossing below where it stopped is listed.
    expect(search.searchedTo).toBeGreaterThanOrEqual(
      search.crossings.at(-1)!.requestsPerMonth,
    );
    expect(search.searchedTo).toBeLessThan(10_000_000);
  });
});

describe("findCrossings is bounded in steps", () => {
  // Each evaluation asks each model once.
  const MAX_CALLS = MAX_EVALUATIONS;

  it("searches steps finer than one request a month that cost nothing, quickly", () => {
    // One replica serves 4.27e-4 requests a month: near 1e13 there are more steps than 2^53, so
    // k + 1 === k and stepping through the edges one by one never ends.
    const free = counted(staircase(0, 4.27e-4));
    const search = findCrossings(free.model, linear(0), ENGINE_RANGE);
    expect(search).toEqual({ crossings: [], complete: true, searchedTo: 1e13 });
    expect(free.counter.calls).toBeLessThanOrEqual(MAX_CALLS);
  });

  it("gives up, saying so, when costs stay within a step of each other over 10^16 steps", () => {
    // $1 a step of 4e-4 requests against $2,500 a request: the line runs along the staircase's
    // lower edge, always within one step of it, from 1 to 1e13 requests.
    const fine = counted(staircase(1, 4e-4));
    const search = findCrossings(fine.model, linear(2500), ENGINE_RANGE);
    expect(search.complete).toBe(false);
    expect(fine.counter.calls).toBeLessThanOrEqual(MAX_CALLS);
  });

  it("gives up, saying so, when costs stay within a step of each other over a billion steps", () => {
    // Steps of $1,000 every 1,000 requests against $1 a request: the staircase stays at or above
    // the line, within one step, and never crosses it.
    const wide = counted(staircase(1000, 1000));
    const search = findCrossings(wide.model, linear(1), ENGINE_RANGE);
    expect(search.crossings).toEqual([]);
    expect(search.complete).toBe(false);
    // It says how far it got: past the first steps, short of the top of the range.
    expect(search.searchedTo).toBeGreaterThan(1000);
    expect(search.searchedTo).toBeLessThan(ENGINE_RANGE.high);
    expect(wide.counter.calls).toBeLessThanOrEqual(MAX_CALLS);
  });

  it("finds one crossing among a billion steps without sampling them all", () => {
    // $2 a request against $1,000 a step of 1,000 requests (about $1 a request): the line is
    // cheaper until it meets the first step at 500 requests, and dearer at every step after.
    const wide = counted(staircase(1000, 1000));
    const search = findCrossings(linear(2), wide.model, ENGINE_RANGE);
    expect(search.complete).toBe(true);
    expect(search.crossings).toHaveLength(1);
    expect(search.crossings[0]!.requestsPerMonth).toBeCloseTo(500, 3);
    expect(search.crossings[0]!.optionCheaperAbove).toBe(false);
    expect(wide.counter.calls).toBeLessThanOrEqual(MAX_CALLS);
  });
});

describe("findAllCrossings: one scenario's searches are bounded together", () => {
  // Every option against the baseline at three prices: the most searches one scenario makes.
  const MOST_SEARCHES = (MAX_SCENARIO_OPTIONS - 1) * 3;
  /** A price that runs along a staircase, crossing it at every step: each search runs long. */
  const parallel = () => ({
    option: staircase(1000, 1000),
    baseline: linear(1.0001),
  });

  it(`evaluates the costs at most ${MAX_SCENARIO_EVALUATIONS} times for ${MOST_SEARCHES} searches that each run long`, () => {
    // Alone, each of these takes MAX_EVALUATIONS: 588,000 in all, half a second or more.
    const counter = { calls: 0 };
    const pairs = Array.from({ length: MOST_SEARCHES }, () => {
      const pair = parallel();
      return {
        ...pair,
        option: model((v) => {
          counter.calls++;
          return pair.option.totalAt(v);
        }, pair.option),
      };
    });
    const searches = findAllCrossings(pairs, ENGINE_RANGE);
    expect(searches).toHaveLength(MOST_SEARCHES);
    expect(searches.every((s) => !s.complete)).toBe(true);
    expect(counter.calls).toBeLessThanOrEqual(MAX_SCENARIO_EVALUATIONS);
    // Shared equally, not spent by the first: the last finds as many crossings as the first.
    expect(searches.at(-1)!.crossings.length).toBeGreaterThan(0);
    expect(searches.at(-1)!.crossings).toHaveLength(
      searches[0]!.crossings.length,
    );
  });

  it("leaves an ordinary pair after the long ones enough to finish", () => {
    // $5,000 a month plus $0.50 a request against $1 a request: equal at 10,000 requests.
    const ordinary = {
      option: model((v) => 5000 + 0.5 * v),
      baseline: linear(1),
    };
    const pairs = [
      ...Array.from({ length: MOST_SEARCHES - 1 }, parallel),
      ordinary,
    ];
    const last = findAllCrossings(pairs, ENGINE_RANGE).at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.crossings).toHaveLength(1);
    expect(last.crossings[0]!.requestsPerMonth).toBeCloseTo(10_000, 3);
  });

  it("finds what findCrossings finds when no pair runs long", () => {
    const pair = { option: linear(2), baseline: staircase(1000, 1000) };
    expect(findAllCrossings([pair, pair], ENGINE_RANGE)).toEqual([
      findCrossings(pair.option, pair.baseline, ENGINE_RANGE),
      findCrossings(pair.option, pair.baseline, ENGINE_RANGE),
    ]);
  });
});
