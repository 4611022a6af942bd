/**
 * The assumptions table: every value the scenario uses, with its source and date, and a flag on
 * figures older than 90 days against the catalog's date. Where the user typed their own value
 * over a preset, the row gives theirs, marked as theirs, beside the catalog's; values typed with no
 * preset behind them (a planning default changed, a measured throughput) get a row of their own.
 */
import {
  catalog as defaultCatalog,
  catalogDate,
  effortTokenFactor,
  offerLabel,
  type Catalog,
  type QualityRecord,
  type Sourced,
} from "../catalog";
import { effortNames } from "../catalog/effort-labels";
import {
  DEFAULT_ENGINEER_FTE,
  DEFAULT_HEADROOM,
  DEFAULT_MIN_REPLICAS,
  DEFAULT_SETUP_MONTHS,
} from "../engine/defaults";
import { calibratedEfficiency } from "../engine/efficiency";
import { CALIBRATION } from "../engine/error-bands";
import { DEFAULT_STACK, STACK_LABELS } from "../engine/stacks";
import {
  optionTitle,
  type ApiForm,
  type OptionForm,
  type PriceFields,
  type SelfHostForm,
} from "../scenario/form";
import { apiForm, selfHostForm } from "../scenario/defaults";
import {
  API_NUMBERS,
  keysOf,
  PRICE_NUMBERS,
  SELF_HOST_NUMBERS,
  shownFor,
  type FieldSpec,
  type SelfHostNumberKey,
} from "../scenario/fields";
import { readNumber } from "../scenario/read";
import { formatNumber, formatPercent, formatUsd } from "../format";

export interface AssumptionRow {
  item: string;
  value: string;
  /** Absent until the catalog's prose has loaded (the page fetches it after first paint). */
  source?: string;
  asOf: string;
  stale: boolean;
  notes?: string;
  /** The value is the user's own, typed over the preset (or with none behind it). */
  own?: true;
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

const ANY_NUMBER = { min: -Infinity, max: Infinity, optional: true };

/** What a field's text stands for in engine units; undefined when empty or not a number. */
function typed(field: FieldSpec, text: string): number | undefined {
  const read = readNumber(text, ANY_NUMBER);
  return read.ok && read.value !== undefined
    ? read.value / (field.scale ?? 1)
    : undefined;
}

/** The user's value where it differs from the preset's; undefined where the preset is in use. */
function ownValue(
  field: FieldSpec,
  text: string,
  preset: string,
): number | undefined {
  const value = typed(field, text);
  return value !== undefined && value !== typed(field, preset)
    ? value
    : undefined;
}

/** A catalog row whose figure the user replaced: their value first, the catalog's after it. */
const yours = (r: AssumptionRow, value: string): AssumptionRow => ({
  ...r,
  value: `${value} (catalog: ${r.value})`,
  own: true,
});

/** Typed prices as a row says them: "$1.25 input, $0.15 cached, $3.00 output". */
const pricesOf = (fields: PriceFields) =>
  keysOf(PRICE_NUMBERS)
    .map((k) => `${formatUsd(typed(PRICE_NUMBERS[k], fields[k]))} ${k}`)
    .join(", ");

/** Whether any typed price differs from the preset's. */
const pricesDiffer = (fields: PriceFields, preset: PriceFields) =>
  keysOf(PRICE_NUMBERS).some(
    (k) => ownValue(PRICE_NUMBERS[k], fields[k], preset[k]) !== undefined,
  );

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

/** The index record of the reasoning effort an option runs at, when it is not its default. */
function effortRows(
  qualityId: string | undefined,
  effort: string,
): AssumptionRow[] {
  const at = effort ? effortTokenFactor(qualityId, undefined, effort) : null;
  if (!at?.effort || !at.model) return [];
  const { name, label } = effortNames(at.effort.family, at.effort.level);
  return [
    row(
      `${name} at ${label} effort: Intelligence Index ${at.model.indexVersion}`,
      `${indexFigures(at.model)} to run the index`,
      at.model,
    ),
  ];
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
  const preset = apiForm(form.key, form.offerId, form.pricePoint);
  const catalogRow = row(
    `${offerLabel(offer)} price, ${point.label}`,
    prices,
    point,
  );
  const own =
    q.status === "list"
      ? pricesDiffer(form.prices, preset.prices) &&
        `${pricesOf(form.prices)} per 1M tokens`
      : (pricesDiffer(form.low, preset.low) ||
          pricesDiffer(form.high, preset.high)) &&
        `low ${pricesOf(form.low)}; high ${pricesOf(form.high)} per 1M tokens`;
  const priceRow = own ? yours(catalogRow, own) : catalogRow;
  return [
    priceRow,
    ...typedRows(API_NUMBERS, form, preset),
    ...qualityRows(offer.qualityId, catalog, " to run the index"),
    ...effortRows(offer.qualityId, form.effort),
  ];
}

/** The form fields that replace a catalog assumption, when typed. */
const ASSUMPTION_FIELDS: Partial<
  Record<keyof Catalog["assumptions"], SelfHostNumberKey>
> = {
  hardwareYears: "years",
  costOfCapital: "costOfCapitalPercent",
  pue: "pue",
  electricityUsdPerKwh: "usdPerKwh",
  colocationUsdPerKwMonth: "colocationUsdPerKwMonth",
  engineerLoadedYearlyUsd: "engineerUsdPerYear",
};
/** Fields shown in a catalog row above when typed; the others get a row of their own. */
const IN_CATALOG_ROWS: readonly SelfHostNumberKey[] = [
  "gpusPerReplica",
  "usdPerGpuHour",
  "usdPerGpu",
  ...Object.values(ASSUMPTION_FIELDS),
];

function selfHostRows(form: SelfHostForm, catalog: Catalog): AssumptionRow[] {
  const model = catalog.findOpenModel(form.modelId);
  const gpu = catalog.findGpu(form.gpuId);
  const { assumptions } = catalog;
  const preset = selfHostForm(
    form.key,
    form.modelId,
    form.gpuId,
    Number(form.gpusPerReplica) || 1,
    form.weights,
  );
  const own = (key: SelfHostNumberKey) =>
    ownValue(SELF_HOST_NUMBERS[key], form[key], preset[key]);
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
    rows.push(...effortRows(model.qualityId, form.effort));
  }
  if (gpu) {
    rows.push(
      row(
        `${gpu.name} specification`,
        `${gpu.memoryGB} GB, ${gpu.bandwidthTBs} TB/s, ${gpu.tflops.bf16} TFLOPS bf16, ${gpu.tdpW} W`,
        gpu,
      ),
    );
    const rent = own("usdPerGpuHour");
    const price = own("usdPerGpu");
    if (form.hosting === "rented") {
      const r = row(
        `${gpu.name} rental`,
        `${formatUsd(gpu.rental.typical)} per GPU-hour (${formatUsd(gpu.rental.low)}–${formatUsd(gpu.rental.high)})`,
        gpu.rental,
      );
      rows.push(
        rent === undefined ? r : yours(r, `${formatUsd(rent)} per GPU-hour`),
      );
    } else {
      const r = row(
        `${gpu.name} purchase`,
        `${formatUsd(gpu.purchase.low)}–${formatUsd(gpu.purchase.high)} per GPU`,
        gpu.purchase,
      );
      rows.push(
        price === undefined
          ? r
          : yours(r, `${formatUsd(price)} per GPU with its server share`),
      );
    }
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
  const entries = Object.entries(assumptions) as [
    keyof Catalog["assumptions"],
    (typeof used)[number],
  ][];
  for (const a of used) {
    const key = entries.find(([, value]) => value === a)?.[0];
    const field = key && ASSUMPTION_FIELDS[key];
    const typedValue = field && own(field);
    const r = row(a.label, `${formatNumber(a.value, 4)} ${a.unit}`, a);
    rows.push(
      typedValue === undefined
        ? r
        : yours(r, `${formatNumber(typedValue, 4)} ${a.unit}`),
    );
  }
  return [
    ...rows,
    ...servingRows(),
    ...typedRows(SELF_HOST_NUMBERS, form, preset, IN_CATALOG_ROWS),
  ];
}

/** The option's other typed values that differ from what it starts with, a row each. */
function typedRows<K extends string>(
  table: Record<K, FieldSpec>,
  form: OptionForm & Record<NoInfer<K>, string>,
  preset: Record<NoInfer<K>, string>,
  skip: readonly string[] = [],
): AssumptionRow[] {
  return keysOf(table)
    .filter((key) => !skip.includes(key))
    .filter((key) => form.kind === "api" || shownFor(table[key], form))
    .flatMap((key) => {
      const field = table[key];
      const value = ownValue(field, form[key], preset[key]);
      if (value === undefined) return [];
      const shown = field.show(value * (field.scale ?? 1));
      const unit = field.unitInFull ?? field.unit;
      return [
        {
          item: `${optionTitle(form)}: ${field.label}`,
          // A factor or a share carries its unit already: "1.5×", "60%".
          value:
            unit && !shown.includes(unit) && !/[×%]$/.test(shown)
              ? `${shown} (${unit})`
              : shown,
          source: "Typed in the calculator",
          asOf: "",
          stale: false,
          own: true as const,
        },
      ];
    });
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
