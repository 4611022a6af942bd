/**
 * The project's own modules, read with TypeScript's parser: what each file imports (and which
 * names) and what it exports. A .svelte file counts by the code in its <script> blocks.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";

export const ROOT = join(import.meta.dirname, "../..");

/** A specifier and the names taken from it; "*" when the importer may use any of them. */
export interface Import {
  specifier: string;
  names: string[] | "*";
  /** `export * from`: the importer passes on every name it does not declare itself. */
  reexportsAll?: boolean;
}

export interface Module {
  /** From the repository's root, with forward slashes: "src/lib/engine/evaluate.ts". */
  file: string;
  imports: Import[];
  /** Values (functions, constants, classes); `types` holds the names of types and interfaces. */
  exports: string[];
  types: string[];
}

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The code TypeScript should read: a .svelte file's scripts, any other file whole. */
function code(file: string, text: string): string {
  if (!file.endsWith(".svelte")) return text;
  return [...text.matchAll(SCRIPT)].map((match) => match[1]).join("\n");
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

const TYPE_ONLY = [
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
];

/** The names a statement exports, and whether they name types only. */
function declaredExports(statement: ts.Statement): {
  names: string[];
  types: boolean;
} {
  if (ts.isExportAssignment(statement))
    return { names: ["default"], types: false };
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    const names =
      clause && ts.isNamedExports(clause)
        ? clause.elements.map((e) => e.name.text)
        : clause
          ? [clause.name.text]
          : [];
    return { names, types: statement.isTypeOnly };
  }
  if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword))
    return { names: [], types: false };
  const types = TYPE_ONLY.includes(statement.kind);
  if (ts.isVariableStatement(statement))
    return {
      names: statement.declarationList.declarations.flatMap((d) =>
        bindingNames(d.name),
      ),
      types,
    };
  if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword))
    return { names: ["default"], types };
  const name = (statement as { name?: ts.Node }).name;
  return { names: name && ts.isIdentifier(name) ? [name.text] : [], types };
}

function importOf(statement: ts.Statement): Import | undefined {
  if (ts.isImportDeclaration(statement)) {
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.importClause;
    const names: string[] = clause?.name ? ["default"] : [];
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings))
      return { specifier, names: "*" };
    if (bindings)
      for (const e of bindings.elements)
        names.push((e.propertyName ?? e.name).text);
    return { specifier, names };
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.exportClause;
    if (!clause) return { specifier, names: [], reexportsAll: true };
    if (ts.isNamespaceExport(clause)) return { specifier, names: "*" };
    return {
      specifier,
      names: clause.elements.map((e) => (e.propertyName ?? e.name).text),
    };
  }
  return undefined;
}

/** `import("…")` in code or in a type: the importer may use anything the module exports. */
function dynamicImports(source: ts.SourceFile): Import[] {
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push({ specifier: node.arguments[0].text, names: "*" });
    if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      found.push({ specifier: node.argument.literal.text, names: "*" });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function parseModule(file: string, text: string): Module {
  const source = ts.createSourceFile(
    file,
    code(file, text),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const imports: Import[] = [];
  const exports: string[] = [];
  const types: string[] = [];
  for (const statement of source.statements) {
    const found = importOf(statement);
    if (found) imports.push(found);
    const declared = declaredExports(statement);
    (declared.types ? types : exports).push(...declared.names);
  }
  imports.push(...dynamicImports(source));
  return { file, imports, exports, types };
}

const CODE = /\.(ts|mts|js|svelte)$/;

/** Every code file under `dir` (relative to the root), parsed. */
export function modulesUnder(dir: string): Module[] {
  const walk = (at: string): string[] =>
    readdirSync(join(ROOT, at), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(at, entry.name);
      if (entry.isDirectory()) return walk(path);
      return CODE.test(entry.name) && !entry.name.endsWith(".d.ts")
        ? [path]
        : [];
    });
  return walk(dir).map((file) =>
    parseModule(file, readFileSync(join(ROOT, file), "utf8")),
  );
}

/**
 * The file a relative or `$lib` specifier names, from the root, as a bundler would find it
 * (extension left off, or a folder's index); undefined for a package or a file not found.
 */
export function resolveImport(
  from: string,
  specifier: string,
  exists: (file: string) => boolean = (file) => existsSync(join(ROOT, file)),
): string | undefined {
  let base: string;
  if (specifier.startsWith("$lib/"))
    base = posix.join("src/lib", specifier.slice(5));
  else if (specifier.startsWith("."))
    base = posix.join(posix.dirname(from), specifier);
  else return undefined;
  return [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`].find(
    (candidate) => CODE.test(candidate) && exists(candidate),
  );
}
