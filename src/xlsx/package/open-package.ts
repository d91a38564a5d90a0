// A tally's input as a package: the bytes must be an .xlsx (or .xlsm) workbook, told from the
// bytes (F001 otherwise), and a readable zip within the size cap (F002, F017) before any part
// is parsed.

import { fileKindOf } from "../file-kind";
import { notXlsx } from "../file-problems";
import { readZip, type ZipArchive } from "./zip";

export function openPackage(file: string, bytes: Uint8Array): ZipArchive {
  const kind = fileKindOf(bytes);
  if (kind !== "xlsx") throw notXlsx(file, kind);
  return readZip(file, bytes);
}
