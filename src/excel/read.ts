// Reading the workbook for parse: the used range of each sheet as plain arrays (Grid).
//
// One sync for a workbook whose sheets carry the standard names: every accepted name (vi and en)
// is looked up with getItemOrNullObject and its used range loaded in the same batch; a name that
// is not there gives a null object, not an error. A second sync only when it is needed:
//   - a required sheet was not found by its name: the other sheets are read too, so parse can
//     find it by its headers;
//   - the workbook has tables (ListObjects): their ranges can only be asked for once the tables
//     are known (Table has no address property, only getRange()).

import type { CellValue, Grid, WorkbookGrids } from "../workbook/grid";
import { rangeAddress, type CellBox } from "../workbook/layout/a1";
import { SHEETS } from "../workbook/vocabulary";
import { parseSheetAddress } from "./address";
import type { ApiSupport, Range, RangeAreas, RequestContext, Worksheet } from "./office-api";

type Role = keyof typeof SHEETS;

/** Parse needs these: the meeting, the roster, and the ballots or the hand tally. */
const REQUIRED: readonly (readonly Role[])[] = [["meeting"], ["roster"], ["ballots", "handTally"]];

/** A sheet whose used range (and merged areas) are queued for loading. */
interface SheetRead {
  readonly sheet: Worksheet;
  readonly used: Range;
  /** Null where ExcelApi 1.13 (getMergedAreasOrNullObject) is missing: no merges then. */
  readonly merged: RangeAreas | null;
}

export async function readWorkbookGrids(
  context: RequestContext,
  support: ApiSupport
): Promise<WorkbookGrids> {
  const withMerges = support.isSetSupported("ExcelApi", "1.13");
  const { worksheets, tables } = context.workbook;
  const queueLists = () => {
    worksheets.load("items/name");
    tables.load("items/name,items/showHeaders,items/showTotals");
  };
  queueLists();
  const byName = (Object.keys(SHEETS) as Role[]).flatMap((role) =>
    [SHEETS[role].vi, SHEETS[role].en].map((name) => ({
      role,
      read: queueRead(worksheets.getItemOrNullObject(name), withMerges),
    }))
  );
  let found: typeof byName = [];
  try {
    await context.sync();
    found = byName.filter(({ read }) => !read.sheet.isNullObject);
  } catch {
    // Office.js does not document whether a method called on a null object (the used range of
    // a sheet that is not there) gives another null object or fails the batch. If it failed,
    // read the safe way: the list of sheets first, then every sheet (two more syncs).
    queueLists();
    await context.sync();
  }
  const reads = found.map(({ read }) => read);
  const missing = REQUIRED.some((roles) => !found.some(({ role }) => roles.includes(role)));
  if (missing) {
    const known = new Set(reads.map(({ sheet }) => sheet.name.toLowerCase()));
    for (const sheet of worksheets.items) {
      if (!known.has(sheet.name.toLowerCase())) reads.push(queueRead(sheet, withMerges));
    }
  }
  const tableRanges = tables.items.map((table) => ({
    table,
    range: table.getRange().load("address"),
  }));
  if (missing || tableRanges.length > 0) await context.sync();

  const tableBoxes = tableRanges.flatMap(({ table, range }) => {
    const found = parseSheetAddress(range.address);
    return found && table.showHeaders ? [{ ...found, box: withoutTotals(found.box, table) }] : [];
  });
  const tabOrder = worksheets.items.map((sheet) => sheet.name);
  return {
    sheets: reads
      .map((read) => gridOf(read, tableBoxes))
      .sort((a, b) => tabOrder.indexOf(a.sheet) - tabOrder.indexOf(b.sheet)),
  };
}

function queueRead(sheet: Worksheet, withMerges: boolean): SheetRead {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("values,numberFormat,address");
  const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
  merged?.areas.load("items/address");
  return { sheet, used, merged };
}

/** A totals row is a sum, not a person or a ballot. */
function withoutTotals(box: CellBox, table: { readonly showTotals: boolean }): CellBox {
  return table.showTotals ? { ...box, bottom: box.bottom - 1 } : box;
}

function gridOf(
  { sheet, used, merged }: SheetRead,
  tables: readonly { readonly sheet: string; readonly box: CellBox }[]
): Grid {
  const name = sheet.name;
  const sheetTables = tables
    .filter((table) => table.sheet.toLowerCase() === name.toLowerCase())
    .map((table) => rangeAddress(table.box));
  const box = used.isNullObject ? null : parseSheetAddress(used.address)?.box;
  if (!box) {
    return {
      sheet: name,
      top: 1,
      left: 1,
      values: [],
      numberFormats: [],
      merges: [],
      tables: sheetTables,
    };
  }
  const merges =
    merged === null || merged.isNullObject
      ? []
      : merged.areas.items.flatMap((area) => {
          const found = parseSheetAddress(area.address);
          return found ? [rangeAddress(found.box)] : [];
        });
  return {
    sheet: name,
    top: box.top,
    left: box.left,
    values: used.values.map((row) => row.map(cellValue)),
    numberFormats: used.numberFormat.map((row) => row.map((format) => String(format))),
    merges,
    tables: sheetTables,
  };
}

/** Office reports an empty cell as ""; dates arrive as serial numbers (parse reads them with
 * their date format). */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return null;
}
