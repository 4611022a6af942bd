/**
 * The assumptions table: every preset value the scenario uses, with its source and date, and a
 * flag on figures older than 90 days against the catalog's date.
 */
import {
  catalog as defaultCatalog,
  catalogDate,
  offerLabel,
  type Catalog,
  type QualityRecord,
  type Sourced,
} from "../catalog";
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
} from "../engine/defaults";
import { calibratedEfficiency } from "../engine/efficiency";
import { CALIBRATION } from "../engine/error-bands";
import { DEFAULT_STACK, STACK_LABELS } from "../engine/stacks";
import type { ApiForm, OptionForm, SelfHostForm } from "../scenario/form";
import { formatNumber, formatPercent, formatUsd } from "../format";

export interface AssumptionRow {
  item: string;
  value: string;
  /** Absent until the catalog's prose has loaded (the page fetches it after first paint). */
  source?: string;
  asOf: string;
  stale: boolean;
  notes?: string;
}

/** Figures older than this against the catalog date are flagged. */
export const STALE_AFTER_DAYS = 90;
const DAY_MS = 86_400_000;

/** The latest date an `asOf` names (`2026-07-24`, `2026-05`, `2023..2026`), at the start of its period. */
export function latestDate(asOf: string): Date | null {
  // A span ("2023..2026", "2026-03..06") ends at its last part, which may leave out the year.
  const parts = asOf.split("..");
  const first = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(parts[0]!);
  if (!first) return null;
  const last = parts.at(-1)!;
  const full = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(last);
  const monthOnly = /^(\d{2})$/.exec(last.trim());
  const [, year, month = "01", day = "01"] =
    full ?? (monthOnly ? [, first[1], monthOnly[1]] : first);
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

export function isStale(asOf: string, reference = catalogDate): boolean {
  const date = latestDate(asOf);
  if (!date) return true;
  return (
    (new Date(`${reference}T00:00:00Z`).getTime() - date.getTime()) / DAY_MS >
    STALE_AFTER_DAYS
  );
}

function row(item: string, value: string, sourced: Sourced): AssumptionRow {
  return {
    item,
    value,
    ...(sourced.source ? { source: sourced.source } : {}),
    asOf: sourced.asOf,
    stale: isStale(sourced.asOf),
    ...(sourced.notes ? { notes: sourced.notes } : {}),
  };
}

const indexFigures = (quality: QualityRecord) =>
  `score ${formatNumber(quality.score, 1)}; ${formatNumber(quality.outputTokensM, 1)}M output tokens`;

/** The Intelligence Index record an option's verbosity comes from, if it has one. */
function qualityRows(
  qualityId: string | undefined,
  catalog: Catalog,
  tokensNote: string,
): AssumptionRow[] {
  const quality = qualityId ? catalog.findQuality(qualityId) : undefined;
  return quality
    ? [
        row(
          `${quality.model}: Intelligence Index ${quality.indexVersion}`,
          `${indexFigures(quality)}${tokensNote}`,
          quality,
        ),
      ]
    : [];
}

function apiRows(form: ApiForm, catalog: Catalog): AssumptionRow[] {
  const offer = catalog.findApiOffer(form.offerId);
  const point = offer?.prices.find((p) => p.label === form.pricePoint);
  if (!offer || !point) return [];
  const q = point.quote;
  const prices =
    q.status === "list"
      ? `${formatUsd(q.prices.inputPerM)} in, ${formatUsd(q.prices.cachedInputPerM)} cached, ${formatUsd(q.prices.outputPerM)} out per 1M tokens`
      : `unannounced: ${formatUsd(q.low.inputPerM)}–${formatUsd(q.high.inputPerM)} in, ${formatUsd(q.low.outputPerM)}–${formatUsd(q.high.outputPerM)} out per 1M tokens (estimate)`;
  return [
    row(`${offerLabel(offer)} price, ${point.label}`, prices, point),
    ...qualityRows(offer.qualityId, catalog, " to run the index"),
  ];
}

function selfHostRows(form: SelfHostForm, catalog: Catalog): AssumptionRow[] {
  const model = catalog.findOpenModel(form.modelId);
  const gpu = catalog.findGpu(form.gpuId);
  const { assumptions } = catalog;
  const rows: AssumptionRow[] = [];
  if (model) {
    rows.push(
      row(
        `${model.name} architecture`,
        `${formatNumber(model.totalParamsB)}B parameters (${formatNumber(model.activeParamsB, 1)}B active), ${model.layers} layers, ${model.kvHeads} KV heads`,
        model,
      ),
    );
    rows.push(...qualityRows(model.qualityId, catalog, ""));
  }
  if (gpu) {
    rows.push(
      row(
        `${gpu.name} specification`,
        `${gpu.memoryGB} GB, ${gpu.bandwidthTBs} TB/s, ${gpu.tflops.bf16} TFLOPS bf16, ${gpu.tdpW} W`,
        gpu,
      ),
    );
    rows.push(
      form.hosting === "rented"
        ? row(
            `${gpu.name} rental`,
            `${formatUsd(gpu.rental.typical)} per GPU-hour (${formatUsd(gpu.rental.low)}–${formatUsd(gpu.rental.high)})`,
            gpu.rental,
          )
        : row(
            `${gpu.name} purchase`,
            `${formatUsd(gpu.purchase.low)}–${formatUsd(gpu.purchase.high)} per GPU`,
            gpu.purchase,
          ),
    );
  }
  const used =
    form.hosting === "owned"
      ? [
          assumptions.serverCostPerGpuUsd,
          assumptions.hardwareYears,
          assumptions.costOfCapital,
          assumptions.pue,
          assumptions.electricityUsdPerKwh,
          assumptions.nodePowerOverhead,
          assumptions.gpuIdlePowerFraction,
          assumptions.colocationUsdPerKwMonth,
          assumptions.engineerLoadedYearlyUsd,
        ]
      : [assumptions.engineerLoadedYearlyUsd];
  for (const a of used)
    rows.push(row(a.label, `${formatNumber(a.value, 4)} ${a.unit}`, a));
  return [...rows, ...servingRows()];
}

/** The estimator's calibrated factors and the planning conventions every self-hosted option uses. */
function servingRows(): AssumptionRow[] {
  const e = calibratedEfficiency;
  return [
    row(
      "Serving efficiency (calibrated)",
      `weight streaming ${formatPercent(e.bandwidth)} and KV reads ${formatPercent(e.kvBandwidth)} of peak bandwidth; linear layers ${formatPercent(e.compute)} of peak FLOPS (FP4 ${formatPercent(e.fp4Compute)}); ${formatNumber(e.layerSeconds * 1e6, 1)} µs per layer and ${formatNumber(e.stepOverheadSeconds * 1000, 2)} ms per iteration; serving stack ${STACK_LABELS[DEFAULT_STACK]} unless set`,
      {
        source: `Fitted to ${CALIBRATION.points} published serving measurements from ${CALIBRATION.sources} sources (TensorRT-LLM, vLLM, SGLang, others): median error ${formatPercent(CALIBRATION.inSampleMedianError)} in sample, ${formatPercent(CALIBRATION.leaveOneSourceOutMedianError)} on sources left out of the fit (docs/calibration.md)`,
        asOf: catalogDate,
      },
    ),
    row(
      "Planning defaults",
      `peak utilisation ${formatPercent(DEFAULT_HEADROOM)}, ${DEFAULT_ENGINEER_FTE} engineer per deployment, setup spread over ${DEFAULT_SETUP_MONTHS} months, at least ${DEFAULT_MIN_REPLICAS} replica always on`,
      {
        source:
          "Breakeven planning conventions (src/lib/engine/defaults.ts); every one is editable",
        asOf: catalogDate,
      },
    ),
  ];
}

/** The Intelligence Index record of the model whose output tokens the workload counts. */
function referenceRow(
  referenceModel: string,
  catalog: Catalog,
): AssumptionRow[] {
  const quality =
    catalog.findQuality(`${referenceModel}@v4.0`) ??
    catalog.findQuality(`${referenceModel}@v4.1`);
  if (!quality) return [];
  return [
    row(
      `Reference for output tokens: ${quality.model}, Intelligence Index ${quality.indexVersion}`,
      `${indexFigures(quality)} to run the index`,
      quality,
    ),
  ];
}

/** Rows for every preset in use, each listed once; sources from `catalog` when it has them. */
export function assumptionRows(
  options: OptionForm[],
  catalog: Catalog = defaultCatalog,
  referenceModel?: string,
): AssumptionRow[] {
  const seen = new Set<string>();
  return options
    .flatMap((o) =>
      o.kind === "api" ? apiRows(o, catalog) : selfHostRows(o, catalog),
    )
    .concat(referenceModel ? referenceRow(referenceModel, catalog) : [])
    .filter((r) => {
      const key = `${r.item}|${r.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
