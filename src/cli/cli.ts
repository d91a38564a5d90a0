// The command line: tally a workbook, or create a blank template or a sample. Reads and writes
// .xlsx files through the ExcelJS shell and runs the same parse, rules and layout as the add-in.

import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import ExcelJS from "exceljs";
import type { WritePlan } from "../workbook/plan";
import { jsonReport } from "../workbook/report";
import { checkWorkbook, describeProblem, planResults } from "../workbook/run";
import { samplePlan } from "../workbook/sample";
import { templatePlan } from "../workbook/template";
import { loadWorkbook, workbookGrids } from "../xlsx/read";
import { applyPlan, writeWorkbookFile } from "../xlsx/write";
import { parseCommand, USAGE, UsageError, type Command } from "./args";
import { resultText } from "./table";

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { done: 0, blocked: 1, usage: 2 } as const;

/** A file could not be read or written: exit status 2, like a usage error. */
class FileError extends Error {}

/** `hoi-nghi.xlsx` → `hoi-nghi-ket-qua.xlsx`, beside the input. */
export function defaultOutput(file: string): string {
  const extension = extname(file);
  return join(dirname(file), `${basename(file, extension)}-ket-qua${extension || ".xlsx"}`);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(file)) throw new FileError(`Không tìm thấy tệp / File not found: ${file}`);
  try {
    return await loadWorkbook(file);
  } catch (error) {
    throw new FileError(
      `Không đọc được tệp .xlsx / Cannot read the .xlsx file: ${file} (${(error as Error).message})`
    );
  }
}

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await writeWorkbookFile(workbook, file);
  } catch (error) {
    throw new FileError(
      `Không ghi được tệp / Cannot write the file: ${file} (${(error as Error).message})`
    );
  }
}

async function tallyFile(
  command: Extract<Command, { kind: "tally" }>,
  io: CliOutput
): Promise<number> {
  const workbook = await load(command.file);
  const checked = checkWorkbook(workbookGrids(workbook), { extraNames: command.extraNames });
  // The workbook's own row decides the rule: an option that contradicts it is a usage mistake.
  const contradicted = checked.problems.find((problem) => problem.code === "E016");
  if (contradicted) {
    throw new UsageError(
      `E016 ${describeProblem(contradicted, "vi")}\n${describeProblem(contradicted, "en")}`
    );
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
  applyPlan(workbook, planResults(checked, command.lang));
  const out = command.inPlace ? command.file : (command.out ?? defaultOutput(command.file));
  await save(workbook, out);
  if (!command.json) io.out(`\nĐã ghi / Written: ${out}`);
  return EXIT.done;
}

/** Template and sample make a new file; an existing one is the user's and is never replaced. */
async function createFile(out: string, plan: WritePlan, io: CliOutput): Promise<number> {
  if (existsSync(out)) {
    throw new FileError(`Tệp đã có, không ghi đè / The file exists and is not replaced: ${out}`);
  }
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, plan);
  await save(workbook, out);
  io.out(`Đã tạo / Created: ${out}`);
  return EXIT.done;
}

function planOf(command: Extract<Command, { kind: "template" | "sample" }>): WritePlan {
  try {
    return command.kind === "template" ? templatePlan(command) : samplePlan(command);
  } catch (error) {
    // The plans refuse sizes out of their range with a RangeError that names the option.
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runCli(argv: readonly string[], io: CliOutput): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case "help":
        io.out(USAGE);
        return EXIT.done;
      case "tally":
        return await tallyFile(command, io);
      case "template":
      case "sample":
        return await createFile(command.out, planOf(command), io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof FileError) {
      io.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}
