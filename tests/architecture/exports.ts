/**
 * Exports that nothing imports: a value (function, constant, class) a module exports that no file
 * of the project (the app, its tests, its scripts) takes from it. Either the code is dead or the
 * name need not be exported. Types are left out: a type that names what an exported function
 * takes or returns documents its signature, even when no caller spells it out.
 */
import { resolveImport, type Module } from "./modules";

type Used = Set<string> | "*";

export function unusedExports(
  modules: Module[],
  checked: (file: string) => boolean,
  resolve: (
    from: string,
    specifier: string,
  ) => string | undefined = resolveImport,
): string[] {
  const used = new Map<string, Used>();
  const use = (file: string, names: Iterable<string> | "*"): boolean => {
    const before = used.get(file) ?? new Set<string>();
    if (before === "*") return false;
    if (names === "*") {
      used.set(file, "*");
      return true;
    }
    const grown = new Set([...before, ...names]);
    used.set(file, grown);
    return grown.size > before.size;
  };

  const passOn: [from: string, to: string][] = [];
  for (const { file, imports } of modules)
    for (const { specifier, names, reexportsAll } of imports) {
      const target = resolve(file, specifier);
      if (!target) continue;
      if (reexportsAll) passOn.push([file, target]);
      else use(target, names);
    }

  // `export * from`: what is taken from the module that re-exports, and not declared there, is
  // taken from the module it re-exports.
  const declared = new Map(
    modules.map((m) => [m.file, [...m.exports, ...m.types]]),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const [from, to] of passOn) {
      const names = used.get(from);
      if (!names) continue;
      const own = declared.get(from) ?? [];
      const passed =
        names === "*" ? "*" : [...names].filter((n) => !own.includes(n));
      if (use(to, passed)) grew = true;
    }
  }

  return modules
    .filter((m) => checked(m.file))
    .flatMap(({ file, exports }) => {
      const names = used.get(file) ?? new Set<string>();
      if (names === "*") return [];
      return exports
        .filter((name) => !names.has(name))
        .map((name) => `${file}: ${name}`);
    });
}
