/**
 * The share link: a workspace in the URL hash as `b<version>.<base64url(deflate(JSON))>`. Decoding
 * reads untrusted text: it caps the encoded length and the inflated size, parses, migrates older
 * versions, validates, and returns a typed error — it never throws. A link opens with the prices
 * of the catalog it names, not today's (see payload.ts and reprice.ts).
 */
import { catalogVersion as currentCatalog } from "../catalog";
import { formatNumber } from "../format";
import { fromBase64Url, toBase64Url } from "./base64url";
import { deflate, inflate } from "./deflate";
import { fieldName } from "./field-names";
import {
  fromPayload,
  fromVersion1,
  PAYLOAD_VERSION,
  toPayload,
  type ExpandedPayload,
} from "./payload";
import type { Workspace } from "../scenario/workspace";

/** Longest link text read, characters. */
export const MAX_ENCODED_LENGTH = 8 * 1024;
/** Largest inflated payload read, bytes. */
export const MAX_INFLATED_BYTES = 64 * 1024;

export type LinkErrorCode =
  | "empty"
  | "too-long"
  | "not-a-link"
  | "newer-version"
  | "corrupt"
  | "too-large"
  | "invalid";

export interface LinkError {
  code: LinkErrorCode;
  /** A sentence for the person who opened the link. */
  message: string;
}

export interface DecodedLink extends ExpandedPayload {
  /** The link's format. */
  version: number;
}

export type LinkResult =
  { ok: true; value: DecodedLink } | { ok: false; error: LinkError };

const PREFIX = /^b(\d{1,4})\.([A-Za-z0-9_-]*)$/;

/**
 * Upgrades a payload of an older schema version to the next one. Version 1 is the first; each later
 * version adds its step here, so links made with any earlier version keep opening.
 */
const MIGRATIONS: Record<number, (payload: unknown) => unknown> = {
  1: fromVersion1,
};

const failure = (code: LinkErrorCode, message: string): LinkResult => ({
  ok: false,
  error: { code, message },
});

export const newerVersion = (version: number, what: "link" | "file") =>
  failure(
    "newer-version",
    `This ${what} was made by a newer version of Breakeven (format ${version}); this one reads up to ${PAYLOAD_VERSION}.`,
  );

export async function encodeLink(
  workspace: Workspace,
  catalog = currentCatalog,
): Promise<string> {
  const json = JSON.stringify(toPayload(workspace, catalog));
  return `b${PAYLOAD_VERSION}.${toBase64Url(await deflate(new TextEncoder().encode(json)))}`;
}

export type ShareableLink =
  { ok: true; link: string } | { ok: false; error: LinkError };

/**
 * The link to a workspace, checked by the reader that will open it: a workspace too big for a link,
 * or holding what a link cannot carry, is refused here rather than handed out broken.
 */
export async function shareableLink(
  workspace: Workspace,
  catalog = currentCatalog,
): Promise<ShareableLink> {
  const link = await encodeLink(workspace, catalog);
  const read = await decodeLink(link);
  if (read.ok) return { ok: true, link };
  const refused = (message: string): ShareableLink => ({
    ok: false,
    error: { code: read.error.code, message },
  });
  switch (read.error.code) {
    case "too-long":
      return refused(
        `A link to this workspace would be ${link.length.toLocaleString("en-US")} characters, more than the ${MAX_ENCODED_LENGTH.toLocaleString("en-US")} a link can be.`,
      );
    case "too-large":
      return refused(
        `A link to this workspace would unpack to more than the ${MAX_INFLATED_BYTES / 1024} KB a link can hold.`,
      );
    default:
      return refused(
        `This workspace cannot go in a link: ${read.error.message.replace(/^This link /, "it ")}`,
      );
  }
}

/** The link part of whatever was pasted: a whole URL, a hash, or the bare link. */
function linkText(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.indexOf("#");
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

/**
 * Whether the text is meant as a Breakeven link: it starts with the `b<version>.` prefix. Any other
 * hash (a skip link's `#main`, an anchor) is the page's own and is no link, broken or not.
 */
export const looksLikeLink = (input: string) => /^b\d+\./.test(linkText(input));

export async function decodeLink(input: string): Promise<LinkResult> {
  try {
    return await decode(input);
  } catch {
    // Every step below reports its own failure; this only guards against the unforeseen.
    return failure("corrupt", "This link could not be read.");
  }
}

async function decode(input: string): Promise<LinkResult> {
  const text = linkText(input);
  if (text === "")
    return failure("empty", "There is no scenario in this link.");
  if (text.length > MAX_ENCODED_LENGTH) {
    return failure(
      "too-long",
      `This link is longer than the ${formatNumber(MAX_ENCODED_LENGTH)} characters a Breakeven link can be.`,
    );
  }
  const match = PREFIX.exec(text);
  if (!match)
    return failure(
      "not-a-link",
      `This is not a Breakeven link: it should start with b${PAYLOAD_VERSION}. after the #.`,
    );
  const version = Number(match[1]);
  if (version > PAYLOAD_VERSION) return newerVersion(version, "link");
  if (version < 1)
    return failure(
      "not-a-link",
      `This link names format ${version}, which never existed.`,
    );
  const bytes = fromBase64Url(match[2]!);
  if (!bytes)
    return failure(
      "corrupt",
      "This link is damaged: it has characters a link cannot hold.",
    );
  const inflated = await inflate(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === "too-large"
      ? failure(
          "too-large",
          "This link unpacks to more data than a workspace can hold.",
        )
      : failure(
          "corrupt",
          "This link is damaged: it could not be unpacked (was it cut short?).",
        );
  }
  let data: unknown;
  try {
    data = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(inflated.bytes),
    );
  } catch {
    return failure(
      "corrupt",
      "This link is damaged: its contents are not readable.",
    );
  }
  return readPayload(data, version, "link");
}

/** What a payload lacks to be a workspace at all, or null when it is one with a bad value. */
function notAWorkspace(field: string, message: string): string | null {
  if (field === "(input)") return "it holds no workspace";
  if (message !== "is missing") return null;
  if (field === "c") return "it has no catalog version";
  if (field === "s") return "it has no scenarios";
  return null;
}

/**
 * A parsed payload of format `version`, from a link or an exported file: migrated to today's
 * format, validated and expanded.
 */
export function readPayload(
  data: unknown,
  version: number,
  what: "link" | "file",
): LinkResult {
  let current = data;
  for (let from = version; from < PAYLOAD_VERSION; from++)
    current = MIGRATIONS[from]!(current);
  const expanded = fromPayload(current);
  if (!expanded.ok) {
    const { field, message } = expanded.error;
    const missing = notAWorkspace(field, message);
    return missing
      ? failure(
          "not-a-link",
          `This ${what} is not a Breakeven ${what === "link" ? "link" : "workspace"}: ${missing}.`,
        )
      : failure(
          "invalid",
          `This ${what} holds a value Breakeven cannot use: ${fieldName(field, current)} ${message}.`,
        );
  }
  return { ok: true, value: { ...expanded.value, version } };
}
