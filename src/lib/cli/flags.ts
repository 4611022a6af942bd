import { formatNumber } from "../format";
import { InputError } from "./errors";

/** A range's end as written, with thousands separators: 10,000,000, or 0.5. */
const limit = (n: number) => formatNumber(n, 3);

interface NumberRule {
  min: number;
  max: number;
  whole?: boolean;
}

/** A numeric flag's value, checked against its range; a plain message names the flag otherwise. */
export function numberFlag(
  flag: string,
  raw: string | undefined,
  rule: NumberRule,
): number {
  if (raw === undefined) throw new InputError(`--${flag} is required`);
  const value = Number(raw);
  const kind = rule.whole ? "a whole number" : "a number";
  if (
    raw.trim() === "" ||
    !Number.isFinite(value) ||
    value < rule.min ||
    value > rule.max ||
    (rule.whole && !Number.isInteger(value))
  ) {
    throw new InputError(
      `--${flag} must be ${kind} from ${limit(rule.min)} to ${limit(rule.max)}, got "${raw}"`,
    );
  }
  return value;
}

export function choiceFlag<T extends string>(
  flag: string,
  raw: string | undefined,
  choices: readonly T[],
  fallback?: T,
): T {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new InputError(`--${flag} is required (${choices.join(", ")})`);
  }
  if (!(choices as readonly string[]).includes(raw)) {
    throw new InputError(
      `--${flag} must be one of ${choices.join(", ")}, got "${raw}"`,
    );
  }
  return raw as T;
}
