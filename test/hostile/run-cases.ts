// Run by test/hostile/corpus.test.ts as a child process under a time limit: runs `tally` on each
// case of a JSON list in this one process (the command line's start-up, seconds under tsx, is
// paid once), announcing each case before it starts so that a hang names its case, and printing
// what it gave.

import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/cli";

interface CaseRun {
  readonly name: string;
  readonly args: readonly string[];
}

const cases = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as CaseRun[];
for (const { name, args } of cases) {
  process.stdout.write(`${JSON.stringify({ started: name })}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  const status = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  const ms = Math.round(performance.now() - started);
  const result = { name, status, ms, out: out.join("\n"), err: err.join("\n") };
  process.stdout.write(`${JSON.stringify({ finished: result })}\n`);
}
