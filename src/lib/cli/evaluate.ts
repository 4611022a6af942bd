/**
 * `evaluate`: a scenario file in, every option's monthly cost, savings against the baseline and
 * the break-even volumes out.
 */
import { parseArgs } from "node:util";
import { anyRecordOf, catalogDate, catalogVersion } from "../catalog";
import {
  type OptionResult,
  type ScenarioResult,
  type ServingSummary,
} from "../engine/evaluate";
import { evaluateScenario } from "../engine/evaluate-input";
import { resolveWithReference } from "../scenario/spec";
import { scenarioReference } from "../scenario/tokens";
import { isWorkspaceFile, readWorkspaceFile } from "../share/file";
import { readScenario } from "../scenario/read";
import { readFormRanges } from "../scenario/form-ranges";
import { decodeLink, looksLikeLink, type DecodedLink } from "../share/link";
import { repriceWorkspace, type PriceChange } from "../scenario/reprice";
import type { Workspace } from "../scenario/workspace";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatUsd,
} from "../format";
import { resolveRanges } from "../scenario/ranges";
import type { Scenario } from "../engine/types";
import type { RangedInput } from "../engine/uncertainty";
import { InputError } from "./errors";
import { readJson, type Io } from "./io";
import { labelOf } from "./labels";
import {
  describeUncertainty,
  runSimulation,
  simulationSettings,
  uncertaintyJson,
  type SimulationSettings,
  type UncertaintyFlags,
} from "./uncertainty";

/** The Monte Carlo's settings when `--uncertainty` asks for it; null otherwise. */
type Simulation = SimulationSettings | null;

/** Self-host fields, null when the model does not fit, so every self-hosted option has the same keys. */
const SERVING_KEYS = [
  "gpus",
  "gpusPerReplica",
  "replicas",
  "batch",
  "maxConcurrency",
  "perUserOutputTokensPerSecond",
  "timeToFirstTokenSeconds",
  "replicaOutputTokensPerSecond",
  "utilization",
  "bound",
  "weightsGB",
  "kvBudgetGB",
  "layout",
  "stack",
  "outputTokensPerSecondPerGpu",
  "outputTokensPerSecondPerGpuRange",
] as const satisfies readonly (keyof ServingSummary)[];

/** Whose answers the output tokens count, in the page's words. */
function referenceWords(family: string | undefined): string {
  const record = family === undefined ? undefined : anyRecordOf(family);
  return record
    ? `answers sized as ${record.model} writes them`
    : "the baseline's model has no index token count: every option at 1×";
}

/** The JSON the command prints: the engine's result, with self-host figures on each option. */
function toJson(result: ScenarioResult, reference: string | undefined) {
  return {
    catalogVersion,
    referenceModel: reference ?? null,
    requestsPerMonth: result.requestsPerMonth,
    tokensPerMonth: result.tokensPerMonth,
    baselineId: result.baselineId,
    options: result.options.map((o) => ({
      id: o.id,
      label: o.label,
      kind: o.kind,
      verbosity: o.verbosity,
      monthlyCostUsd: o.monthlyCostUsd,
      monthlyCostRangeUsd: o.monthlyCostRange,
      costPerMillionTokensUsd: o.costPerMillionTokensUsd,
      costPerRequestUsd: o.costPerRequestUsd,
      successRate: o.successRate,
      costPerSuccessfulTaskUsd: o.costPerSuccessfulTaskUsd,
      breakdown: Object.fromEntries(
        o.breakdown.map((line) => [line.key, line.usd]),
      ),
      ...(o.kind === "self-host"
        ? {
            monthlyCostBandUsd: o.monthlyCostBand,
            ...Object.fromEntries(
              SERVING_KEYS.map((key) => [key, o.serving?.[key] ?? null]),
            ),
          }
        : {}),
      warnings: o.warnings,
    })),
    savingsVsBaseline: result.savingsVsBaseline,
    breakEven: result.breakEven,
    breakEvenComplete: result.breakEvenComplete,
    breakEvenCut: result.breakEvenCut,
    breakEvenSearchedRequestsPerMonth: result.sweep,
  };
}

function notes(o: OptionResult): string {
  const verbosity = `writes ${formatNumber(o.verbosity, 2)}× the reference output`;
  const s = o.serving;
  if (!s) return verbosity;
  const band = o.monthlyCostBand;
  const spread =
    band && band[0] < band[1]
      ? `, estimate band ${formatUsd(band[0])}–${formatUsd(band[1])}`
      : "";
  return `${formatNumber(s.gpus)} GPUs (${formatNumber(s.replicas)} × ${s.gpusPerReplica}), ${formatPercent(s.utilization)} busy, ${formatNumber(s.perUserOutputTokensPerSecond, 0)} tok/s per user${spread}; ${verbosity}`;
}

function comparisons(
  result: ScenarioResult,
  label: (id: string) => string,
): string[] {
  const baseline = result.options.find((o) => o.id === result.baselineId)!;
  if (baseline.monthlyCostUsd === null) {
    return [
      `The baseline, ${baseline.label}, cannot run as configured: no savings or break-even to report.`,
    ];
  }
  const lines = result.savingsVsBaseline.map((s) => {
    const direction = s.monthlyUsd >= 0 ? "less" : "more";
    const share =
      s.share === null
        ? ""
        : ` (${formatPercent(Math.abs(s.share))} ${direction})`;
    return `${label(s.optionId)}: ${formatUsd(Math.abs(s.monthlyUsd))} a month ${direction} than the baseline${share}`;
  });
  if (result.breakEven.length === 0 && result.breakEvenComplete) {
    lines.push(
      `No break-even between ${formatCompact(result.sweep.low)} and ${formatCompact(result.sweep.high)} requests/month.`,
    );
  }
  for (const b of result.breakEven) {
    const price = b.priceCase === "mid" ? "" : ` (at the ${b.priceCase} price)`;
    lines.push(
      `Break-even${price}: ${label(b.optionId)} becomes ${b.optionCheaperAbove ? "cheaper" : "dearer"} than the baseline above ${formatCompact(b.requestsPerMonth)} requests/month (${formatCompact(b.tokensPerMonth)} tokens/month)`,
    );
  }
  for (const c of result.breakEvenCut) {
    const price = c.priceCase === "mid" ? "" : ` at the ${c.priceCase} price`;
    lines.push(
      `Break-even${price} with ${label(c.optionId)} searched up to ${formatCompact(c.requestsPerMonth)} requests/month only: the costs stay within a replica step of each other over so many steps that the search stops there.`,
    );
  }
  return lines;
}

function describe(
  result: ScenarioResult,
  reference: string | undefined,
): string {
  const label = labelOf(result.options);
  const width = Math.max(...result.options.map((o) => o.label.length)) + 2;
  const lines = [
    `${formatCompact(result.requestsPerMonth)} requests/month, ${formatCompact(result.tokensPerMonth)} tokens/month; baseline ${label(result.baselineId)}; ${referenceWords(reference)}`,
    "",
    `${"option".padEnd(width)}${"monthly".padStart(14)}${"per 1M tok".padStart(12)}${"per request".padStart(13)}  notes`,
  ];
  for (const o of result.options) {
    const monthly = o.monthlyCostRange
      ? `${formatUsd(o.monthlyCostRange.low)}–${formatUsd(o.monthlyCostRange.high)}`
      : formatUsd(o.monthlyCostUsd);
    lines.push(
      `${o.label.padEnd(width)}${monthly.padStart(14)}${formatUsd(o.costPerMillionTokensUsd).padStart(12)}${formatUsd(o.costPerRequestUsd).padStart(13)}  ${notes(o)}`,
    );
    for (const w of o.warnings) lines.push(`    ! ${w.message}`);
  }
  return [...lines, "", ...comparisons(result, label)].join("\n") + "\n";
}

/** What re-pricing a workspace made with an older catalog would change; nothing otherwise. */
const changesSince = (decoded: DecodedLink): PriceChange[] =>
  decoded.pricesAsOf < catalogDate
    ? repriceWorkspace(decoded.workspace, decoded.pricesAsOf).changes
    : [];

/**
 * One line on the catalog a link or file was priced with, when it is not today's: an older one's
 * prices are kept, and the line says what today's would change; a newer one's are not known here,
 * so it is priced with today's. Empty for today's catalog.
 */
function catalogNote(
  decoded: DecodedLink,
  changes: readonly PriceChange[],
): string {
  if (decoded.newerCatalog)
    return `Made with catalog ${decoded.catalogVersion}, newer than this one: priced with today's, ${catalogVersion}.`;
  if (decoded.pricesAsOf === catalogDate) return "";
  const prices = `Priced with catalog ${decoded.catalogVersion}, as it was made`;
  if (changes.length === 0)
    return `${prices}; today's, ${catalogVersion}, prices it the same.`;
  const moves = changes.map(
    (c) => `${c.scenarioName}: ${c.optionLabel} ${c.from} → ${c.to}`,
  );
  return `${prices}; re-priced with today's, ${catalogVersion}, it differs (${moves.join("; ")}).`;
}

/**
 * A workspace (from a link or an exported file) as its scenarios' results, each with the ranges,
 * seed and draws the page gave it (the flags, when given, override the seed and draws).
 */
function evaluateWorkspace(
  workspace: Workspace,
  source: string,
  flags: UncertaintyFlags | null,
) {
  return workspace.scenarios.map((scenario) => {
    const read = readScenario(
      scenario.workload,
      scenario.options,
      scenario.baselineKey,
    );
    const problem = (errors: Record<string, string>) => {
      const [field, message] = Object.entries(errors)[0] ?? [];
      return new InputError(
        `${source}: scenario "${scenario.name}": ${field} ${message}`,
      );
    };
    if (!read.scenario) throw problem(read.errors);
    const ranges = readFormRanges(
      scenario.workload,
      scenario.options,
      read.scenario,
    );
    if (Object.keys(ranges.errors).length) throw problem(ranges.errors);
    const result = evaluateScenario(read.scenario);
    if (!result.ok)
      throw new InputError(
        `${source}: scenario "${scenario.name}": ${result.error.field} ${result.error.message}`,
      );
    const { family } = scenarioReference(
      scenario.workload,
      scenario.options,
      scenario.baselineKey,
    );
    return {
      name: scenario.name,
      scenario: read.scenario,
      result: result.value,
      reference: family,
      ranges: ranges.ranges,
      simulation: flags && simulationSettings(flags, scenario),
    };
  });
}

async function loadWorkspace(
  io: Io,
  input: string,
): Promise<DecodedLink | null> {
  if (looksLikeLink(input)) {
    const decoded = await decodeLink(input);
    if (!decoded.ok) throw new InputError(`link: ${decoded.error.message}`);
    return decoded.value;
  }
  const data = readJson(io, input, "scenario");
  if (!isWorkspaceFile(data)) return null;
  const imported = readWorkspaceFile(data);
  if (!imported.ok) throw new InputError(`${input}: ${imported.error.message}`);
  return imported.value;
}

export async function runEvaluate(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      uncertainty: { type: "boolean", default: false },
      draws: { type: "string" },
      seed: { type: "string" },
    },
  });
  if (!values.uncertainty && (values.draws ?? values.seed) !== undefined)
    throw new InputError("--draws and --seed go with --uncertainty");
  const simulation: Simulation = values.uncertainty
    ? simulationSettings(values)
    : null;
  const [input, ...extra] = positionals;
  if (!input) {
    throw new InputError(
      "evaluate needs a scenario file, a workspace file or a share link: evaluate <input> [--json]",
    );
  }
  if (extra.length > 0)
    throw new InputError(`evaluate takes one input, got also "${extra[0]}"`);

  const workspace = await loadWorkspace(io, input);
  if (workspace) {
    const scenarios = evaluateWorkspace(
      workspace.workspace,
      looksLikeLink(input) ? "link" : input,
      values.uncertainty ? values : null,
    );
    const changes = changesSince(workspace);
    const note = catalogNote(workspace, changes);
    io.stdout(
      values.json
        ? JSON.stringify(
            {
              catalogVersion,
              madeWithCatalogVersion: workspace.catalogVersion,
              pricesAsOf: workspace.pricesAsOf,
              priceChangesSince: changes,
              scenarios: scenarios.map((s) => ({
                name: s.name,
                ...toJson(s.result, s.reference),
                ...uncertaintyPart(s.scenario, s.ranges, s.simulation, s.name),
              })),
            },
            null,
            2,
          )
        : (note && `${note}\n\n`) +
            scenarios
              .map(
                (s) =>
                  `== ${s.name} ==\n${describe(s.result, s.reference)}${uncertaintyText(s.scenario, s.ranges, s.simulation, s.result, s.name)}`,
              )
              .join("\n"),
    );
    return;
  }

  const spec = readJson(io, input, "scenario");
  const resolved = resolveWithReference(spec);
  if (!resolved.ok)
    throw new InputError(
      `${input}: ${resolved.error.field} ${resolved.error.message}`,
    );
  const { scenario, reference } = resolved.value;
  const result = evaluateScenario(scenario);
  if (!result.ok)
    throw new InputError(
      `${input}: ${result.error.field} ${result.error.message}`,
    );
  const ranges = resolveRanges(spec, scenario);
  if (!ranges.ok)
    throw new InputError(
      `${input}: ${ranges.error.field} ${ranges.error.message}`,
    );
  io.stdout(
    values.json
      ? JSON.stringify(
          {
            ...toJson(result.value, reference),
            ...uncertaintyPart(scenario, ranges.value, simulation, input),
          },
          null,
          2,
        )
      : describe(result.value, reference) +
          uncertaintyText(
            scenario,
            ranges.value,
            simulation,
            result.value,
            input,
          ),
  );
}

function uncertaintyPart(
  scenario: Scenario,
  ranges: RangedInput[],
  simulation: Simulation,
  source: string,
) {
  return simulation
    ? {
        uncertainty: uncertaintyJson(
          runSimulation(scenario, ranges, simulation, source),
        ),
      }
    : {};
}

function uncertaintyText(
  scenario: Scenario,
  ranges: RangedInput[],
  simulation: Simulation,
  result: ScenarioResult,
  source: string,
): string {
  if (!simulation) return "";
  return `\n${describeUncertainty(runSimulation(scenario, ranges, simulation, source), labelOf(result.options))}`;
}
