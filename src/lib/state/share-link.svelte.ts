/**
 * The workspace in the address bar: a link opened with the page is read and handed on, edits
 * are written back into the hash (replaced, never pushed), and "Copy link" hands the link over. A
 * link that cannot be read is reported with its text kept, and the hash is left alone until the
 * user dismisses the message, so nothing of theirs is overwritten behind their back. A workspace
 * too big for a link gets none, in the address bar or the clipboard: the user is told why.
 */
import { formatNumber } from "../format";
import {
  decodeLink,
  looksLikeLink,
  shareableLink,
  type DecodedLink,
} from "../share/link";
import type { Workspace } from "./workspace.svelte";

/** Quiet time after the last edit before the hash is rewritten, ms. */
export const HASH_WRITE_DELAY_MS = 250;

export interface LinkProblem {
  message: string;
  /** The link as it was opened, for the user to copy. */
  text: string;
}

export class ShareLink {
  readonly #workspace: Workspace;
  /** Why the opened link could not be read, until dismissed. */
  problem = $state.raw<LinkProblem | null>(null);
  /** The outcome of the last "Copy link", for a polite live region. */
  status = $state("");
  /** The link, shown for copying by hand when the clipboard refuses. */
  fallback = $state("");
  /** Why the workspace as it is now cannot be a link (too big for one), if it cannot. */
  refusal = $state<string | null>(null);
  /** Set once the opened link has been read: until then the hash is the user's, not ours. */
  #ready = $state(false);
  /** The workspace as the hash last held it, so only real edits rewrite it. */
  #written = "";

  /** Where a link that was read goes (the session shows it as a preview). */
  readonly #receive: (link: DecodedLink) => void;

  constructor(workspace: Workspace, receive: (link: DecodedLink) => void) {
    this.#workspace = workspace;
    this.#receive = receive;
  }

  /**
   * Reads a hash (with or without `#`) and hands it on. A hash that is no link (empty, or an anchor
   * such as the skip link's `#main`) keeps the workspace, and the next edit writes the link over it.
   */
  async open(hash: string): Promise<void> {
    const text = hash.replace(/^#/, "");
    if (looksLikeLink(text)) {
      const result = await decodeLink(text);
      if (result.ok) {
        this.#receive(result.value);
        this.problem = null;
      } else this.problem = { message: result.error.message, text };
    }
    this.#written = JSON.stringify(this.#workspace.snapshot());
    this.#ready = true;
  }

  dismiss() {
    this.problem = null;
  }

  /**
   * Run inside an effect: reads the whole workspace, so any edit re-runs it, and hands the new hash
   * to `write` once edits pause: the link, or "" (no hash) when the workspace cannot be one.
   * Returns the effect's cleanup.
   */
  watch(write: (hash: string) => void): (() => void) | undefined {
    const snapshot = this.#workspace.snapshot();
    const json = JSON.stringify(snapshot);
    if (!this.#ready || this.problem || json === this.#written) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const shared = await shareableLink(snapshot);
      if (cancelled) return;
      this.#written = json;
      this.refusal = shared.ok ? null : shared.error.message;
      write(shared.ok ? `#${shared.link}` : "");
    }, HASH_WRITE_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }

  /** Copies the link to the workspace as it is now, on top of `base` (the page's address). */
  async copy(
    base: string,
    clipboard: Pick<Clipboard, "writeText"> | undefined,
  ): Promise<void> {
    const shared = await shareableLink(this.#workspace.snapshot());
    this.fallback = "";
    this.refusal = shared.ok ? null : shared.error.message;
    if (!shared.ok) {
      this.status = "No link copied.";
      return;
    }
    const url = `${base.replace(/#.*$/, "")}#${shared.link}`;
    const count = this.#workspace.scenarios.length;
    const what = count === 1 ? "1 scenario" : `${count} scenarios`;
    try {
      if (!clipboard) throw new Error("no clipboard");
      await clipboard.writeText(url);
      this.status = `Link copied: ${what}, ${formatNumber(url.length)} characters.`;
    } catch {
      this.fallback = url;
      this.status = `The browser would not copy; select the link below to copy ${what}.`;
    }
  }
}
