/**
 * The methodology page's worked example: every step of the cost model for the calculator's default
 * scenario. Each printed calculation is a `Worked` value, so its text and its number come from the
 * same operations, and each step the engine also computes carries the engine's figure beside it
 * for a test to compare.
 */
import { tokenFactor } from "../catalog";
import {
  evaluateValid,
  tokensPerRequest,
  type OptionResult,
} from "../engine/evaluate";
import { estimateReplica, servingSetup } from "../engine/replica";
import type { Scenario, SelfHostOption } from "../engine/types";
import { SECONDS_PER_MONTH } from "../engine/units";
import {
  DEFAULT_BASELINE,
  defaultOptions,
  defaultWorkload,
} from "../scenario/defaults";
import type { OptionForm, WorkloadForm } from "../scenario/form";
import { readScenario } from "../scenario/read";
import { formQualityId, scenarioReference } from "../scenario/tokens";
import { apiSection } from "./methodology-api";
import {
  article,
  breakEven,
  cumulative,
  efficiency,
  priceRange,
} from "./methodology-extras";
import { fleetSection } from "./methodology-fleet";
import { ownedSection, rentedSection } from "./methodology-hosting";
import {
  constants,
  month,
  savingsRows,
  verbosityRow,
} from "./methodology-inputs";
import { memorySection, moeSection } from "./methodology-memory";
import {
  decodeSection,
  prefillSection,
  throughputSection,
} from "./methodology-serving";
import type { StepSection } from "./steps";

export type WorkedExample = ReturnType<typeof workedExample>;

function scenarioOf(
  workload: WorkloadForm,
  options: OptionForm[],
  baseline: string,
): Scenario {
  const read = readScenario(workload, options, baseline);
  if (!read.scenario)
    throw new Error(
      `the worked example's scenario is invalid: ${JSON.stringify(read.errors)}`,
    );
  return read.scenario;
}

function unitCosts(result: OptionResult) {
  return {
    label: result.label,
    monthlyUsd: result.monthlyCostUsd,
    perMillionTokensUsd: result.costPerMillionTokensUsd,
    perRequestUsd: result.costPerRequestUsd,
  };
}

/**
 * The worked example. Defaults to the calculator's default scenario; its first API option and
 * first self-hosted option are the two worked through.
 */
export function workedExample(
  workloadForm: WorkloadForm = defaultWorkload(),
  optionForms: OptionForm[] = defaultOptions(),
  baselineKey: string = DEFAULT_BASELINE,
) {
  const scenario = scenarioOf(workloadForm, optionForms, baselineKey);
  const reference = scenarioReference(
    workloadForm,
    optionForms,
    baselineKey,
  ).family;
  const { workload } = scenario;
  const evaluated = evaluateValid(scenario);
  if (!evaluated.ok)
    throw new Error(
      `the worked example does not evaluate: ${evaluated.error.field} ${evaluated.error.message}`,
    );
  const result = evaluated.value;

  const apiIndex = optionForms.findIndex((o) => o.kind === "api");
  const selfIndex = optionForms.findIndex((o) => o.kind === "self-host");
  const apiForm = optionForms[apiIndex];
  const selfForm = optionForms[selfIndex];
  const api = scenario.options[apiIndex];
  const self = scenario.options[selfIndex];
  if (
    apiForm?.kind !== "api" ||
    selfForm?.kind !== "self-host" ||
    api?.kind !== "api" ||
    self?.kind !== "self-host"
  )
    throw new Error(
      "the worked example needs an API option and a self-hosted one",
    );
  const baseline = result.options.find((o) => o.id === scenario.baselineId)!;
  const option = result.options[selfIndex]!;

  const setup = servingSetup(self, workload);
  const replica = estimateReplica(self, workload);
  if (!replica)
    throw new Error("the worked example's model does not fit its GPUs");
  const batch = replica.interactive.concurrency;
  const layout = replica.fit.layout;
  const decode = decodeSection(setup, layout, batch);
  const prefill = prefillSection(setup, layout, batch);
  const fleet = fleetSection(self, workload, replica.rates);

  // The same deployment bought instead of rented, with the calculator's owned-hosting defaults.
  const ownedScenario = scenarioOf(
    workloadForm,
    optionForms.map((o, i) =>
      i === selfIndex ? { ...selfForm, hosting: "owned" as const } : o,
    ),
    baselineKey,
  );
  const owned = ownedScenario.options[selfIndex] as SelfHostOption;

  const savings = savingsRows(
    baseline,
    option,
    result.savingsVsBaseline.find((s) => s.optionId === self.id),
  );
  const units = month();
  const apiCost = apiSection(api, workload);
  const moe = moeSection(setup, batch, prefill.tokens);

  return {
    labels: {
      api: api.label,
      pricePoint: apiForm.pricePoint,
      selfHost: self.label,
      model: self.model.name,
      baseline: baseline.label,
    },
    workload: {
      ...workload,
      requestsPerSecond: workload.requestsPerMonth / SECONDS_PER_MONTH,
      tokensPerRequest: tokensPerRequest(workload),
      tokensPerMonth: workload.requestsPerMonth * tokensPerRequest(workload),
    },
    constants: constants(),
    api: {
      longContext: apiCost.longContext,
      priceIsRange: apiCost.priceIsRange,
    },
    units,
    savings,
    sections: {
      month: {
        id: "month",
        title: "The month",
        rows: [units.hours, units.seconds],
      },
      verbosity: {
        id: "verbosity",
        title: `Verbosity factors against ${baseline.label}`,
        rows: [
          verbosityRow(
            api.label,
            tokenFactor(formQualityId(apiForm), reference),
            api.verbosity,
          ),
          verbosityRow(
            self.model.name,
            tokenFactor(formQualityId(selfForm), reference),
            self.verbosity,
          ),
        ],
      },
      api: apiCost.section,
      memory: memorySection(self.label, setup, replica.fit),
      moe,
      decode,
      prefill: prefill.section,
      throughput: throughputSection(
        setup,
        replica,
        workload,
        self.verbosity,
        decode.rows[decode.rows.length - 1]!.worked.value,
      ),
      fleet: fleet.section,
      rented: rentedSection(self, fleet.gpus, fleet.utilization),
      owned: ownedSection(owned, fleet.gpus, fleet.utilization),
      savings: {
        id: "savings",
        title: `Against the baseline, ${baseline.label}`,
        rows: [savings.saved, savings.share],
      },
    } satisfies Record<string, StepSection | null>,
    unitCosts: [result.options[apiIndex]!, option].map(unitCosts),
    breakEven: breakEven(scenario, result, self),
    priceRange: priceRange(),
    article: article(scenario, result),
    cumulative: cumulative(scenario, owned),
    efficiency: efficiency(),
  };
}
