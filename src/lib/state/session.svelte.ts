/**
 * The user's own workspace and what arrives from outside it. A shared link or an imported file is
 * shown as a preview beside the saved workspace, never over it: the user keeps its scenarios
 * ("Add to my workspace") or goes back, and autosave sleeps in between.
 */
import { catalogVersion } from "../catalog";
import { importWorkspace } from "../share/file";
import type { DecodedLink } from "../share/link";
import { toPayload } from "../share/payload";
import {
  needsRepriceNotice,
  repriceWorkspace,
  type Repriced,
} from "../scenario/reprice";
import {
  defaultWorkspace,
  MAX_SCENARIOS,
  type Workspace as WorkspaceData,
} from "../scenario/workspace";
import { Autosave, type SaveStorage } from "./autosave.svelte";
import { ScenarioList } from "./scenario-list.svelte";
import { ShareLink } from "./share-link.svelte";
import type { Workspace } from "./workspace.svelte";

export interface Preview {
  /** The user's own workspace to go back to: as it was when the preview opened, or as another tab saved it since. */
  mine: WorkspaceData;
  source: "link" | "file";
  /** The catalog the previewed scenarios were priced with. */
  catalogVersion: string;
  /** Made with a newer catalog than this page's, so priced with this one's. */
  newerCatalog: boolean;
}

/** A preview priced with an older catalog: its original prices, and re-pricing on request. */
export interface OldPrices {
  catalogVersion: string;
  /** The day whose catalog priced the scenarios. */
  pricesAsOf: string;
  /** The workspace before "re-price with today's catalog", and what it did, once pressed. */
  repriced: { before: WorkspaceData; after: Repriced } | null;
}

const sameWorkspace = (a: WorkspaceData, b: WorkspaceData) =>
  JSON.stringify(toPayload(a, catalogVersion)) ===
  JSON.stringify(toPayload(b, catalogVersion));

const count = (n: number) => (n === 1 ? "1 scenario" : `${n} scenarios`);

export class Session {
  readonly workspace: Workspace;
  /** Adding, renaming, reordering and deleting the workspace's scenarios. */
  readonly scenarios: ScenarioList;
  readonly autosave: Autosave;
  readonly link: ShareLink;
  preview = $state.raw<Preview | null>(null);
  oldPrices = $state.raw<OldPrices | null>(null);
  /** The outcome of the last import, "Add to my workspace" or another tab's save, for a live region. */
  message = $state("");
  /** The calculator for the open scenario, or every scenario side by side. */
  view = $state<"calculator" | "compare">("calculator");
  /**
   * Whether a workspace of the user's own waits behind the preview: not on a first visit, nor
   * when theirs is still the untouched default (which the previewed scenarios then replace).
   */
  readonly hasOwn = $derived(
    !!this.preview && !sameWorkspace(this.preview.mine, defaultWorkspace()),
  );
  /**
   * What "Add to my workspace" would do, said before it is pressed: add `count` of the `of`
   * previewed scenarios after the `mine` the user has (none when theirs is replaced).
   */
  readonly adding = $derived.by(() => {
    if (!this.preview) return null;
    const of = this.workspace.scenarios.length;
    const mine = this.hasOwn ? this.preview.mine.scenarios.length : 0;
    return { count: Math.min(of, MAX_SCENARIOS - mine), of, mine };
  });

  constructor(workspace: Workspace, storage: SaveStorage | null) {
    this.workspace = workspace;
    this.scenarios = new ScenarioList(workspace);
    this.autosave = new Autosave(workspace, storage);
    this.link = new ShareLink(workspace, (link) => this.#receive(link, "link"));
  }

  /** Opens the saved workspace, then the link the page was opened with, if any. */
  async start(hash: string) {
    this.autosave.restore();
    await this.link.open(hash);
  }

  /** Reads an exported workspace file's text into a preview, or says why it cannot. */
  import(text: string, fileName: string) {
    const result = importWorkspace(text);
    if (!result.ok) {
      this.message = `${fileName} could not be imported: ${result.error.message}`;
      return;
    }
    this.message = this.#receive(result.value, "file")
      ? `Showing ${count(result.value.workspace.scenarios.length)} from ${fileName}.`
      : `${fileName} holds the scenarios your workspace already has.`;
  }

  /** A `storage` event: another tab saved the workspace. */
  storage(key: string | null, text: string | null) {
    const heard = this.autosave.receive(key, text, this.preview?.mine);
    if (heard?.outcome === "followed")
      this.message = "This tab now shows the changes saved in another tab.";
    // While a preview shows, the other tab's save is the user's workspace to go back to.
    else if (heard?.outcome === "preview" && this.preview)
      this.preview = { ...this.preview, mine: heard.theirs };
  }

  /** Opens a preview; false when the incoming scenarios are the user's own already. */
  #receive(incoming: DecodedLink, source: Preview["source"]): boolean {
    const mine = this.preview?.mine ?? this.workspace.snapshot();
    // The user's own link, reopened (a reload): nothing to preview.
    if (!this.preview && sameWorkspace(incoming.workspace, mine)) return false;
    this.preview = {
      mine,
      source,
      catalogVersion: incoming.catalogVersion,
      newerCatalog: incoming.newerCatalog,
    };
    this.oldPrices = needsRepriceNotice(incoming)
      ? {
          catalogVersion: incoming.catalogVersion,
          pricesAsOf: incoming.pricesAsOf,
          repriced: null,
        }
      : null;
    this.autosave.paused = true;
    this.workspace.load(incoming.workspace);
    this.view = "calculator";
    return true;
  }

  /**
   * Adds the previewed scenarios after the user's own, as many as fit; a workspace still at its
   * untouched default is replaced rather than kept in front of them.
   */
  keep() {
    const preview = this.preview;
    if (!preview) return;
    const incoming = this.workspace.snapshot();
    let added = incoming.scenarios.length;
    if (!this.hasOwn) {
      this.workspace.load(incoming);
    } else {
      this.workspace.load(preview.mine);
      added = this.scenarios.append(incoming.scenarios);
    }
    this.message =
      added === incoming.scenarios.length
        ? `Added ${count(added)} to your workspace.`
        : `Added ${count(added)} of ${incoming.scenarios.length}: a workspace holds at most ${MAX_SCENARIOS} scenarios.`;
    this.#close();
  }

  /** Leaves the preview for the user's own workspace, unchanged. */
  back() {
    const preview = this.preview;
    if (!preview) return;
    this.workspace.load(preview.mine);
    this.message = "Back to your workspace.";
    this.#close();
  }

  /** Moves every catalog price in the workspace to today's, keeping what the user typed. */
  reprice() {
    const old = this.oldPrices;
    if (!old || old.repriced) return;
    const before = this.workspace.snapshot();
    const after = repriceWorkspace(before, old.pricesAsOf);
    this.workspace.load(after.workspace);
    this.oldPrices = { ...old, repriced: { before, after } };
  }

  #close() {
    this.preview = null;
    this.oldPrices = null;
    this.autosave.paused = false;
  }
}
