// The command line: tally a workbook, or create a blank template or a sample. A tally writes its
// results into the input's own package (src/xlsx/package), keeping every part it does not need to
// change; template and sample are built with ExcelJS. Runs the same parse, rules and layout as
// the add-in.
// Every failure reaches the user as a coded message in both languages with its next step; the
// system's or a library's own words only with --debug.

import { existsSync } from "node:fs";
import { jsonReport } from "../workbook/report";
import { checkWorkbook, describeProblem, planResults } from "../workbook/run";
import { samplePlan } from "../workbook/sample";
import { templatePlan } from "../workbook/template";
import { FILE_PROBLEMS, FileFailure, codedText, type ActionCatalogue } from "../xlsx/file-problems";
import { readXlsxPackage } from "../xlsx/files";
import { applyPlanToPackage } from "../xlsx/package/apply-package";
import { withWriteLock, writeFileSafely, type WriteAll } from "../xlsx/safe-write";
import { parseCommand, USAGE, UsageError, type Command } from "./args";
import { printBallots } from "./ballots";
import { consolidateFiles } from "./consolidate";
import { newWorkbookBytes } from "./new-workbook";
import { outputPath, requireMatchingExtension, tallyWriteMode } from "./output";
import { resultText } from "./table";
import { USAGE_PROBLEMS } from "./usage-problems";

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** How files are written; a test passes a write that fails like a full disk. */
export interface CliFiles {
  readonly writeAll?: WriteAll;
}

/** 2 is the user's to fix (the words typed, a file); 3 is the program's. */
export const EXIT = { done: 0, blocked: 1, usage: 2, fault: 3 } as const;

const CATALOGUE: ActionCatalogue = { ...FILE_PROBLEMS, ...USAGE_PROBLEMS };

/** A coded problem as the command line prints it: the code, then each language's message and
 * next step on a line of its own. */
export function codedLines(code: string, params: Readonly<Record<string, string>>): string {
  const { vi, en } = codedText(CATALOGUE, code, params);
  return `${code} ${vi}\n${" ".repeat(code.length + 1)}${en}`;
}

async function tallyFile(
  command: Extract<Command, { kind: "tally" }>,
  io: CliOutput,
  files: CliFiles
): Promise<number> {
  const out = await outputPath(command);
  return withWriteLock(out, async () => {
    const mode = await tallyWriteMode(command, out);
    // Read once: the package is what gets written back, part by part.
    const { archive, grids } = await readXlsxPackage(command.file);
    requireMatchingExtension(archive, out);
    const checked = checkWorkbook(grids, { extraNames: command.extraNames });
    // The workbook's own row decides the rule: an option that contradicts it is a usage mistake.
    const contradicted = checked.problems.find((problem) => problem.code === "E016");
    if (contradicted) {
      const indent = " ".repeat(contradicted.code.length + 1);
      io.err(
        `${contradicted.code} ${describeProblem(contradicted, "vi")}\n` +
          `${indent}${describeProblem(contradicted, "en")}`
      );
      return EXIT.usage;
    }
    io.out(
      command.json
        ? JSON.stringify(jsonReport(checked, command.lang), null, 2)
        : resultText(checked, command.lang)
    );
    if (checked.blocked) {
      if (!command.json)
        io.err("Còn lỗi chặn: không ghi gì. / A blocking error stands: nothing written.");
      return EXIT.blocked;
    }
    const written = applyPlanToPackage(command.file, archive, planResults(checked, command.lang));
    await writeFileSafely(out, written, {
      mode,
      existsCode: "F010",
      writeAll: files.writeAll,
    });
    if (!command.json) io.out(`\nĐã ghi / Written: ${out}`);
    return EXIT.done;
  });
}

/** Template and sample make a new file; an existing one is the user's and is never replaced
 * (said before the plan is built, and made sure of by the write itself). */
async function createFile(
  command: Extract<Command, { kind: "template" | "sample" }>,
  io: CliOutput,
  files: CliFiles
): Promise<number> {
  const out = command.out;
  await withWriteLock(out, async () => {
    if (existsSync(out)) throw new FileFailure("F013", { file: out });
    const plan = command.kind === "template" ? templatePlan(command) : samplePlan(command);
    await writeFileSafely(out, await newWorkbookBytes(plan), {
      mode: "create",
      existsCode: "F013",
      writeAll: files.writeAll,
    });
  });
  io.out(`Đã tạo / Created: ${out}`);
  return EXIT.done;
}

/** The details behind a failure, for --debug: the stack and every cause. */
function details(error: unknown): string {
  const lines: string[] = [];
  for (let current = error; current !== undefined; current = (current as Error).cause) {
    lines.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    if (!(current instanceof Error)) break;
  }
  return lines.join("\nCaused by: ");
}

export async function runCli(
  argv: readonly string[],
  io: CliOutput,
  files: CliFiles = {}
): Promise<number> {
  // Known before parsing, so that even a usage mistake can be explained in full.
  const debug = argv.includes("--debug");
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case "help":
        io.out(USAGE);
        return EXIT.done;
      case "tally":
        return await tallyFile(command, io, files);
      case "ballots":
        return await printBallots(command, io, files);
      case "template":
      case "sample":
        return await createFile(command, io, files);
      case "consolidate":
        return await consolidateFiles(command, io, files);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${codedLines(error.code, error.params)}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof FileFailure) {
      io.err(codedLines(error.code, error.params));
      if (debug && error.cause !== undefined) io.err(details(error.cause));
      return EXIT.usage;
    }
    io.err(codedLines("X001", {}));
    if (debug) io.err(details(error));
    return EXIT.fault;
  }
}
