// Entry point: `npm run --silent cli -- <command>`.

import { runCli } from "./cli";

// A reader that stops early (`| head`) closes the pipe; the run still finishes and writes its
// workbook, it just has nobody left to print to.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
