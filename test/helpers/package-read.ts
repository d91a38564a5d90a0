// The streaming package reader beside the ExcelJS reader: tests read a workbook with both and
// require the same grids (the package reader leaves number formats out, as parse does not use
// them), and edit a package's parts by hand to build files ExcelJS would never write.

import { expect } from "vitest";
import type { WorkbookGrids } from "../../src/workbook/grid";
import { packageGrids } from "../../src/xlsx/package/package-grids";
import { readZip, writeZip, type ZipPart } from "../../src/xlsx/package/zip";
import { readWorkbookGrids } from "../../src/xlsx/read";

export function packageGridsOf(bytes: Uint8Array): WorkbookGrids {
  return packageGrids(readZip("test.xlsx", bytes));
}

/** The grids without their number formats, which only the ExcelJS reader gives. */
export function withoutFormats(grids: WorkbookGrids): WorkbookGrids {
  return { sheets: grids.sheets.map((grid) => ({ ...grid, numberFormats: [] })) };
}

/** Reads with both readers, expects the same grids, and returns the package reader's. */
export async function readWithBoth(bytes: Uint8Array): Promise<WorkbookGrids> {
  const fromPackage = packageGridsOf(bytes);
  const fromExcelJS = await readWorkbookGrids(Buffer.from(bytes));
  expect(fromPackage).toEqual(withoutFormats(fromExcelJS));
  return fromPackage;
}

/** The package with some parts' text changed (undefined: the part is left out). */
export function editParts(
  bytes: Uint8Array,
  edits: Readonly<Record<string, (xml: string) => string | undefined>>
): Uint8Array {
  const archive = readZip("test.xlsx", bytes);
  const parts: ZipPart[] = [];
  for (const entry of archive.entries) {
    const edit = edits[entry.name];
    if (edit === undefined) {
      parts.push(entry);
      continue;
    }
    const text = edit(archive.text(entry.name)!);
    if (text !== undefined) parts.push({ name: entry.name, data: new TextEncoder().encode(text) });
  }
  return writeZip(parts);
}
