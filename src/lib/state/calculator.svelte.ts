/**
 * The calculator's state: the form the user edits, and everything derived from it — the scenario,
 * the engine's result, field messages. When the form holds a bad value the last good result stays
 * on screen, marked stale, so a half-typed number never blanks the answer.
 */
import { createContext } from "svelte";
import { findApiOffer } from "../catalog";
import {
  evaluateDoc,
  withRanges,
  type Evaluation,
  type RangeReader,
} from "../scenario/evaluate";
import { MAX_OPTIONS, type ScenarioDoc } from "../scenario/workspace";
import { Workspace } from "./workspace.svelte";
import {
  apiForm,
  nextApiOffer,
  selfHostForm,
  withGpu,
  withPricePoint,
} from "../scenario/defaults";
import {
  pricePointOf,
  type ApiForm,
  type FieldErrors,
  type OptionForm,
  type WorkloadForm,
} from "../scenario/form";

import { indexScorePercent, tokenAccount } from "../scenario/tokens";

export type { Evaluation };

/** One empty set of field errors, so that fields reading it see no change while there are none. */
const NO_ERRORS: FieldErrors = Object.freeze({});

export class Calculator {
  /** The workspace whose open scenario this calculator edits. */
  readonly workspace: Workspace;

  constructor(workspace = new Workspace()) {
    this.workspace = workspace;
  }

  get workload(): WorkloadForm {
    return this.workspace.current.workload;
  }
  set workload(workload: WorkloadForm) {
    this.workspace.current.workload = workload;
  }
  get options(): OptionForm[] {
    return this.workspace.current.options;
  }
  set options(options: OptionForm[]) {
    this.workspace.current.options = options;
  }
  get baselineKey(): string {
    return this.workspace.current.baselineKey;
  }
  set baselineKey(key: string) {
    this.workspace.current.baselineKey = key;
  }

  /**
   * Reads and checks the form's ranges; set by How sure, which draws them, when it loads (when
   * the browser is first idle), so the first answer loads none of it.
   */
  rangeReader = $state.raw<RangeReader | null>(null);

  /** The last change to the list of options, for a polite live region. */
  announcement = $state("");

  #nextKey = 1;
  /** Each scenario's last good evaluation, shown (marked stale) while its form holds a bad value. */
  #lastGood = new WeakMap<ScenarioDoc, Evaluation>();

  /** The open scenario's answer, without its ranges: How sure's arrival does not recompute it. */
  readonly #evaluated = $derived.by(() => evaluateDoc(this.workspace.current));

  /** The current evaluation, or the last good one while the form holds a bad value. */
  readonly view = $derived.by(
    (): {
      evaluation: Evaluation | null;
      stale: boolean;
      errors: FieldErrors;
      /** A problem no single field is to blame for, for the stale banner. */
      unplaced: string | null;
    } => {
      const doc = this.workspace.current;
      const evaluated = withRanges(
        doc,
        this.#evaluated,
        this.rangeReader ?? undefined,
      );
      if (evaluated.ok) {
        this.#lastGood.set(doc, evaluated.evaluation);
        return {
          evaluation: evaluated.evaluation,
          stale: false,
          errors: NO_ERRORS,
          unplaced: null,
        };
      }
      return {
        evaluation: this.#lastGood.get(doc) ?? null,
        stale: true,
        errors: evaluated.errors,
        unplaced: evaluated.unplaced,
      };
    },
  );

  #key(prefix: string): string {
    let key: string;
    do key = `${prefix}-${this.#nextKey++}`;
    while (this.options.some((o) => o.key === key));
    return key;
  }

  #replace(key: string, update: (form: OptionForm) => OptionForm) {
    this.options = this.options.map((o) => (o.key === key ? update(o) : o));
  }

  /** The scenario holds as many options as a link or a saved workspace can: none can be added. */
  get optionsFull(): boolean {
    return this.options.length >= MAX_OPTIONS;
  }

  /** Adds an API option: the one given, or one the scenario does not have yet. */
  addApi(offerId = nextApiOffer(this.options)) {
    if (this.optionsFull) return;
    this.options.push(apiForm(this.#key("api"), offerId));
    this.announcement = `Added an API option, number ${this.options.length}.`;
  }

  addSelfHosted() {
    if (this.optionsFull) return;
    this.options.push(
      selfHostForm(
        this.#key("self"),
        "llama-3.3-70b",
        "h100-sxm",
        undefined,
        "fp8",
      ),
    );
    this.announcement = `Added a self-hosted option, number ${this.options.length}.`;
  }

  remove(key: string) {
    if (this.options.length <= 2) return;
    const index = this.options.findIndex((o) => o.key === key);
    this.options = this.options.filter((o) => o.key !== key);
    if (this.baselineKey === key) this.baselineKey = this.options[0]!.key;
    this.announcement = `Removed option ${index + 1}; ${this.options.length} remain.`;
  }

  move(key: string, delta: -1 | 1) {
    const from = this.options.findIndex((o) => o.key === key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.options.length) return;
    const next = [...this.options];
    [next[from], next[to]] = [next[to]!, next[from]!];
    this.options = next;
    this.announcement = `Moved option ${from + 1} to position ${to + 1}.`;
  }

  pickOffer(key: string, offerId: string) {
    const offer = findApiOffer(offerId);
    if (!offer) return;
    this.#replace(key, (o) =>
      o.kind === "api"
        ? { ...apiForm(o.key, offerId), verbosity: o.verbosity }
        : o,
    );
  }

  /** Each option's typed low and high prices, kept while another price point is picked. */
  #typedRanges = new Map<string, Pick<ApiForm, "low" | "high">>();

  pickPricePoint(key: string, label: string) {
    this.#replace(key, (o) => {
      const offer = o.kind === "api" ? findApiOffer(o.offerId) : undefined;
      const point = offer?.prices.find((p) => p.label === label);
      if (o.kind !== "api" || !offer || !point) return o;
      // Leaving a range for a list price and coming back finds the range as it was typed.
      if (pricePointOf(o)?.quote.status === "unannounced")
        this.#typedRanges.set(key, { low: o.low, high: o.high });
      const picked = withPricePoint(o, offer, point);
      const typed = this.#typedRanges.get(key);
      return point.quote.status === "unannounced" && typed
        ? { ...picked, ...typed }
        : picked;
    });
  }

  /** The option's output-token factor as typed: "1" bills the reference's count, "" the index's. */
  setFactor(key: string, text: string) {
    this.#replace(key, (o) => ({ ...o, verbosity: text }));
  }

  /**
   * The option's reasoning effort ("" for the model's default): the index's factor at it replaces
   * a typed one, and a success rate accepted from the index score follows it to the new score.
   */
  setEffort(key: string, effort: string) {
    const tokens = this.view.evaluation?.tokens;
    this.#replace(key, (o) => {
      const next = { ...o, effort, verbosity: "" };
      const accepted = indexScorePercent(tokens?.accounts[key]);
      const score =
        tokens &&
        indexScorePercent(tokenAccount(next, tokens.reference, undefined));
      return accepted !== null &&
        score !== null &&
        Number(o.successPercent) === accepted
        ? { ...next, successPercent: String(score) }
        : next;
    });
  }

  /** The option's success rate as typed, percent; "" for 100%. */
  setSuccess(key: string, text: string) {
    this.#replace(key, (o) => ({ ...o, successPercent: text }));
  }

  pickGpu(key: string, gpuId: string) {
    this.#replace(key, (o) => (o.kind === "self-host" ? withGpu(o, gpuId) : o));
  }
}

const [getCalculator, setCalculator] = createContext<Calculator>();

export { getCalculator, setCalculator };
