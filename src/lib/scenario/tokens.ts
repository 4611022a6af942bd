/**
 * Token accounting: whose answers the workload's output tokens count, and how many each option is
 * billed for. One rule for the page, its links and the command line: the reference is the model
 * the user pinned, or else the baseline's, following it when the baseline changes.
 */
import {
  effortTokenFactor,
  findApiOffer,
  findOpenModel,
  qualityIdOf,
  referenceFamily,
  anyRecordOf,
  type EffortFactor,
  type QualityRecord,
} from "../catalog";
import { pricePointOf, type OptionForm, type WorkloadForm } from "./form";

/** The Intelligence Index record id of the model an option's form runs, when it has one. */
export function formQualityId(form: OptionForm): string | undefined {
  if (form.kind === "self-host") return findOpenModel(form.modelId)?.qualityId;
  const offer = findApiOffer(form.offerId);
  return offer && qualityIdOf(offer, pricePointOf(form));
}

export interface TokenReference {
  /** Quality family whose output the workload counts; undefined: none has a token count. */
  family: string | undefined;
  /** Its index record, to name it by. */
  record: QualityRecord | undefined;
  /** The reference is the baseline's model, and moves with the baseline. */
  followsBaseline: boolean;
}

/** The scenario's reference: the pinned model, or the baseline's. */
export function scenarioReference(
  workload: Pick<WorkloadForm, "referenceModel">,
  options: readonly OptionForm[],
  baselineKey: string,
): TokenReference {
  const baseline = options.find((o) => o.key === baselineKey);
  const pinned = workload.referenceModel || undefined;
  const family = referenceFamily(pinned, baseline && formQualityId(baseline));
  return {
    family,
    record: family === undefined ? undefined : anyRecordOf(family),
    followsBaseline: pinned === undefined,
  };
}

/**
 * The index's factor for an option against the reference family, at the option's reasoning
 * effort; its record is the model's at that effort.
 */
export const indexFactor = (
  form: OptionForm,
  referenceFamily: string | undefined,
): EffortFactor =>
  effortTokenFactor(formQualityId(form), referenceFamily, form.effort);

/** The index score of the option's model at its effort, offered as its success rate in percent. */
export const indexScorePercent = (account: TokenAccount | undefined) =>
  account?.model ? Number(account.model.score.toFixed(1)) : null;

export interface TokenAccount extends EffortFactor {
  /** Output tokens billed per reference token. */
  factor: number;
  /** The user typed the factor; otherwise it comes from the index (or is 1 for lack of it). */
  typed: boolean;
  /** The option's (at its effort) and the reference's index records behind an index factor. */
  model?: QualityRecord;
  reference?: QualityRecord;
}

/** The factor an option is billed at: the typed one, or the index's against the reference. */
export function tokenAccount(
  form: OptionForm,
  reference: TokenReference,
  typed: number | undefined,
): TokenAccount {
  const index = indexFactor(form, reference.family);
  return typed === undefined
    ? { ...index, typed: false }
    : { ...index, factor: typed, typed: true };
}
