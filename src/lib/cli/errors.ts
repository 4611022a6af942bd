/** A problem with what the user typed or pointed at: printed as one line, exit code 2. */
export class InputError extends Error {}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
/** A fault in Breakeven itself, not in what the user gave it. */
export const EXIT_INTERNAL = 1;
