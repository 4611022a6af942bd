/** Whose answers the workload's output tokens count, in the words shown beside the workload. */
import type { TokenReference } from "../scenario/tokens";

/** The sentence beside the workload's output tokens. */
export function referenceNote(reference: TokenReference): string {
  if (!reference.record)
    return "The baseline's model has no Intelligence Index token count: every option is billed the output tokens as typed (1×).";
  const sized = `Answers sized as ${reference.record.model} writes them`;
  return reference.followsBaseline
    ? `${sized}: the baseline's model, so this changes when the baseline does.`
    : `${sized}, whatever the baseline.`;
}
