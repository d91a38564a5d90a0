// Reading the workbook for parse: the used range of each sheet as plain arrays (Grid), with the
// protection of the sheets read and of the workbook's structure, so that a write Excel would
// refuse is refused first with a coded problem.
//
// One sync for a workbook whose sheets carry the standard names: every accepted name (vi and en)
// is looked up with getItemOrNullObject and its used range loaded in the same batch; a name that
// is not there gives a null object, not an error. A second sync only when it is needed:
//   - a required sheet was not found by its name: the other sheets are read too, so parse can
//     find it by its headers;
//   - the workbook has tables (ListObjects): their ranges can only be asked for once the tables
//     are known (Table has no address property, only getRange()).
//
// Each sheet read also gives its visibility, in the same load as its name, so that a problem naming
// a hidden sheet says how to show it, as on the command line.
//
// Values only: parse reads dates from their serial numbers and never looks at number formats,
// which would double the response against Excel on the web's 5 MB cap. A workbook whose values
// pass the cap anyway (10,000 ballots × 300 people) makes Excel refuse that one response: the
// read starts again with the used ranges' addresses alone and takes the values in row blocks that
// each fit under the cap (read-blocks.ts). A workbook under the cap still takes one sync.
//
// Merged areas only when asked (ExcelApi 1.13): getMergedAreasOrNullObject clears the user's Undo
// list on Windows (office-js#5918), and gives only the merges whose top-left cell lies in the
// range (office-js#3611). So a merge reaching into the used range from above or from the left, or
// lying right of it, is found by probing every column of the rows from 1 to the used range's last.

import type { CellValue, Grid, WorkbookGrids } from "../workbook/grid";
import { rangeAddress, type CellBox } from "../workbook/layout/a1";
import { SHEETS } from "../workbook/vocabulary";
import { parseSheetAddress } from "./address";
import { officeErrorCode } from "./office-errors";
import { readValuesInBlocks } from "./read-blocks";
import type {
  ApiSupport,
  Range,
  RangeAreas,
  RequestContext,
  Worksheet,
  WorksheetProtection,
} from "./office-api";

type Role = keyof typeof SHEETS;

/** Parse needs these: the meeting, the roster, and the ballots or the hand tally. */
const REQUIRED: readonly (readonly Role[])[] = [["meeting"], ["roster"], ["ballots", "handTally"]];

export interface ReadOptions {
  /** Read merged areas (see the header): for a run that writes, not for every check. */
  readonly merges: boolean;
}

/** What Excel would refuse to change. */
export interface Protection {
  /** Sheets cannot be added or deleted. */
  readonly structure: boolean;
  /** The sheets read that are protected, as named in the workbook. */
  readonly sheets: readonly string[];
}

export interface WorkbookRead {
  readonly grids: WorkbookGrids;
  readonly protection: Protection;
}

/** A sheet whose used range (and merged areas) are queued for loading. */
interface SheetRead {
  readonly sheet: Worksheet;
  readonly used: Range;
  readonly protection: WorksheetProtection;
  /** Null when not asked for, or where ExcelApi 1.13 is missing: no merges then. */
  readonly merged: RangeAreas | null;
}

/** How the values come: with the used ranges, in the one sync that finds them, or afterwards in
 * row blocks (read-blocks.ts) when Excel refused that response as over its cap. */
type ValuesRead = "with-used-range" | "in-blocks";

export async function readWorkbook(
  context: RequestContext,
  support: ApiSupport,
  options: ReadOptions
): Promise<WorkbookRead> {
  const withMerges = options.merges && support.isSetSupported("ExcelApi", "1.13");
  try {
    return await readSheets(context, withMerges, "with-used-range");
  } catch (error) {
    if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
  }
  return readSheets(context, withMerges, "in-blocks");
}

async function readSheets(
  context: RequestContext,
  withMerges: boolean,
  valuesRead: ValuesRead
): Promise<WorkbookRead> {
  const { worksheets, tables } = context.workbook;
  const structure = context.workbook.protection;
  const withValues = valuesRead === "with-used-range";
  const queueLists = () => {
    structure.load("protected");
    worksheets.load("items/name");
    tables.load("items/name,items/showHeaders,items/showTotals");
  };
  queueLists();
  const byName = (Object.keys(SHEETS) as Role[]).flatMap((role) =>
    [SHEETS[role].vi, SHEETS[role].en].map((name) => ({
      role,
      read: queueRead(worksheets.getItemOrNullObject(name), withMerges, withValues),
    }))
  );
  let found: typeof byName = [];
  try {
    await context.sync();
    found = byName.filter(({ read }) => !read.sheet.isNullObject);
  } catch (error) {
    // Office.js does not document whether a method called on a null object (the used range of
    // a sheet that is not there) gives another null object or fails the batch. If it failed,
    // read the safe way: the list of sheets first, then every sheet (two more syncs). Any other
    // failure (a payload over the cap, a cell being edited) is the caller's to report.
    if (officeErrorCode(error) !== "ItemNotFound") throw error;
    queueLists();
    await context.sync();
  }
  const reads = found.map(({ read }) => read);
  const missing = REQUIRED.some((roles) => !found.some(({ role }) => roles.includes(role)));
  if (missing) {
    const known = new Set(reads.map(({ sheet }) => sheet.name.toLowerCase()));
    for (const sheet of worksheets.items) {
      if (!known.has(sheet.name.toLowerCase())) {
        reads.push(queueRead(sheet, withMerges, withValues));
      }
    }
  }
  const tableRanges = tables.items.map((table) => ({
    table,
    range: table.getRange().load("address"),
  }));
  if (missing || tableRanges.length > 0) await context.sync();
  const values = withValues
    ? reads.map(({ used }) => (used.isNullObject ? [] : used.values))
    : await valuesInBlocks(context, reads);

  const tableBoxes = tableRanges.flatMap(({ table, range }) => {
    const found = parseSheetAddress(range.address);
    return found && table.showHeaders ? [{ ...found, box: withoutTotals(found.box, table) }] : [];
  });
  const tabOrder = worksheets.items.map((sheet) => sheet.name);
  return {
    grids: {
      sheets: reads
        .map((read, index) => gridOf(read, values[index]!, tableBoxes))
        .sort((a, b) => tabOrder.indexOf(a.sheet) - tabOrder.indexOf(b.sheet)),
    },
    protection: {
      structure: structure.protected,
      sheets: reads.filter((read) => read.protection.protected).map((read) => read.sheet.name),
    },
  };
}

function queueRead(sheet: Worksheet, withMerges: boolean, withValues: boolean): SheetRead {
  sheet.load("name,visibility");
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true).load(withValues ? "values,address" : "address");
  const merged = withMerges
    ? used.getBoundingRect("A1").getEntireRow().getMergedAreasOrNullObject()
    : null;
  merged?.areas.load("items/address");
  return { sheet, used, protection, merged };
}

/** Each read sheet's values, from its used range's address, in row blocks. */
async function valuesInBlocks(
  context: RequestContext,
  reads: readonly SheetRead[]
): Promise<unknown[][][]> {
  const boxes = reads.map((read) => usedBox(read));
  const sheets = reads.flatMap((read, index) => {
    const box = boxes[index];
    return box ? [{ sheet: read.sheet, box }] : [];
  });
  const blocks = await readValuesInBlocks(context, sheets);
  let next = 0;
  return boxes.map((box) => (box ? blocks[next++]! : []));
}

function usedBox({ used }: SheetRead): CellBox | null {
  return used.isNullObject ? null : (parseSheetAddress(used.address)?.box ?? null);
}

/** A totals row is a sum, not a person or a ballot. */
function withoutTotals(box: CellBox, table: { readonly showTotals: boolean }): CellBox {
  return table.showTotals ? { ...box, bottom: box.bottom - 1 } : box;
}

function gridOf(
  read: SheetRead,
  values: readonly (readonly unknown[])[],
  tables: readonly { readonly sheet: string; readonly box: CellBox }[]
): Grid {
  const { sheet, merged } = read;
  const name = sheet.name;
  const visibility = visibilityOf(sheet);
  const sheetTables = tables
    .filter((table) => table.sheet.toLowerCase() === name.toLowerCase())
    .map((table) => rangeAddress(table.box));
  const box = usedBox(read);
  if (!box) {
    return {
      sheet: name,
      top: 1,
      left: 1,
      values: [],
      numberFormats: [],
      merges: [],
      tables: sheetTables,
      ...visibility,
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
    values: values.map((row) => row.map(cellValue)),
    numberFormats: [],
    merges,
    tables: sheetTables,
    ...visibility,
  };
}

/** The grid's visibility field, as the other readers give it: present only for a hidden tab. */
function visibilityOf(sheet: Worksheet): Pick<Grid, "visibility"> {
  // Excel.SheetVisibility's values, compared as text: the enum's members are typed apart.
  const visibility: string = sheet.visibility;
  if (visibility === "Hidden") return { visibility: "hidden" };
  if (visibility === "VeryHidden") return { visibility: "veryHidden" };
  return {};
}

/** Office reports an empty cell as ""; dates arrive as serial numbers, which parse reads as
 * dates where a date is expected. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return null;
}
