/**
 * Reading and replacing one number deep inside a scenario by its dotted path
 * (`hosting.usdPerGpuHour`), without touching the original: the Monte Carlo and the solvers vary
 * one input at a time on copies.
 */

/** The value at a dotted path, or undefined when the path leads nowhere. */
export function valueAt(target: unknown, path: string): unknown {
  let at: unknown = target;
  for (const part of path.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** A copy of `target` with `value` at the path; only the objects on the way are copied. */
export function withValueAt<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const object = target as Record<string, unknown>;
  return {
    ...object,
    [head!]: rest.length
      ? withValueAt(object[head!], rest.join("."), value)
      : value,
  } as T;
}
