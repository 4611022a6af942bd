/** Entry point: `npm run --silent cli -- <command>`. */
import { processIo } from "./io";
import { run } from "./run";

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  ...processIo,
  stderr: (text) => process.stderr.write(text),
});
