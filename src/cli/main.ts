// Entry point: `npm run --silent cli -- <command>`.

import { codedLines, runCli } from "./cli";
import { removeUnfinishedWrites } from "../xlsx/safe-write";

// A reader that stops early (`| head`) closes the pipe; the run still finishes and writes its
// workbook, it just has nobody left to print to.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// Ctrl-C or a kill while writing: the target was never touched (the bytes were going to a
// temporary file), so only the temporary and lock files go, and the user is told.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    for (const file of removeUnfinishedWrites()) {
      process.stderr.write(`${codedLines("F016", { file })}\n`);
    }
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
