/**
 * The engine never throws at its edge: every public entry point returns either a value or a typed
 * error that names the offending input field, so a view can show the message beside that field.
 */
export interface EngineError {
  /** Dotted path of the input at fault, e.g. `workload.inputTokens` or `options.1.gpus`. */
  field: string;
  message: string;
}

export type Result<T> =
  { ok: true; value: T } | { ok: false; error: EngineError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (field: string, message: string): Result<never> => ({
  ok: false,
  error: { field, message },
});
