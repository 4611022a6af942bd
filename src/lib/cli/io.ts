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

/** Reads and parses a JSON file named by `what` (a flag or argument), or says plainly why not. */
export function readJson(io: Io, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new InputError(`${what}: cannot read file "${path}"`);
  }
  try {
    // Editors on Windows may start a UTF-8 file with a byte order mark; the page's import skips it too.
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(`${what}: "${path}" is not valid JSON`);
  }
}

/** A catalog id, or a path to a JSON file when the value ends in .json. */
export const isJsonPath = (value: string) =>
  value.toLowerCase().endsWith(".json");
