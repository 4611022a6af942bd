// @vitest-environment happy-dom
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { island } from "../../../src/lib/components/island";
import IslandPart from "./IslandPart.svelte";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = "";
});

const context = new Map([["label", "Workload"]]);
const target = (html = "") => {
  const node = document.createElement("div");
  node.innerHTML = html;
  document.body.append(node);
  return node;
};
const click = (node: HTMLElement) => {
  node.querySelector("button")!.click();
  flushSync();
};
const PRERENDERED = '<!--[--><button type="button">Workload 0</button><!--]-->';
/** The prerendered part is hydrated only in the next task: until then a click does nothing. */
const hydratesNextTask = (node: HTMLElement) => {
  const button = node.querySelector("button");
  click(node);
  expect(node.textContent).toBe("Workload 0");
  vi.runAllTimers();
  click(node);
  expect(node.querySelector("button")).toBe(button);
  expect(node.textContent).toBe("Workload 1");
};

describe("island", () => {
  it("mounts a part the page renders anew at once, with the page's contexts", () => {
    const node = target();
    const destroy = island(IslandPart, context)(node) as () => void;
    expect(node.textContent).toBe("Workload 0");
    click(node);
    expect(node.textContent).toBe("Workload 1");
    destroy();
    expect(node.querySelector("button")).toBeNull();
  });

  it("hydrates a prerendered part a task later, keeping its nodes", () => {
    const node = target(PRERENDERED);
    island(IslandPart, context)(node);
    hydratesNextTask(node);
  });

  it("does not hydrate a part removed before its task", () => {
    const node = target(PRERENDERED);
    const destroy = island(IslandPart, context)(node) as () => void;
    destroy();
    vi.runAllTimers();
    click(node);
    expect(node.textContent).toBe("Workload 0");
  });
});

describe("island, for a part that comes as its module loading", () => {
  const loading = () => {
    let arrive!: () => void;
    const part = new Promise<typeof IslandPart>(
      (resolve) => (arrive = () => resolve(IslandPart)),
    );
    return { part, arrive };
  };

  it("hydrates the prerendered part when its module arrives, keeping its nodes", async () => {
    const node = target(PRERENDERED);
    const { part, arrive } = loading();
    island(part, context)(node);
    vi.runAllTimers();
    click(node);
    expect(node.textContent).toBe("Workload 0");
    arrive();
    await part;
    // In a task of its own, not in the one that ran when the module arrived.
    hydratesNextTask(node);
  });

  it("mounts it anew where the page holds none", async () => {
    const node = target();
    const { part, arrive } = loading();
    island(part, context)(node);
    arrive();
    await part;
    flushSync();
    expect(node.textContent).toBe("Workload 0");
  });

  it("leaves out a part removed before its module arrives", async () => {
    const node = target();
    const { part, arrive } = loading();
    const destroy = island(part, context)(node) as () => void;
    destroy();
    arrive();
    await part;
    flushSync();
    expect(node.textContent).toBe("");
  });

  it("takes the prerendered part away if its module never comes", async () => {
    const node = target(PRERENDERED);
    const part = Promise.reject(new Error("offline"));
    island(part, context)(node);
    await part.catch(() => {});
    expect(node.childNodes).toHaveLength(0);
  });
});
