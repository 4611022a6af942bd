/**
 * The command line's dispatcher. Every failure a user can cause ends here as one plain line and
 * exit code 2; nothing prints a stack trace.
 */
import { runCatalog } from "./catalog";
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, InputError } from "./errors";
import { runEstimate } from "./estimate";
import { runEvaluate } from "./evaluate";
import { runSolve } from "./solve";
import type { Io } from "./io";

const USAGE = `Breakeven: self-host an open-weight LLM or pay an API?

Usage: npm run --silent cli -- <command> [options]

Commands:
  estimate --model <id|model.json> --gpu <id|gpu.json> --gpus N --weights <bf16|fp8|fp4|int8|int4>
           [--kv <bf16|fp8>] --input TOKENS --output TOKENS [--concurrency N] [--json]
      One replica's serving estimate. Without --concurrency: as many requests as the KV cache holds.
  evaluate <scenario.json | workspace.json | share link> [--uncertainty [--draws N] [--seed S]] [--json]
      Monthly cost of each option, savings against the baseline, break-even volumes; for a
      workspace (exported from the page, or a link), each of its scenarios. --uncertainty adds
      a seeded Monte Carlo over the scenario's ranges: P10/P50/P90 of each cost and the saving,
      each option's chance of being cheapest, the break-even band and a tornado.
  solve <scenario.json> --for volume|apiPriceScale|gpuHourly|utilisation|verbosity|engineers
        [--option ID] [--json]
      The value of one input at which the option (by default the cheapest besides the
      baseline) and the baseline cost the same.
  catalog [--json]
      Prices, models, GPUs and assumptions, with sources and dates.
  help
      This text.
`;

const COMMANDS: Record<
  string,
  (args: string[], io: Io) => void | Promise<void>
> = {
  estimate: runEstimate,
  evaluate: runEvaluate,
  solve: runSolve,
  catalog: runCatalog,
};

export interface ErrorSink {
  stderr(text: string): void;
}

export async function run(argv: string[], io: Io & ErrorSink): Promise<number> {
  const [command, ...args] = argv;
  if (command === "help" || command === "--help" || command === "-h") {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (!command) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(
      `error: unknown command "${command}" (estimate, evaluate, solve, catalog, help)\n`,
    );
    return EXIT_BAD_INPUT;
  }
  try {
    await handler(args, io);
    return EXIT_OK;
  } catch (error) {
    const [message, code] = describeFailure(error);
    // One line, whatever the message: scripts read stderr line by line.
    io.stderr(`error: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return code;
  }
}

/** The user's mistakes (ours and parseArgs's) exit 2 as they are; anything else is our fault. */
function describeFailure(error: unknown): [string, number] {
  if (error instanceof InputError) return [error.message, EXIT_BAD_INPUT];
  if (
    error instanceof Error &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    return [error.message, EXIT_BAD_INPUT];
  }
  const detail = error instanceof Error ? error.message : String(error);
  return [`internal failure, please report it: ${detail}`, EXIT_INTERNAL];
}
