import { readFileSync } from "node:fs";
import { InputError } from "./errors";

/** What a command may touch: injected so tests run commands in-process. */
export interface Io {
  stdout(text: string): void;
  readFile(path: string): string;
}

export const processIo: Io = {
  stdout: (text) =>
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  readFile: (path) => readFileSync(path, "utf8"),
};

/**
 * Deepest a file's arrays and objects may nest. A scenario file nests six levels at most; one
 * nested thousands deep is not a scenario, and whatever walks it recursively would overflow.
 */
const MAX_JSON_DEPTH = 32;

/** How deep a JSON text's arrays and objects nest, counted without recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

/** Reads and parses a JSON file named by `what` (a flag or argument), or says plainly why not. */
export function readJson(io: Io, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new InputError(`${what}: cannot read file "${path}"`);
  }
  let data: unknown;
  try {
    // Editors on Windows may start a UTF-8 file with a byte order mark; the page's import skips it too.
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(`${what}: "${path}" is not valid JSON`);
  }
  if (nestingDepth(text) > MAX_JSON_DEPTH)
    throw new InputError(
      `${what}: "${path}" nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  return data;
}

/** A catalog id, or a path to a JSON file when the value ends in .json. */
export const isJsonPath = (value: string) =>
  value.toLowerCase().endsWith(".json");
