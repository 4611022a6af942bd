import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogVersion } from "../../../src/lib/catalog";
import { deflate } from "../../../src/lib/share/deflate";
import { toBase64Url } from "../../../src/lib/share/base64url";
import {
  decodeLink,
  encodeLink,
  MAX_ENCODED_LENGTH,
  MAX_INFLATED_BYTES,
} from "../../../src/lib/share/link";
import {
  defaultScenario,
  type Workspace,
} from "../../../src/lib/scenario/workspace";
import { withoutKeys, workspaceArb } from "./arbitraries";

async function roundTrip(workspace: Workspace) {
  const link = await encodeLink(workspace);
  const decoded = await decodeLink(link);
  if (!decoded.ok)
    throw new Error(`${decoded.error.code}: ${decoded.error.message}`);
  return { link, decoded: decoded.value };
}

const scenarios = (
  count: number,
  edit: (
    i: number,
  ) => Partial<Workspace["scenarios"][number]["workload"]> = () => ({}),
) =>
  Array.from({ length: count }, (_, i) => {
    const s = defaultScenario(`Scenario ${i + 1}`);
    return { ...s, workload: { ...s.workload, ...edit(i) } };
  });

describe("share links", () => {
  it("round-trips any workspace the page can hold", async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (workspace) => {
        const { link, decoded } = await roundTrip(workspace);
        expect(withoutKeys(decoded.workspace)).toEqual(withoutKeys(workspace));
        expect(decoded.catalogVersion).toBe(catalogVersion);
        expect(link.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
      }),
      { numRuns: 150 },
    );
  });

  it("round-trips any workspace under any catalog version, older or newer than today's", async () => {
    const versions = fc.constantFrom(
      "2026.01.01",
      "2026.07.01",
      "2026.07.24",
      "2026.10.01",
      catalogVersion,
      "2027.03.01",
    );
    await fc.assert(
      fc.asyncProperty(workspaceArb, versions, async (workspace, version) => {
        const decoded = await decodeLink(await encodeLink(workspace, version));
        if (!decoded.ok) throw new Error(decoded.error.message);
        expect(withoutKeys(decoded.value.workspace)).toEqual(
          withoutKeys(workspace),
        );
        expect(decoded.value.catalogVersion).toBe(version);
        expect(decoded.value.newerCatalog).toBe(version > catalogVersion);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps links short: three near-default scenarios stay under 300 characters", async () => {
    const one = await encodeLink({ scenarios: scenarios(1), open: 0 });
    const three = await encodeLink({
      scenarios: scenarios(3, (i) => ({ rate: String(5 * 10 ** i) })),
      open: 0,
    });
    expect(three.length).toBeLessThan(300);
    expect(one.length).toBeLessThan(three.length);
  });

  it("starts with a version prefix and is safe in a URL", async () => {
    const link = await encodeLink({ scenarios: scenarios(2), open: 1 });
    expect(link).toMatch(/^b1\.[A-Za-z0-9_-]+$/);
  });

  it("reads a link pasted as a whole URL or a hash", async () => {
    const link = await encodeLink({
      scenarios: scenarios(2, () => ({ rate: "7" })),
      open: 0,
    });
    for (const pasted of [
      link,
      `#${link}`,
      `https://breakeven.example/#${link}`,
      `  ${link}\n`,
    ]) {
      const decoded = await decodeLink(pasted);
      expect(
        decoded.ok && decoded.value.workspace.scenarios[1]!.workload.rate,
      ).toBe("7");
    }
  });

  it.each([
    ["", "empty"],
    ["#", "empty"],
    ["hello", "not-a-link"],
    ["b1.***", "not-a-link"],
    ["b0.AAAA", "not-a-link"],
    ["b2.AAAA", "newer-version"],
    ["b1.A", "corrupt"],
    ["b1.AAAA", "corrupt"],
    [`b1.${"A".repeat(MAX_ENCODED_LENGTH)}`, "too-long"],
  ])("rejects %j as %s, with a message", async (text, code) => {
    const decoded = await decodeLink(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe(code);
      expect(decoded.error.message.length).toBeGreaterThan(20);
    }
  });

  it("stops inflating at the size cap", async () => {
    const bomb = toBase64Url(
      await deflate(new Uint8Array(MAX_INFLATED_BYTES * 4).fill(32)),
    );
    expect(bomb.length).toBeLessThan(MAX_ENCODED_LENGTH);
    const decoded = await decodeLink(`b1.${bomb}`);
    expect(decoded.ok === false && decoded.error.code).toBe("too-large");
  });

  it("rejects well-formed links that hold values the page cannot use, naming them", async () => {
    const encode = async (payload: unknown) =>
      `b1.${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(payload))))}`;
    const cases: [unknown, RegExp][] = [
      [{ c: catalogVersion, s: [] }, /s must hold a scenario/],
      [
        { c: catalogVersion, s: [{ o: [{ t: "a", i: "no-such-api" }] }] },
        /s\.0\.o\.0\.i names an API that is not in the catalog/,
      ],
      [
        { c: catalogVersion, s: [{ w: { rat: "5" } }] },
        /s\.0\.w\.rat is not a known field/,
      ],
      [{ c: catalogVersion, s: [{ b: 5 }] }, /s\.0\.b names an option/],
      [{ c: catalogVersion, a: 3, s: [{}] }, /a names a scenario/],
      [
        { c: "2026.02.30", s: [{}] },
        /c is not a catalog version: it should be a date such as 2026\.11\.29/,
      ],
      [[1, 2, 3], /must be an object/],
    ];
    for (const [payload, message] of cases) {
      const decoded = await decodeLink(await encode(payload));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) {
        expect(decoded.error.code).toBe("invalid");
        expect(decoded.error.message).toMatch(message);
      }
    }
  });

  it("never throws on 10,000 random and mutated strings, and reads none of them", async () => {
    const valid = await encodeLink({
      scenarios: scenarios(3, (i) => ({ rate: String(i + 2) })),
      open: 0,
    });
    const mutate = fc
      .tuple(
        fc.nat({ max: valid.length - 1 }),
        fc.constantFrom(..."AZaz09-_.!~+/= é#"),
        fc.constantFrom("replace", "insert", "delete", "truncate"),
      )
      .map(([at, char, how]) =>
        how === "replace"
          ? valid.slice(0, at) + char + valid.slice(at + 1)
          : how === "insert"
            ? valid.slice(0, at) + char + valid.slice(at)
            : how === "delete"
              ? valid.slice(0, at) + valid.slice(at + 1)
              : valid.slice(0, at),
      );
    const junk = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 100 }),
      fc.string({ maxLength: 200 }).map((s) => `b1.${s}`),
      fc
        .base64String({ maxLength: 400 })
        .map((s) => `b1.${s.replace(/=+$/, "")}`),
      mutate,
    );
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(junk, async (text) => {
        const decoded = await decodeLink(text);
        if (!decoded.ok) rejected++;
        // A mutation that leaves the link readable must still give a workspace the page can hold.
        if (decoded.ok)
          expect(decoded.value.workspace.scenarios.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
    expect(rejected).toBeGreaterThan(9_000);
  });
});
