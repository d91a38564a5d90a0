// The command line's writer: a WritePlan applied to the file's own package. Only the parts the
// plan needs change (the sheets it writes, styles, the workbook, its relationships and content
// types, and a sheet whose tab must be unselected); every other part (charts, images, pivot
// tables, comments, macros, custom XML) is copied as it was stored, byte for byte. The ballot
// sheets are never parsed: at most the head of one, before its cells, when its tab is unselected.

import type { WritePlan } from "../../workbook/plan";
import { columnLetters, parseRange } from "../../workbook/layout/a1";
import { FileFailure } from "../file-problems";
import { selectSheet, withTabSelected, patchSheet } from "./sheet-patch";
import { WorksheetXml } from "./sheet-xml";
import { StyleSheet } from "./styles";
import {
  MissingPartError,
  quotedSheet,
  relsPartOf,
  required,
  WorkbookParts,
  type SheetEntry,
} from "./workbook-parts";
import { XmlShapeError } from "./xml";
import { writeZip, type ZipArchive, type ZipPart } from "./zip";

/** The result sheet as it starts: one view, the default row height, no cells. */
const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><sheetData/></worksheet>';

/** The package with the plan applied, as the bytes of the new file. F021 when a part the plan
 * needs is missing, F022 when one cannot be read as the XML it must be. */
export function applyPlanToPackage(file: string, archive: ZipArchive, plan: WritePlan): Uint8Array {
  try {
    return writeZip(changedPackage(archive, plan));
  } catch (error) {
    if (error instanceof MissingPartError) {
      throw new FileFailure("F021", { file, part: error.part }, { cause: error });
    }
    if (error instanceof XmlShapeError) {
      throw new FileFailure("F022", { file }, { cause: error });
    }
    throw error;
  }
}

function changedPackage(archive: ZipArchive, plan: WritePlan): ZipPart[] {
  const read = (name: string) => archive.text(name);
  const book = new WorkbookParts(read);
  const stylesPart = book.stylesPart();
  const styles = new StyleSheet(required(read, stylesPart));
  const removed = new Set<string>();
  const sheets = new Map<string, WorksheetXml>();
  const touchedIds = new Set<number>();
  for (const write of plan.sheets) {
    let entry = book.sheetList().find((sheet) => sheet.name === write.sheet);
    let sheet: WorksheetXml;
    if (write.kind === "own") {
      if (entry) {
        book.removeSheet(entry.name);
        touchedIds.add(entry.sheetId);
        removed.add(key(entry.part)).add(key(relsPartOf(entry.part)));
        sheets.delete(key(entry.part));
      }
      const part = freeSheetPart(archive, removed, sheets);
      book.addSheet(write.sheet, part);
      entry = book.sheetList().at(-1)!;
      sheet = new WorksheetXml(NEW_SHEET);
    } else {
      if (!entry) {
        throw new Error(
          `Không có trang tính cần ghi / The sheet to write does not exist: ${write.sheet}`
        );
      }
      touchedIds.add(entry.sheetId);
      sheet = sheets.get(key(entry.part)) ?? new WorksheetXml(required(read, entry.part));
    }
    patchSheet(sheet, styles, write);
    sheets.set(key(entry.part), sheet);
    if (write.page) setPrintNames(book, entry, write.page.printArea, write.page.printTitleRows);
  }
  const changed = new Map<string, string | Uint8Array>();
  const active = plan.sheets.filter((write) => write.activate).at(-1);
  if (active) activate(book, archive, sheets, changed, active.sheet);
  const chain = book.dropCalcChainIf(read, touchedIds);
  if (chain) removed.add(key(chain));
  for (const [part, sheet] of sheets) changed.set(part, sheet.text(styles));
  changed.set(key(stylesPart), styles.text());
  for (const [part, text] of book.texts()) changed.set(key(part), text);
  return packageParts(archive, removed, changed, book.sheetList());
}

/** Tab order's print area and title rows as the sheet's built-in names, absolute as Excel
 * writes them. */
function setPrintNames(
  book: WorkbookParts,
  entry: SheetEntry,
  printArea: string,
  titleRows: string | undefined
): void {
  const index = book.sheetList().findIndex((sheet) => sheet.name === entry.name);
  const sheet = quotedSheet(entry.name);
  const area = parseRange(printArea);
  if (!area) throw new Error(`Vùng in không hợp lệ / Not an A1 print area: ${printArea}`);
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  book.setSheetName(
    index,
    "_xlnm.Print_Area",
    `${sheet}!${corner(area.top, area.left)}:${corner(area.bottom, area.right)}`
  );
  const rows = titleRows?.split(":");
  book.setSheetName(
    index,
    "_xlnm.Print_Titles",
    rows && rows.length === 2 ? `${sheet}!$${rows[0]}:$${rows[1]}` : null
  );
}

/** Step 9: the sheet opens in front and is the only one selected (several selected tabs would
 * group the sheets, and the next edit would go to all of them). */
function activate(
  book: WorkbookParts,
  archive: ZipArchive,
  sheets: ReadonlyMap<string, WorksheetXml>,
  changed: Map<string, string | Uint8Array>,
  name: string
): void {
  const list = book.sheetList();
  const index = list.findIndex((sheet) => sheet.name === name);
  if (index < 0) return;
  book.setActiveTab(index);
  list.forEach((entry, i) => {
    const own = sheets.get(key(entry.part));
    if (own) {
      selectSheet(own, i === index);
      return;
    }
    const unselected = unselectedHead(archive, entry.part);
    if (unselected) changed.set(key(entry.part), unselected);
  });
}

/** Enough of a sheet's text to reach its cells in any usual file: the views come before them
 * (the schema's order), after at most a few thousand column widths. */
const HEAD_BYTES = 64 * 1024;

/** A sheet the plan does not write, when its tab is selected: the same bytes with only its first
 * view's flag removed; the head before its cells is all that is searched. A sheet whose tab is
 * not selected (nearly always the ballot sheet, the largest part) is left stored as it was after
 * inflating only its head. */
function unselectedHead(archive: ZipArchive, part: string): Uint8Array | undefined {
  const start = archive.head(part, HEAD_BYTES);
  const startCells = start?.indexOf("<sheetData") ?? -1;
  if (start !== undefined && startCells >= 0) {
    const head = start.slice(0, startCells);
    if (withTabSelected(head, false) === head) return undefined;
  }
  const bytes = archive.bytes(part);
  if (!bytes) return undefined;
  const cells = indexOf(bytes, "<sheetData");
  const headBytes = bytes.subarray(0, cells < 0 ? bytes.length : cells);
  const head = new TextDecoder().decode(headBytes);
  const edited = withTabSelected(head, false);
  if (edited === head) return undefined;
  const encoded = new TextEncoder().encode(edited);
  const out = new Uint8Array(encoded.length + bytes.length - headBytes.length);
  out.set(encoded);
  out.set(bytes.subarray(headBytes.length), encoded.length);
  return out;
}

function indexOf(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text);
}

/** The entries in the file's order, changed ones replaced, new ones at the end. */
function packageParts(
  archive: ZipArchive,
  removed: ReadonlySet<string>,
  changed: ReadonlyMap<string, string | Uint8Array>,
  sheetList: readonly SheetEntry[]
): ZipPart[] {
  const encoder = new TextEncoder();
  const data = (content: string | Uint8Array) =>
    typeof content === "string" ? encoder.encode(content) : content;
  const written = new Set<string>();
  const parts: ZipPart[] = [];
  for (const entry of archive.entries) {
    const name = key(entry.name);
    const content = changed.get(name);
    if (content !== undefined) {
      parts.push({ name: entry.name, data: data(content) });
      written.add(name);
    } else if (!removed.has(name)) parts.push(entry);
  }
  const newParts = sheetList.map((sheet) => sheet.part);
  for (const [name, content] of changed) {
    if (written.has(name)) continue;
    const stored = newParts.find((part) => key(part) === name) ?? name;
    parts.push({ name: stored, data: data(content) });
  }
  return parts;
}

/** The first "xl/worksheets/sheetN.xml" no part uses. */
function freeSheetPart(
  archive: ZipArchive,
  removed: ReadonlySet<string>,
  sheets: ReadonlyMap<string, WorksheetXml>
): string {
  for (let n = 1; ; n++) {
    const part = `xl/worksheets/sheet${n}.xml`;
    const taken = (archive.entry(part) && !removed.has(key(part))) || sheets.has(key(part));
    if (!taken) return part;
  }
}

/** Part names compare without case (OPC). */
function key(part: string): string {
  return part.replace(/^\/+/, "").toLowerCase();
}
