// Entry point: `npm run --silent cli -- <command>`.

import { runCli } from "./cli";

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
