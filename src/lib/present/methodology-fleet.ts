/**
 * The worked example's fleet: replicas for the default volume by the engine's rule, the
 * interactive peak within the headroom target or the month's total work, whichever needs more.
 */
import {
  replicasPerMonthlyRequest,
  sizeFleet,
  type ReplicaRates,
} from "../engine/fleet";
import type { SelfHostOption, Workload } from "../engine/types";
import { SECONDS_PER_MONTH } from "../engine/units";
import { formatPercent } from "../format";
import { figure, figureStep, step, type StepSection } from "./steps";
import { ceil, max, num, over, plus, times } from "./worked";

export function fleetSection(
  option: SelfHostOption,
  workload: Workload,
  rates: ReplicaRates,
) {
  const policy = { headroom: option.headroom, minReplicas: option.minReplicas };
  const fleet = sizeFleet(workload, rates, policy);
  const month = num(SECONDS_PER_MONTH);
  const requests = num(workload.requestsPerMonth);
  const interactive = over(
    times(requests, num(1 - workload.batchShare, 2)),
    month,
  );
  const batch = over(times(requests, num(workload.batchShare, 2)), month);
  const lambdaI = num(interactive.value, 3);
  const rhoI = num(rates.interactive, 2);
  const peak = over(
    over(times(lambdaI, num(workload.peakToAverage, 2)), rhoI),
    num(option.headroom, 2),
  );
  const work = plus(
    over(lambdaI, rhoI),
    over(num(batch.value, 3), num(rates.offline, 2)),
  );
  const needed = max(num(peak.value, 3), num(work.value, 3));
  const replicas = max(num(option.minReplicas), ceil(num(needed.value, 3)));
  const utilization = over(num(work.value, 3), num(replicas.value));
  const gpus = replicas.value * option.gpusPerReplica;
  const section: StepSection = {
    id: "fleet",
    title: "Replicas for the default volume",
    rows: [
      figureStep("Interactive requests a second", interactive, 3, "", {
        symbol: "λ_i",
      }),
      figureStep("Batch requests a second", batch, 3, "", {
        symbol: "λ_b",
      }),
      figureStep("Replicas for the peak, at the headroom target", peak, 3),
      figureStep("Replicas for the month's work", work, 3, "", {
        engine: fleet.busyReplicas,
      }),
      figureStep("Replicas the traffic needs", needed, 3, "", {
        engine:
          replicasPerMonthlyRequest(workload, rates, policy) *
          workload.requestsPerMonth,
      }),
      step(
        "Replicas",
        replicas,
        `${figure(replicas.value, 0)} (${figure(gpus, 0)} GPUs)`,
        { symbol: "N", engine: fleet.replicas },
      ),
      step("Utilisation", utilization, formatPercent(utilization.value), {
        symbol: "U",
        engine: fleet.utilization,
      }),
    ],
  };
  return { section, gpus, utilization: fleet.utilization };
}
