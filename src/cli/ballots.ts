// `ballots FILE`: the ballots to print and the blank count sheet, added to a copy of the workbook
// with the same safety as the tally: a lock, a write that replaces only this program's earlier
// output (or with --force), never the input, and nothing written while an error stands.

import { checkBallotForms, planBallotForms } from "../workbook/ballot-forms";
import { readXlsxPackage } from "../xlsx/files";
import { applyPlanToPackage } from "../xlsx/package/apply-package";
import { withWriteLock, writeFileSafely } from "../xlsx/safe-write";
import type { Command } from "./args";
import { EXIT, type CliFiles, type CliOutput } from "./cli";
import { defaultOutput, outputPath, requireMatchingExtension, tallyWriteMode } from "./output";
import { problemLines } from "./table";

type Ballots = Extract<Command, { kind: "ballots" }>;

export async function printBallots(
  command: Ballots,
  io: CliOutput,
  files: CliFiles
): Promise<number> {
  const words = {
    file: command.file,
    out: command.out ?? defaultOutput(command.file, "-phieu-in"),
    inPlace: false,
    force: command.force,
  };
  const out = await outputPath(words);
  return withWriteLock(out, async () => {
    const mode = await tallyWriteMode(words, out);
    const { archive, grids } = await readXlsxPackage(command.file);
    requireMatchingExtension(archive, out);
    const check = checkBallotForms(grids, { copies: command.copies });
    if (check.problems.length > 0) io.out(problemLines(check.problems, command.lang).join("\n"));
    if (check.blocked) {
      io.err("Còn lỗi chặn: không ghi gì. / A blocking error stands: nothing written.");
      return EXIT.blocked;
    }
    const written = applyPlanToPackage(command.file, archive, planBallotForms(check, command.lang));
    await writeFileSafely(out, written, {
      mode,
      existsCode: "F010",
      writeAll: files.writeAll,
    });
    io.out(
      `${check.copies} phiếu, ${check.content?.people.length} người / ballots, people\n` +
        `Đã ghi / Written: ${out}`
    );
    return EXIT.done;
  });
}
