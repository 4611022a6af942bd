/**
 * Feeds hostile share links and scenario files to the link reader and the CLI, and checks that
 * nothing throws, hangs, or shows a number a person could not use. Seeded: the same seed gives
 * the same inputs. Exits 1 when anything was found.
 *
 *   npm run fuzz                                  100,000 links and 100,000 files, seed 1
 *   npm run fuzz -- --links 5000 --files 2000 --seed 7
 */
import { parseArgs } from "node:util";
import { EVALUATION_LIMIT_MS, type Tally } from "./fuzz/check";
import { fuzz } from "./fuzz/run";

const { values } = parseArgs({
  options: {
    links: { type: "string", default: "100000" },
    files: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
  },
});
const count = (text: string) => Number(text.replace(/[,_]/g, ""));
const options = {
  links: count(values.links),
  files: count(values.files),
  seed: count(values.seed),
};

const n = (value: number) => value.toLocaleString("en-US");

function print(title: string, tally: Tally) {
  console.log(`\n${title}`);
  console.log(`  inputs       ${n(tally.inputs)}`);
  console.log(`  accepted     ${n(tally.accepted)}`);
  console.log(
    `  refused      ${n([...tally.refused.values()].reduce((a, b) => a + b, 0))}`,
  );
  for (const [reason, times] of [...tally.refused].sort((a, b) => b[1] - a[1]))
    console.log(`    ${n(times).padStart(8)}  ${reason}`);
  console.log(`  throws       ${n(tally.throws)}`);
  console.log(
    `  evaluations  ${n(tally.evaluations)} scenarios; slowest ${tally.maxMs.toFixed(1)} ms of processor time; over ${EVALUATION_LIMIT_MS} ms: ${n(tally.slow)}`,
  );
  if (tally.slowest)
    console.log(
      `    slowest: [${tally.slowest.category}] ${tally.slowest.problem}\n      ${tally.slowest.input}`,
    );
  console.log(`  bad numbers  ${n(tally.bad)}`);
  for (const f of tally.findings)
    console.log(`    [${f.category}] ${f.problem}\n      ${f.input}`);
}

const start = performance.now();
const report = await fuzz({
  ...options,
  progress: (done) =>
    process.stderr.write(
      `\r${n(done)} of ${n(options.links + options.files)} inputs`,
    ),
});
process.stderr.write("\n");
console.log(
  `Seed ${options.seed}: ${n(options.links)} links, ${n(options.files)} files in ${((performance.now() - start) / 1000).toFixed(0)} s`,
);
print(
  "Links (link reader → calculator → comparison table → CSV)",
  report.links,
);
print(
  "Files (CLI evaluate: scenario files, workspace files, links)",
  report.files,
);
console.log(`\nObject.prototype polluted: ${report.polluted ? "yes" : "no"}`);

const found =
  report.polluted ||
  [report.links, report.files].some((t) => t.throws + t.slow + t.bad > 0);
process.exit(found ? 1 : 0);
