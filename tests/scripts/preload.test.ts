// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { __vitePreload } from "../../scripts/preload";

const IMPORTER = "https://breakeven.test/_app/immutable/chunks/page.js";
// The links the helper adds, kept out of the document so that only the test says when one loads.
let added: HTMLLinkElement[] = [];
beforeEach(() => {
  added = [];
  vi.spyOn(document.head, "append").mockImplementation((...nodes) => {
    added.push(...(nodes as HTMLLinkElement[]));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = "";
});

const links = () => added.map((link) => [link.rel, link.href]);
const settle = () => new Promise((resolve) => setTimeout(resolve));
const fire = (href: string, event: "load" | "error") =>
  added.find((link) => link.href === href)!.dispatchEvent(new Event(event));

describe("__vitePreload", () => {
  it("asks for the part's chunks at once and loads it without waiting for them", async () => {
    const load = vi.fn(async () => "part");
    await expect(
      __vitePreload(load, ["./a.js", "./b.js"], IMPORTER),
    ).resolves.toBe("part");
    expect(links()).toEqual([
      ["modulepreload", "https://breakeven.test/_app/immutable/chunks/a.js"],
      ["modulepreload", "https://breakeven.test/_app/immutable/chunks/b.js"],
    ]);
  });

  it("loads the part only once its stylesheet has loaded", async () => {
    const href = "https://breakeven.test/_app/immutable/assets/part.css";
    const load = vi.fn(async () => "part");
    const loading = __vitePreload(load, ["../assets/part.css"], IMPORTER);
    await settle();
    expect(links()).toEqual([["stylesheet", href]]);
    expect(load).not.toHaveBeenCalled();
    fire(href, "load");
    await expect(loading).resolves.toBe("part");
  });

  it("loads the part unstyled when its stylesheet fails", async () => {
    const href = "https://breakeven.test/_app/immutable/assets/broken.css";
    const loading = __vitePreload(
      async () => "part",
      ["../assets/broken.css"],
      IMPORTER,
    );
    await settle();
    fire(href, "error");
    await expect(loading).resolves.toBe("part");
  });

  it("fetches nothing the page already links, and each file once", async () => {
    const inlined = document.createElement("link");
    inlined.rel = "stylesheet";
    inlined.href = "https://breakeven.test/_app/immutable/assets/inlined.css";
    inlined.disabled = true;
    document.head.prepend(inlined);
    await __vitePreload(
      async () => null,
      ["../assets/inlined.css", "./shared.js"],
      IMPORTER,
    );
    await __vitePreload(async () => null, ["./shared.js"], IMPORTER);
    expect(links()).toEqual([
      [
        "modulepreload",
        "https://breakeven.test/_app/immutable/chunks/shared.js",
      ],
    ]);
  });

  it("loads a part with no files to fetch", async () => {
    await expect(
      __vitePreload(async () => 1, undefined, IMPORTER),
    ).resolves.toBe(1);
    expect(links()).toEqual([]);
  });
});
