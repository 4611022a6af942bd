import { describe, expect, it } from "vitest";
import { catalogVersion } from "../../../src/lib/catalog";
import { fromPayload, toPayload } from "../../../src/lib/share/payload";

function expand(data: unknown) {
  const expanded = fromPayload(data);
  if (!expanded.ok) throw new Error(expanded.error.message);
  return expanded.value.workspace;
}

describe("payloads made before token accounting followed the baseline (no r)", () => {
  it("open the default scenario with the reference following, and Maverick's old factor typed", () => {
    const [scenario] = expand({ c: catalogVersion, s: [{}] }).scenarios;
    expect(scenario!.workload.referenceModel).toBe("");
    const [muse, maverick] = scenario!.options;
    // Muse Spark was the reference and is the baseline: 1× then and now, nothing typed.
    expect(muse!.verbosity).toBe("");
    // Counted against Muse Spark's 58.37M on v4.0 then; against Muse Spark 1.1's 93.64M now.
    expect(Number(maverick!.verbosity)).toBe(8.15 / 58.37);
  });

  it("keep a reference that was not the baseline's model pinned", () => {
    const [scenario] = expand({
      c: catalogVersion,
      s: [{ w: { referenceModel: "gpt-5.4" } }],
    }).scenarios;
    expect(scenario!.workload.referenceModel).toBe("gpt-5.4");
    const [muse, maverick] = scenario!.options;
    // Muse Spark's list price was scaled with the original Muse Spark's count against GPT-5.4.
    expect(Number(muse!.verbosity)).toBe(58.37 / 120.58);
    expect(maverick!.verbosity).toBe("");
  });

  it("are written back with r: 3 and open again unchanged", () => {
    const old = expand({ c: catalogVersion, s: [{}] });
    const payload = toPayload(old, catalogVersion);
    expect(payload.r).toBe(3);
    expect(toPayload(expand(payload), catalogVersion)).toEqual(payload);
  });

  it("refuses a rules revision it does not know", () => {
    const expanded = fromPayload({ c: catalogVersion, r: 4, s: [{}] });
    expect(expanded.ok).toBe(false);
    if (!expanded.ok) expect(expanded.error.field).toBe("r");
  });
});
