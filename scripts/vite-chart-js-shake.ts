/**
 * Lets the build drop the Chart.js classes the charts do not register. A class whose static fields
 * read a property (`static defaults = { ticks: { callback: Ticks.formatters.numeric } }`,
 * `static defaults = TimeScale.defaults`) is kept by the bundler even when nothing uses it, since
 * a property read could run a getter; that keeps the radial and time scales, and the date adapter
 * the time scale needs, in the charts' chunk. Chart.js's static fields read plain data (its own
 * classes' defaults and tick formatters), so in Chart.js's module this plugin wraps each such class
 * in a function call marked pure, which the bundler may drop when its result is unused.
 * Not done for the whole build with the bundler's `propertyReadSideEffects: false`: Svelte tracks
 * what an effect depends on by bare property reads, which that option would delete.
 */
import type { Plugin } from "vite";
import { isNode, type Node } from "./estree-node.ts";

/** Chart.js's ES module, where its controllers, elements and scales are declared. */
const CHART_JS = /\/node_modules\/chart\.js\/dist\/chart\.js$/;

/** Code that runs later, when called, not while the class is declared. */
const DEFERRED = new Set([
  "FunctionExpression",
  "ArrowFunctionExpression",
  "FunctionDeclaration",
  "MethodDefinition",
]);
/** Expressions that could change something besides reading a property (`delete` as its operator). */
const EFFECTS = new Set([
  "CallExpression",
  "NewExpression",
  "TaggedTemplateExpression",
  "AssignmentExpression",
  "UpdateExpression",
  "AwaitExpression",
  "YieldExpression",
  "ImportExpression",
  "delete",
]);

/** The node types evaluated in a subtree, leaving out function bodies. */
function evaluated(node: Node, found = new Set<string>()): Set<string> {
  if (DEFERRED.has(node.type)) return found;
  found.add(
    node.type === "UnaryExpression" && node.operator === "delete"
      ? "delete"
      : node.type,
  );
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) evaluated(child, found);
    }
  }
  return found;
}

/**
 * Whether declaring the class reads a property and does nothing else that could be seen: what runs
 * then is its `extends` clause, computed keys, static field values and static blocks.
 */
function readsOnly(declaration: Node): boolean {
  const body = (declaration.body as { body: Node[] }).body;
  const superClass = declaration.superClass as Node | null;
  if (superClass && superClass.type !== "Identifier") return false;
  const found = new Set<string>();
  for (const member of body) {
    if (member.computed) evaluated(member.key as Node, found);
    if (member.type === "StaticBlock") evaluated(member, found);
    else if (member.static && isNode(member.value))
      evaluated(member.value, found);
  }
  return (
    found.has("MemberExpression") &&
    ![...EFFECTS].some((type) => found.has(type))
  );
}

/**
 * Rewrites each top-level `class X …` whose declaration only reads properties as
 * `const X = /* @__PURE__ *\/ (() => class X …)();`, on the same lines. Throws when there is none,
 * so a Chart.js that declares its classes otherwise fails the build instead of growing the chunk.
 */
export function markPureClasses(code: string, program: Node): string {
  const classes = (program.body as Node[])
    .map((statement) =>
      statement.type === "ExportNamedDeclaration" &&
      isNode(statement.declaration)
        ? statement.declaration
        : statement,
    )
    .filter(
      (statement) =>
        statement.type === "ClassDeclaration" && readsOnly(statement),
    );
  if (classes.length === 0)
    throw new Error(
      "No Chart.js class with static fields that read properties was found to mark pure; " +
        "check scripts/vite-chart-js-shake.ts against the installed Chart.js",
    );
  let out = code;
  for (const declaration of classes.sort((a, b) => b.start - a.start)) {
    const name = (declaration.id as { name: string }).name;
    out =
      out.slice(0, declaration.start) +
      `const ${name} = /* @__PURE__ */ (() => ` +
      out.slice(declaration.start, declaration.end) +
      ")();" +
      out.slice(declaration.end);
  }
  return out;
}

export function chartJsShake(): Plugin {
  return {
    name: "breakeven:chart-js-shake",
    apply: "build",
    transform: {
      filter: { id: CHART_JS },
      handler(code) {
        return {
          code: markPureClasses(code, this.parse(code) as unknown as Node),
          map: null,
        };
      },
    },
  };
}
