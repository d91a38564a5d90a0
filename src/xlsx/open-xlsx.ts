// Bytes that must be an .xlsx workbook, loaded by whichever reader the caller uses (ExcelJS for
// the command line, the fake Excel for the preview): anything else is refused with F001 before
// the reader sees it, and a reader failure on a whole zip is F002 (or the reader's own coded
// problem), never the reader's words.

import { fileKindOf } from "./file-kind";
import { FileFailure, notXlsx } from "./file-problems";

export async function loadXlsxBytes<B extends Uint8Array, T>(
  file: string,
  bytes: B,
  load: (bytes: B) => Promise<T>
): Promise<T> {
  const kind = fileKindOf(bytes);
  if (kind !== "xlsx") throw notXlsx(file, kind);
  try {
    return await load(bytes);
  } catch (error) {
    // A reader that already names the problem (the zip layer's F017, say) is taken at its word.
    if (error instanceof FileFailure) throw error;
    throw new FileFailure("F002", { file }, { cause: error });
  }
}
