/**
 * The cost-against-volume chart's bands, off the main thread: the form's ranges read and each
 * option costed at 25 volumes (and the table's) in 500 seeded draws, so typing never waits for
 * them and the page loads none of this code. Each answer carries its message's id, so the page
 * keeps only the answer to its latest question.
 */
import type { ScenarioResult } from "../engine/evaluate";
import type { Scenario } from "../engine/types";
import { volumeBandView } from "../present/volume-bands";
import { readFormRanges } from "../scenario/form-ranges";
import type { OptionForm, WorkloadForm } from "../scenario/form";

export interface VolumeBandsRequest {
  id: number;
  workload: WorkloadForm;
  options: OptionForm[];
  scenario: Scenario;
  result: ScenarioResult;
  /** The scenario's seed, as How sure draws with; absent: the default. */
  seed?: number;
}

addEventListener("message", (event: MessageEvent<VolumeBandsRequest>) => {
  const { id, workload, options, scenario, result, seed } = event.data;
  const { ranges } = readFormRanges(workload, options, scenario);
  postMessage({ id, bands: volumeBandView(scenario, result, ranges, seed) });
});
