/** The command line as a user runs it: a real process, its exit code and its streams. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Exactly as the README says to run it. */
function cli(...args: string[]) {
  return spawnSync("npm", ["run", "--silent", "cli", "--", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("the cli process", () => {
  it("exits quietly when its reader closes the pipe early", () => {
    const result = spawnSync(
      "sh",
      ["-c", "npm run --silent cli -- catalog --json | head -c 10"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe("");
  });

  it("evaluates a scenario file and exits 0", () => {
    const result = cli("evaluate", "examples/article.json", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).options.length).toBe(3);
  });

  it("evaluates a link whose replicas each serve less than one request a month, and exits 0", () => {
    const { links } = JSON.parse(
      readFileSync(
        new URL("../share/fixtures/hostile-links.json", import.meta.url),
        "utf8",
      ),
    ) as { links: { link: string }[] };
    const result = cli("evaluate", links[0]!.link);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No break-even between/);
  });

  it("exits 2 with one line on stderr for bad input", () => {
    const result = cli("estimate", "--gpus", "many");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
