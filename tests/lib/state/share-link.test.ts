import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeLink, type DecodedLink } from "../../../src/lib/share/link";
import { defaultWorkspace } from "../../../src/lib/scenario/workspace";
import {
  HASH_WRITE_DELAY_MS,
  ShareLink,
} from "../../../src/lib/state/share-link.svelte";
import { ScenarioList } from "../../../src/lib/state/scenario-list.svelte";
import { Workspace } from "../../../src/lib/state/workspace.svelte";
import { typedWorkspace } from "../share/big-workspaces";

/** A workspace of two scenarios, the second with its own rate. */
async function twoScenarioLink() {
  const data = defaultWorkspace();
  data.scenarios.push({
    ...structuredClone(data.scenarios[0]!),
    name: "Growth",
  });
  data.scenarios[1]!.workload.rate = "80";
  return encodeLink(data);
}

/** Runs `watch` as an effect would; the hash it writes, or null when it schedules no write. */
async function written(link: ShareLink): Promise<string | null> {
  let write!: (hash: string) => void;
  const promise = new Promise<string>((resolve) => (write = resolve));
  if (!link.watch(write)) return null;
  await vi.advanceTimersByTimeAsync(HASH_WRITE_DELAY_MS);
  return promise;
}

afterEach(() => vi.useRealTimers());

/** Links go straight into the workspace (the page previews them: see session.test.ts). */
const loadInto = (workspace: Workspace) => (link: DecodedLink) =>
  workspace.load(link.workspace);

describe("ShareLink", () => {
  it("opens a link into the workspace", async () => {
    const workspace = new Workspace();
    const link = new ShareLink(workspace, loadInto(workspace));
    await link.open(`#${await twoScenarioLink()}`);
    expect(workspace.scenarios.map((s) => s.name)).toEqual([
      "Scenario 1",
      "Growth",
    ]);
    expect(workspace.scenarios[1]!.workload.rate).toBe("80");
    expect(link.problem).toBeNull();
  });

  it("reports a link it cannot read, keeps its text, and leaves the workspace alone", async () => {
    const workspace = new Workspace();
    workspace.current.workload.rate = "33";
    const link = new ShareLink(workspace, loadInto(workspace));
    await link.open("#b1.not-deflate-at-all");
    expect(link.problem?.text).toBe("b1.not-deflate-at-all");
    expect(link.problem?.message).toMatch(/damaged/);
    expect(workspace.current.workload.rate).toBe("33");
  });

  it("writes the hash only after an edit, and not while a link problem shows", async () => {
    vi.useFakeTimers();
    const workspace = new Workspace();
    const link = new ShareLink(workspace, loadInto(workspace));
    expect(await written(link)).toBeNull(); // not before the opened link is read
    await link.open("");
    expect(await written(link)).toBeNull(); // nothing edited yet
    workspace.current.workload.rate = "12";
    const hash = await written(link);
    expect(hash).toMatch(/^#b2\./);
    expect(await written(link)).toBeNull(); // already written

    await link.open("#b1.garbage!");
    workspace.current.workload.rate = "13";
    expect(await written(link)).toBeNull();
    link.dismiss();
    expect(await written(link)).toMatch(/^#b2\./);

    const reopened = new Workspace();
    await new ShareLink(reopened, loadInto(reopened)).open(hash!);
    expect(reopened.current.workload.rate).toBe("12");
  });

  it("ignores a hash that is not a link (the skip link's #main): no problem, and edits still write the hash", async () => {
    vi.useFakeTimers();
    const workspace = new Workspace();
    workspace.current.workload.rate = "33";
    const link = new ShareLink(workspace, loadInto(workspace));
    await link.open("#main");
    expect(link.problem).toBeNull();
    expect(workspace.current.workload.rate).toBe("33");
    workspace.current.workload.rate = "34";
    expect(await written(link)).toMatch(/^#b2\./);
    // Followed later, as a skip link is, by a hash change.
    await link.open("#main");
    expect(link.problem).toBeNull();
    workspace.current.workload.rate = "35";
    expect(await written(link)).toMatch(/^#b2\./);
  });

  it("copies the link to the clipboard, or shows it when the clipboard refuses", async () => {
    const workspace = new Workspace();
    new ScenarioList(workspace).add();
    const link = new ShareLink(workspace, loadInto(workspace));
    const copied: string[] = [];
    await link.copy("https://example.test/app/#old", {
      writeText: async (text: string) => void copied.push(text),
    });
    expect(copied[0]).toMatch(/^https:\/\/example\.test\/app\/#b2\.[\w-]+$/);
    expect(link.status).toBe(
      `Link copied: 2 scenarios, ${copied[0]!.length} characters.`,
    );
    expect(link.fallback).toBe("");

    await link.copy("https://example.test/", {
      writeText: () => Promise.reject(new Error("denied")),
    });
    expect(link.fallback).toMatch(/^https:\/\/example\.test\/#b2\./);
    expect(link.status).toMatch(/would not copy/);
    await link.copy("https://example.test/", undefined);
    expect(link.fallback).not.toBe("");
  });

  it("hands out no link its reader would refuse: twelve scenarios of twenty options with typed costs", async () => {
    vi.useFakeTimers();
    const workspace = new Workspace();
    const link = new ShareLink(workspace, loadInto(workspace));
    await link.open("");
    workspace.load(typedWorkspace());
    const copied: string[] = [];
    await link.copy("https://example.test/", {
      writeText: async (text: string) => void copied.push(text),
    });
    expect(copied).toEqual([]);
    expect(link.fallback).toBe("");
    expect(link.status).toBe("No link copied.");
    expect(link.refusal).toMatch(
      /^A link to this workspace would be [\d,]+ characters, more than the 8,192 a link can be\.$/,
    );
    // The address bar lets go of the old link rather than keep one for another workspace.
    expect(await written(link)).toBe("");
    expect(link.refusal).not.toBeNull();

    workspace.load(typedWorkspace(12, 8));
    expect(await written(link)).toMatch(/^#b2\./);
    expect(link.refusal).toBeNull();
    await link.copy("https://example.test/", {
      writeText: async (text: string) => void copied.push(text),
    });
    expect(copied).toHaveLength(1);
    expect(link.status).toMatch(/^Link copied: 12 scenarios/);
  });
});
