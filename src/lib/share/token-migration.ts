/**
 * Links and saves made before token accounting had one rule (payloads without `r`) counted output
 * tokens as written by the workload's `referenceModel`, "muse-spark" when left out, whatever the
 * baseline, and scaled each API option by its offer's index record even where the price point
 * sells a later version (Muse Spark's list price is Muse Spark 1.1's). They open with the
 * reference following the baseline when it was the baseline's model, pinned otherwise, and where
 * today's rule gives an option another factor, the old one typed into its factor field: the same
 * numbers, and now visible.
 */
import {
  findApiOffer,
  findOpenModel,
  qualityFamily,
  tokenFactor,
} from "../catalog";
import type { OptionForm, WorkloadForm } from "../scenario/form";
import { formQualityId, scenarioReference } from "../scenario/tokens";

/** What an old payload's left-out reference stood for. */
const OLD_DEFAULT_REFERENCE = "muse-spark";

const oldQualityId = (form: OptionForm) =>
  form.kind === "api"
    ? findApiOffer(form.offerId)?.qualityId
    : findOpenModel(form.modelId)?.qualityId;

/** An old payload's scenario under today's rule, costed as it was. */
export function migrateTokens(
  workload: WorkloadForm,
  options: OptionForm[],
  baselineKey: string,
): { workload: WorkloadForm; options: OptionForm[] } {
  const old = workload.referenceModel || OLD_DEFAULT_REFERENCE;
  const baseline = options.find((o) => o.key === baselineKey);
  const baselineFamily = baseline && oldQualityId(baseline);
  const follows =
    baselineFamily !== undefined && qualityFamily(baselineFamily) === old;
  const migrated = { ...workload, referenceModel: follows ? "" : old };
  const now = scenarioReference(migrated, options, baselineKey).family;
  return {
    workload: migrated,
    options: options.map((form) => {
      if (form.verbosity.trim() !== "") return form;
      const was = tokenFactor(oldQualityId(form), old).factor;
      const is = tokenFactor(formQualityId(form), now).factor;
      return was === is ? form : { ...form, verbosity: String(was) };
    }),
  };
}
