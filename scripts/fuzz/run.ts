/**
 * The fuzzer's loop, shared by `npm run fuzz` and its test: links through the link reader, then
 * the calculator's path, the comparison table and its CSV; files through the CLI's `evaluate`,
 * then the same checks on what it read.
 */
import { run } from "../../src/lib/cli/run";
import { evaluateScenario } from "../../src/lib/engine/evaluate-input";
import { resolveScenario } from "../../src/lib/scenario/spec";
import { isWorkspaceFile, readWorkspaceFile } from "../../src/lib/share/file";
import { decodeLink } from "../../src/lib/share/link";
import {
  brokenText,
  checkWorkspace,
  resultProblem,
  Tally,
  timed,
  type Finding,
} from "./check";
import {
  FILE_CATEGORIES,
  hostileLinks,
  LINK_CATEGORIES,
  pickCategory,
  type FileInput,
} from "./inputs";
import { Random } from "./random";

export interface FuzzOptions {
  seed: number;
  links: number;
  files: number;
  /** Called every so often with how many inputs are done. */
  progress?: (done: number) => void;
}

export interface FuzzReport {
  links: Tally;
  files: Tally;
  /** Whether any input managed to add a property to Object.prototype. */
  polluted: boolean;
}

const shown = (text: string) =>
  text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;

/** A link through the page's reader; `counted` when the CLI has already counted it accepted. */
async function checkLink(
  link: string,
  tally: Tally,
  finding: (p: string) => Finding,
  counted = false,
) {
  const decoded = await decodeLink(link);
  if (!decoded.ok) return tally.refuse(decoded.error.code);
  if (!counted) tally.accepted++;
  checkWorkspace(decoded.value.workspace, tally, finding);
}

/** Every string in a parsed input long enough to be someone's words, longest first. */
function wordsIn(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string" && v.length > 1 && /\p{L}/u.test(v)) found.add(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found].sort((a, b) => b.length - a.length);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

/** What the CLI read, checked directly: each scenario timed and its figures checked. */
async function checkRead(
  input: FileInput,
  data: unknown,
  tally: Tally,
  finding: (p: string) => Finding,
) {
  if (input.isLink) return checkLink(input.text, tally, finding, true);
  if (isWorkspaceFile(data)) {
    const read = readWorkspaceFile(data);
    if (read.ok) checkWorkspace(read.value.workspace, tally, finding);
    return;
  }
  const scenario = resolveScenario(data);
  if (!scenario.ok) return;
  const { value: result, ms } = timed(() => evaluateScenario(scenario.value));
  tally.timing(ms, () => finding(`took ${ms.toFixed(1)} ms`));
  const problem = result.ok
    ? resultProblem(result.value, scenario.value.workload)
    : null;
  if (problem) tally.report("bad", finding(problem));
}

async function checkFile(
  input: FileInput,
  json: boolean,
  tally: Tally,
  finding: (p: string) => Finding,
) {
  let stdout = "";
  let stderr = "";
  const code = await run(
    [
      "evaluate",
      input.isLink ? input.text : "scenario.json",
      ...(json ? ["--json"] : []),
    ],
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readFile: () => input.text,
    },
  );
  if (code === 2) {
    // The line's first words, with the values it quotes and the options' numbers left out.
    const reason = stderr
      .trim()
      .replace(/^error: (scenario\.json: |scenario: |link: )?/, "")
      .replace(/^scenario "[^"]*": /, "")
      .replace(/"[^"]*"/g, "…")
      .replace(/\.o?\d+(?=\.|\s)/g, ".#")
      .replace(/(?<=.)\s*[:(].*$/s, "")
      .split(" ")
      .slice(0, 6)
      .join(" ");
    return tally.refuse(reason);
  }
  if (code !== 0)
    return tally.report("throws", finding(`exit ${code}: ${stderr.trim()}`));
  tally.accepted++;
  const data = input.isLink ? undefined : parsed(input.text);
  if (json && parsed(stdout) === undefined)
    tally.report("bad", finding("--json printed text that is not JSON"));
  if (!json) {
    // The user's own words (labels, names) print as written; the rest is the program's.
    const ours = wordsIn(data).reduce(
      (text, words) => text.split(words).join(""),
      stdout,
    );
    const text = brokenText(ours);
    if (text) tally.report("bad", finding(`CLI printed "${text}"`));
  }
  await checkRead(input, data, tally, finding);
}

function isPolluted(): boolean {
  return (
    Object.keys(Object.prototype).length > 0 ||
    "polluted" in {} ||
    Object.keys(Array.prototype).length > 0
  );
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const links = new Tally();
  const files = new Tally();
  let done = 0;
  const tick = () => {
    done++;
    if (done % 1000 === 0) options.progress?.(done);
  };

  const tryLink = async (category: string, link: string) => {
    const finding = (problem: string): Finding => ({
      category,
      problem,
      input: shown(link),
    });
    links.inputs++;
    try {
      await checkLink(link, links, finding);
    } catch (error) {
      links.report("throws", finding(String(error)));
    }
  };
  const tryFile = async (category: string, input: FileInput, json: boolean) => {
    const finding = (problem: string): Finding => ({
      category,
      problem,
      input: shown(input.text),
    });
    files.inputs++;
    try {
      await checkFile(input, json, files, finding);
    } catch (error) {
      files.report("throws", finding(String(error)));
    }
  };

  // The links that once broke things first, to the page's reader and to the CLI.
  for (const link of hostileLinks) {
    await tryLink("known hostile links", link);
    await tryFile("known hostile links", { text: link, isLink: true }, false);
  }
  for (let i = 0; i < options.links; i++, tick()) {
    const category = pickCategory(random, LINK_CATEGORIES);
    await tryLink(category.name, await category.make(random));
  }
  for (let i = 0; i < options.files; i++, tick()) {
    const category = pickCategory(random, FILE_CATEGORIES);
    const input = await category.make(random);
    await tryFile(category.name, input, random.chance(0.3));
  }
  return { links, files, polluted: isPolluted() };
}
