import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogVersion } from "../../../src/lib/catalog";
import { deflate } from "../../../src/lib/share/deflate";
import { toBase64Url } from "../../../src/lib/share/base64url";
import {
  decodeLink,
  encodeLink,
  looksLikeLink,
  MAX_ENCODED_LENGTH,
  MAX_INFLATED_BYTES,
  shareableLink,
} from "../../../src/lib/share/link";
import {
  defaultScenario,
  type Workspace,
} from "../../../src/lib/scenario/workspace";
import { withoutKeys, workspaceArb } from "./arbitraries";
import { ownedWorkspace, typedWorkspace } from "./big-workspaces";

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
    expect(link).toMatch(/^b2\.[A-Za-z0-9_-]+$/);
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
    ["b3.AAAA", "newer-version"],
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
      [
        { c: catalogVersion, s: [] },
        /: Scenarios must hold at least one scenario\.$/,
      ],
      [
        { c: catalogVersion, s: [{ o: [{ t: "a", i: "no-such-api" }] }] },
        /: Scenario 1 → Option 1 → Model and provider names an API that is not in the catalog/,
      ],
      [
        { c: catalogVersion, s: [{ w: { rat: "5" } }] },
        /: Scenario 1 → Workload → “rat” is not a known field\.$/,
      ],
      [
        { c: catalogVersion, s: [{ b: 5 }] },
        /: Scenario 1 → Baseline names an option/,
      ],
      [
        { c: catalogVersion, a: 3, s: [{}] },
        /: Open scenario names a scenario/,
      ],
      [
        { c: "2026.02.30", s: [{}] },
        /: Catalog version must be a date such as 2026\.11\.29\.$/,
      ],
    ];
    for (const [payload, message] of cases) {
      const decoded = await decodeLink(await encode(payload));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) {
        expect(decoded.error.code).toBe("invalid");
        expect(decoded.error.message).toMatch(
          /^This link holds a value Breakeven cannot use: /,
        );
        expect(decoded.error.message).toMatch(message);
      }
    }
    for (const [payload, message] of [
      [42, "This link is not a Breakeven link: it holds no workspace."],
      [
        { s: [{}] },
        "This link is not a Breakeven link: it has no catalog version.",
      ],
      [
        { c: catalogVersion },
        "This link is not a Breakeven link: it has no scenarios.",
      ],
    ] as const) {
      const decoded = await decodeLink(await encode(payload));
      expect(decoded.ok === false && decoded.error).toEqual({
        code: "not-a-link",
        message,
      });
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

describe("looksLikeLink", () => {
  it("takes only text with the b<version>. prefix for a link", () => {
    for (const text of ["b1.AAAA", "#b1.", "https://x.test/#b2.zz", " b1.x "])
      expect(looksLikeLink(text), text).toBe(true);
    for (const text of ["", "main", "#main", "#answer", "b1", "bb1.A", "#top"])
      expect(looksLikeLink(text), text).toBe(false);
  });
});

describe("shareableLink: never a link its reader would refuse", () => {
  it("gives the link when the reader opens it: twelve scenarios of eight options with typed costs", async () => {
    const workspace = typedWorkspace(12, 8);
    const shared = await shareableLink(workspace);
    if (!shared.ok) throw new Error(shared.error.message);
    const decoded = await decodeLink(shared.link);
    expect(decoded.ok && withoutKeys(decoded.value.workspace)).toEqual(
      withoutKeys(workspace),
    );
  });

  it("refuses twelve scenarios of twenty options with typed costs: too long for a link", async () => {
    const workspace = typedWorkspace();
    const link = await encodeLink(workspace);
    expect(link.length).toBeGreaterThan(MAX_ENCODED_LENGTH);
    expect((await decodeLink(link)).ok).toBe(false);
    const shared = await shareableLink(workspace);
    expect(shared.ok).toBe(false);
    if (!shared.ok) {
      expect(shared.error.code).toBe("too-long");
      expect(shared.error.message).toBe(
        `A link to this workspace would be ${link.length.toLocaleString("en-US")} characters, more than the 8,192 a link can be.`,
      );
    }
  });

  it("refuses a short link that unpacks past the reader's cap", async () => {
    const workspace = ownedWorkspace();
    const link = await encodeLink(workspace);
    expect(link.length).toBeLessThan(MAX_ENCODED_LENGTH);
    const shared = await shareableLink(workspace);
    expect(shared.ok === false && shared.error).toEqual({
      code: "too-large",
      message: `A link to this workspace would unpack to more than the ${MAX_INFLATED_BYTES / 1024} KB a link can hold.`,
    });
  });

  it("refuses a workspace the reader would not accept, saying why", async () => {
    const workspace = typedWorkspace(1, 21);
    const shared = await shareableLink(workspace);
    expect(shared.ok === false && shared.error.code).toBe("invalid");
    expect(shared.ok === false && shared.error.message).toMatch(
      /^This workspace cannot go in a link: .*at most 20 options/,
    );
  });
});
