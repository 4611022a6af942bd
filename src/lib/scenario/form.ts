/**
 * A scenario as the user writes it — the calculator's form, and what a link or a saved workspace
 * holds: what the user typed, kept as text so a bad value can be shown and explained.
 * `read.ts` turns it into the engine's Scenario; `defaults.ts` fills it from the catalog.
 */
import type { Stack } from "../engine/stacks";
import {
  currentPrice,
  findApiOffer,
  findGpu,
  findOpenModel,
  offerLabel,
  selfHostLabel,
  type PricePoint,
} from "../catalog";
import type { KvPrecision, WeightPrecision } from "../catalog/types";
import type { Distribution } from "../engine/random";
import type { RatePeriod } from "../engine/units";
import type {
  ApiNumberKey,
  PriceKey,
  SelfHostNumberKey,
  WorkloadNumberKey,
} from "./fields";

/** What the user typed for each number; the field table says what each is. */
type Typed<K extends string> = Record<K, string>;

/**
 * A number given as a range: its low and high ends as typed and how it spreads between them. The
 * field itself holds the most likely value.
 */
export interface RangeForm {
  low: string;
  high: string;
  distribution: Distribution;
}

/** The ranges of one form, by field key (only keys whose field table entry can hold a range). */
export type RangeForms = Record<string, RangeForm>;

/** The form's ranges with one set, or removed when `range` is undefined. */
export function withRange(
  ranges: RangeForms | undefined,
  key: string,
  range: RangeForm | undefined,
): RangeForms | undefined {
  const { [key]: _, ...rest } = ranges ?? {};
  const next = range ? { ...rest, [key]: range } : rest;
  return Object.keys(next).length ? next : undefined;
}

export type WorkloadForm = Typed<WorkloadNumberKey> & {
  period: RatePeriod;
  /**
   * Quality family whose output the output tokens count (`muse-spark`, `gpt-5.4`, …), pinned by
   * the user; empty: the baseline's model, following the baseline (scenario/tokens.ts).
   */
  referenceModel: string;
  ranges?: RangeForms;
};

export type PriceFields = Typed<PriceKey>;

/** The reasoning effort an option's model runs at (catalog/effort.ts); "": its default. */
interface Effort {
  effort: string;
}

export type ApiForm = Typed<ApiNumberKey> &
  Effort & {
    kind: "api";
    /** Stable identity for keyed lists and field paths. */
    key: string;
    offerId: string;
    pricePoint: string;
    prices: PriceFields;
    low: PriceFields;
    high: PriceFields;
    ranges?: RangeForms;
  };

export type SelfHostForm = Typed<SelfHostNumberKey> &
  Effort & {
    kind: "self-host";
    key: string;
    modelId: string;
    gpuId: string;
    weights: WeightPrecision;
    kv: KvPrecision;
    /** The serving stack whose fitted efficiencies the estimate uses. */
    stack: Stack;
    hosting: "rented" | "owned";
    ranges?: RangeForms;
  };

export type OptionForm = ApiForm | SelfHostForm;

/** Field path → plain message, e.g. `workload.rate` → "Enter a number from 0.001 to …". */
export type FieldErrors = Record<string, string>;

export const workloadPath = (field: keyof WorkloadForm) => `workload.${field}`;
export const optionPath = (key: string, field: string) =>
  `options.${key}.${field}`;

export function pricePointOf(form: ApiForm): PricePoint | undefined {
  const offer = findApiOffer(form.offerId);
  return (
    offer?.prices.find((p) => p.label === form.pricePoint) ??
    (offer && currentPrice(offer))
  );
}

/** An option's name from its form, shown on its card even while its values are invalid. */
export function optionTitle(form: OptionForm): string {
  if (form.kind === "api") {
    const offer = findApiOffer(form.offerId);
    return offer ? offerLabel(offer) : form.offerId;
  }
  // An automatic count (empty) is known only once the scenario is read: the name goes without it.
  const typed = form.gpusPerReplica.trim();
  const gpus = Number(typed);
  return selfHostLabel(
    findOpenModel(form.modelId)?.name ?? form.modelId,
    findGpu(form.gpuId)?.name ?? form.gpuId,
    typed === "" ? undefined : Number.isInteger(gpus) && gpus > 0 ? gpus : "?",
  );
}
