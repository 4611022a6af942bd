import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM_MISSING, findChromium } from "../../scripts/chromium";

describe("findChromium", () => {
  it("says how to get Chromium when there is none at the path", () => {
    expect(() => findChromium("/nonexistent/chromium")).toThrow(
      `${CHROMIUM_MISSING} No executable at /nonexistent/chromium.`,
    );
  });

  it("names apt-get and CHROMIUM_PATH", () => {
    expect(CHROMIUM_MISSING).toMatch(/apt-get install chromium/);
    expect(CHROMIUM_MISSING).toMatch(/CHROMIUM_PATH/);
  });

  it("refuses a folder or a file that cannot run, and takes one that can", () => {
    const dir = mkdtempSync(join(tmpdir(), "chromium-"));
    const file = join(dir, "chromium");
    writeFileSync(file, "", { mode: 0o644 });
    expect(() => findChromium(dir)).toThrow(CHROMIUM_MISSING);
    expect(() => findChromium(file)).toThrow(CHROMIUM_MISSING);
    const runnable = join(dir, "chrome");
    writeFileSync(runnable, "", { mode: 0o755 });
    expect(findChromium(runnable)).toBe(runnable);
  });
});
