import { describe, expect, it } from "vitest";
import {
  replicasPerMonthlyRequest,
  sizeFleet,
} from "../../../src/lib/engine/fleet";
import type { Workload } from "../../../src/lib/engine/types";
import { SECONDS_PER_MONTH } from "../../../src/lib/engine/units";
import { baseWorkload } from "./scenarios";

// One request a second on average: 730 h · 3600 s = 2,628,000 requests a month.
const onePerSecond = {
  ...baseWorkload,
  requestsPerMonth: SECONDS_PER_MONTH,
  peakToAverage: 2,
  batchShare: 0,
};
const policy = { headroom: 0.8, minReplicas: 1 };

/** The fleet for one request a second, changed as given, at replica capacities in requests a second. */
const size = (
  change: Partial<Workload>,
  capacity: { interactive: number; offline: number },
  minReplicas = 1,
) =>
  sizeFleet({ ...onePerSecond, ...change }, capacity, {
    ...policy,
    minReplicas,
  });

describe("sizeFleet", () => {
  it("sizes for the interactive peak at the headroom target", () => {
    // Peak 2 req/s; a replica serves 0.5 req/s at 80% at most: 2 / 0.4 = 5 replicas.
    const fleet = size({}, { interactive: 0.5, offline: 1 });
    expect(fleet.replicas).toBe(5);
    // On average 1 / 0.5 = 2 replicas' worth of work over 5: 40% busy.
    expect(fleet.busyReplicas).toBeCloseTo(2, 12);
    expect(fleet.utilization).toBeCloseTo(0.4, 12);
  });

  it("runs batch traffic in the troughs at offline capacity", () => {
    // Half the traffic can wait: peak interactive 0.5 · 2 = 1 req/s → 1 / 0.4 = 2.5 → 3 replicas.
    // Work: 0.5 / 0.5 + 0.5 / 2 = 1.25 replicas, within the 3 the peak needs.
    const fleet = size({ batchShare: 0.5 }, { interactive: 0.5, offline: 2 });
    expect(fleet.replicas).toBe(3);
    expect(fleet.utilization).toBeCloseTo(1.25 / 3, 12);
  });

  it("adds replicas once the troughs are full", () => {
    // All traffic is batch: no peak to meet, and work that can wait may fill replicas to the
    // brim: 1 / 0.25 = 4 replicas of work → 4 replicas. Half again more work needs a fifth.
    const fleet = size({ batchShare: 1 }, { interactive: 0.5, offline: 0.25 });
    expect(fleet.replicas).toBe(4);
    expect(fleet.utilization).toBeCloseTo(1, 12);
    const more = size(
      { requestsPerMonth: SECONDS_PER_MONTH * 1.1, batchShare: 1 },
      { interactive: 0.5, offline: 0.25 },
    );
    expect(more.replicas).toBe(5);
  });

  it("keeps the minimum replica count at low volume", () => {
    const fleet = size(
      { requestsPerMonth: 10 },
      { interactive: 0.5, offline: 1 },
      2,
    );
    expect(fleet.replicas).toBe(2);
    expect(fleet.utilization).toBeLessThan(1e-4);
  });

  it("does not add a replica for rounding noise", () => {
    // Exactly 5 replicas of need computed with floating-point error stays 5.
    const fleet = size(
      { peakToAverage: 2.0000000000001 },
      { interactive: 0.5, offline: 1 },
    );
    expect(fleet.replicas).toBe(5);
  });
});

describe("replicasPerMonthlyRequest", () => {
  it("is the binding constraint per request a month", () => {
    const perRequest = replicasPerMonthlyRequest(
      onePerSecond,
      { interactive: 0.5, offline: 1 },
      policy,
    );
    expect(perRequest * SECONDS_PER_MONTH).toBeCloseTo(5, 9);
  });
});
