/**
 * Saved data that could not be read, kept aside so that a later version (or the user, by hand)
 * may still read it: each copy under its own dated key, so a second damaged save never replaces
 * the first, and at most a few, the oldest going first.
 */

/** Earlier versions kept one copy under this key; each copy now has it followed by `:<ISO time>`. */
export const UNREADABLE_KEY = "breakeven:workspace:unreadable";
/** Copies kept at most: enough for a few bad days, never a browser's whole storage. */
export const MAX_KEPT_SAVES = 3;

export type KeepStorage = Pick<
  Storage,
  "getItem" | "setItem" | "removeItem" | "key" | "length"
>;

export interface KeptSave {
  key: string;
  text: string;
}

export type KeepOutcome =
  | {
      kept: true;
      /** Older copies removed to make room. */ dropped: KeptSave[];
    }
  | { kept: false };

const isKept = (key: string | null): key is string =>
  key === UNREADABLE_KEY || !!key?.startsWith(`${UNREADABLE_KEY}:`);

/** The copies kept aside, oldest first: the undated copy of an earlier version, then by date. */
export function keptSaves(storage: KeepStorage): KeptSave[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (isKept(key)) keys.push(key);
  }
  return keys.sort().map((key) => ({ key, text: storage.getItem(key) ?? "" }));
}

/** Keeps `text` aside (once: a copy already kept is not kept again), then drops the oldest beyond the limit. */
export function keepAside(
  storage: KeepStorage,
  text: string,
  now = new Date(),
): KeepOutcome {
  const kept = keptSaves(storage);
  if (kept.some((copy) => copy.text === text))
    return { kept: true, dropped: [] };
  const stamp = `${UNREADABLE_KEY}:${now.toISOString()}`;
  let key = stamp;
  for (let n = 2; kept.some((copy) => copy.key === key); n++)
    key = `${stamp}-${n}`;
  try {
    storage.setItem(key, text);
  } catch {
    return { kept: false };
  }
  // Only once the new copy is safe: a full storage costs no older copy.
  const dropped = kept.slice(0, Math.max(0, kept.length + 1 - MAX_KEPT_SAVES));
  for (const copy of dropped) storage.removeItem(copy.key);
  return { kept: true, dropped };
}

/** The day a copy was kept ("1 December 2026"), or null for the undated copy of an earlier version. */
export function keptOn(copy: KeptSave): string | null {
  const iso = copy.key.slice(UNREADABLE_KEY.length + 1).replace(/-\d+$/, "");
  const time = Date.parse(iso);
  return Number.isFinite(time)
    ? new Date(time).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
      })
    : null;
}
