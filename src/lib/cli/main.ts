/** Entry point: `npm run --silent cli -- <command>`. */
import { run } from "./run";
import { processIo } from "./io";

process.exitCode = run(process.argv.slice(2), {
  ...processIo,
  stderr: (text) => process.stderr.write(text),
});
