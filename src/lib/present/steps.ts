/**
 * The worked example's tables: each row one step, its arithmetic as a `Worked` value, the result
 * as the page shows it, and, where the engine exposes the same figure, the engine's own number, so
 * a test can hold every printed calculation to the engine.
 */
import { formatNumber, formatUsd } from "../format";
import type { Worked } from "./worked";

/** How many of the page's units make one of the engine's: bytes to GB, seconds to ms, and so on. */
export const GB = 1e9;
export const MB = 1e6;
export const TERA = 1e12;
export const MS = 1e3;
export const US = 1e6;
export const NS = 1e9;

export interface StepRow {
  readonly label: string;
  /** The step's symbol in the page's formula notation (present/symbols.ts), printed after the label. */
  readonly symbol?: string;
  readonly worked: Worked;
  readonly shown: string;
  /** The engine's figure for this step, in the unit of `worked.value`. */
  readonly engine?: number;
}

/** A group of steps: a table on the page, or figures its prose quotes. */
export interface StepSection {
  /** Names the group; the page section it sits in has its own id. */
  readonly id: string;
  readonly title: string;
  /** A symbol printed after the title, in the same notation. */
  readonly symbol?: string;
  readonly rows: readonly StepRow[];
}

export const step = (
  label: string,
  worked: Worked,
  shown: string,
  more: { symbol?: string; engine?: number } = {},
): StepRow => ({ label, worked, shown, ...more });

/** A result as the page prints it: "552 GB". */
export const figure = (value: number, digits: number, unit = "") =>
  `${formatNumber(value, digits)}${unit}`;

/** A step whose result is money, printed as the page prints dollars. */
export const usdStep = (
  label: string,
  worked: Worked,
  more: { symbol?: string; engine?: number } = {},
): StepRow => step(label, worked, formatUsd(worked.value), more);

/** A step whose result is a plain figure: "552 GB". */
export const figureStep = (
  label: string,
  worked: Worked,
  digits: number,
  unit = "",
  more: { symbol?: string; engine?: number } = {},
): StepRow => step(label, worked, figure(worked.value, digits, unit), more);
