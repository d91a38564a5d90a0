// Applying a WritePlan through Office.js, in the order plan.ts fixes (the ExcelJS shell follows
// the same order; the two results are compared cell for cell), with two changes Excel needs:
// merges (4) before formats (3), since Excel drops the fill of formatted cells merged under an
// empty top-left cell (office-js#6405, #6557), and page setup (8) after everything else.
//
// Syncs: one to learn which of the sheets the plan replaces exist already (only when it replaces
// any), then one for everything else, whatever the plan's size. The writes are split over more
// syncs only when one request would pass Excel on the web's 5 MB cap: each step's payload is
// estimated first, and the steps are grouped into batches under the cap.
//
// Page setup comes last, after the activation: Excel runs a batch in order and stops at the first
// failure, and page setup is where a host may refuse (office-js#1860: fit to pages is not applied
// on Windows unless the Page Layout tab is shown). A trace mark queued just before it tells, from
// the failed sync's traceMessages, that everything else was done: the results stand, and the
// failure becomes a notice.

import { parseRange, rangeAddress, type CellBox } from "../workbook/layout/a1";
import type {
  BorderSpec,
  FontSpec,
  FormatBlock,
  ListValidation,
  PageSetup,
  SheetWrite,
  ValueBlock,
  WritePlan,
} from "../workbook/plan";
import { NOTICES, type Notice } from "./notices";
import type {
  ApiSupport,
  BorderEdge,
  Range,
  RequestContext,
  Worksheet,
  WorksheetCollection,
} from "./office-api";
import { jsonBytes } from "./payload";
import { columnWidthToPoints } from "./units";

export interface ApplyReport {
  readonly syncs: number;
  /** What could not be written on this Excel, once each. */
  readonly notices: readonly Notice[];
}

export interface ApplyOptions {
  /** The most one batch may carry, by estimate. Default: 4 MB, a margin under the 5 MB cap for
   * the request's own envelope, which the estimate does not model exactly. */
  readonly batchLimitBytes?: number;
}

export const BATCH_LIMIT_BYTES = 4_000_000;

/** An upper bound of what one queued operation adds besides its data: the object path and the
 * action's name. */
const OPERATION_BYTES = 300;

/** A unit of work that goes whole into one batch. */
interface Step {
  readonly bytes: number;
  queue(): void;
  /** Page setup: queued last, and its failure is a notice, not a failed write. */
  readonly pageSetup?: true;
}

/** The trace mark queued before page setup (see the header). */
const BEFORE_PAGE_SETUP = "phieu-tin-nhiem: results written, page setup next";

export async function applyPlan(
  context: RequestContext,
  plan: WritePlan,
  support: ApiSupport,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  const { worksheets } = context.workbook;
  let syncs = 0;
  const previous = new Map<string, Worksheet>();
  const own = plan.sheets.filter((write) => write.kind === "own");
  if (own.length > 0) {
    for (const write of own) previous.set(write.sheet, worksheets.getItemOrNullObject(write.sheet));
    await context.sync();
    syncs += 1;
  }

  const notices = new Set<Notice>();
  const limit = options.batchLimitBytes ?? BATCH_LIMIT_BYTES;
  const steps = plan.sheets.flatMap((write) =>
    sheetSteps(worksheets, write, { previous: previous.get(write.sheet), support, limit, notices })
  );
  const active = plan.sheets.filter((write) => write.activate).at(-1);
  if (active) {
    steps.push(step(1, () => worksheets.getItem(active.sheet).activate()));
  }
  steps.push(...plan.sheets.flatMap((write) => pageSteps(worksheets, write, support, notices)));

  for (const batch of batches(steps, limit)) {
    // Formulas elsewhere in the workbook need not recalculate after each written block.
    context.application.suspendApiCalculationUntilNextSync();
    let marked = false;
    for (const { queue, pageSetup } of batch) {
      if (pageSetup && !marked) {
        context.trace(BEFORE_PAGE_SETUP);
        marked = true;
      }
      queue();
    }
    syncs += 1;
    try {
      // More than one batch only when one request would pass the 5 MB cap (see the header).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!(marked && tracedBeforeFailure(error, BEFORE_PAGE_SETUP))) throw error;
      // Page setup is the last step: nothing else is left to write.
      notices.add(NOTICES["page-setup-failed"]);
      break;
    }
  }
  return { syncs, notices: [...notices] };
}

/** Whether the failed sync ran past the trace mark (OfficeExtension.Error.traceMessages). */
function tracedBeforeFailure(error: unknown, mark: string): boolean {
  if (typeof error !== "object" || error === null || !("traceMessages" in error)) return false;
  const { traceMessages } = error;
  return Array.isArray(traceMessages) && traceMessages.includes(mark);
}

interface SheetContext {
  /** The sheet an own sheet replaces, looked up in the first sync. */
  readonly previous: Worksheet | undefined;
  readonly support: ApiSupport;
  readonly limit: number;
  /** Collects what this Excel cannot write. */
  readonly notices: Set<Notice>;
}

/** The steps of one sheet, in the plan's order but for page setup (pageSteps). The sheet's
 * proxy is made by the first step, so that nothing is queued before its batch. */
function sheetSteps(
  worksheets: WorksheetCollection,
  write: SheetWrite,
  { previous, support, limit, notices }: SheetContext
): Step[] {
  let proxy: Worksheet | null = null;
  const sheet = (): Worksheet => {
    proxy ??= write.kind === "own" ? worksheets.add(write.sheet) : worksheets.getItem(write.sheet);
    return proxy;
  };
  const steps: Step[] = [prepare(write, previous, sheet)];
  for (const block of write.blocks) steps.push(...blockSteps(block, sheet, limit));
  // Merges before formats (see the header).
  if (write.merges.length > 0) {
    steps.push(
      step(write.merges.length, () => {
        for (const merge of write.merges) sheet().getRange(merge).merge(false);
      })
    );
  }
  for (const format of write.formats) steps.push(formatStep(format, sheet));
  steps.push(...sizeSteps(write, sheet));
  if (write.validations.length > 0) {
    if (support.isSetSupported("ExcelApi", "1.8")) {
      steps.push(...write.validations.map((validation) => validationStep(validation, sheet)));
    } else notices.add(NOTICES["validation-skipped"]);
  }
  return steps;
}

/** Step 8, queued after every sheet's other steps (see the header). The sheet exists by then. */
function pageSteps(
  worksheets: WorksheetCollection,
  write: SheetWrite,
  support: ApiSupport,
  notices: Set<Notice>
): Step[] {
  const page = write.page;
  if (!page) return [];
  if (!support.isSetSupported("ExcelApi", "1.9")) {
    notices.add(NOTICES["page-setup-skipped"]);
    return [];
  }
  return [
    {
      ...step(10 + (page.rowBreaks?.length ?? 0), () =>
        setUpPage(worksheets.getItem(write.sheet), page)
      ),
      pageSetup: true,
    },
  ];
}

/** Step 1: an own sheet is deleted if present and added again at the end; on a user sheet only
 * the previous run's ranges are emptied (values, formats, merges). */
function prepare(write: SheetWrite, previous: Worksheet | undefined, sheet: () => Worksheet): Step {
  return step(2 + 2 * write.clear.length, () => {
    if (previous && !previous.isNullObject) previous.delete();
    const target = sheet();
    for (const address of write.clear) {
      const range = target.getRange(address);
      range.unmerge();
      range.clear("All");
    }
  });
}

/** Step 2: number formats before values, so a string lands in a cell already formatted as text
 * and is never taken for a formula. A block too large for one request is cut into row bands. */
function blockSteps(block: ValueBlock, sheet: () => Worksheet, limit: number): Step[] {
  const origin = parseRange(block.at);
  if (origin === null)
    throw new Error(`WritePlan holds a cell that is not A1 notation: ${block.at}`);
  const rows = block.values.map((values, index) => ({
    values,
    formats: block.numberFormats[index] ?? [],
    bytes: jsonBytes(values) + jsonBytes(block.numberFormats[index] ?? []),
  }));
  const bands = batches(
    rows.map((row, index) => ({ ...row, index })),
    limit - 2 * OPERATION_BYTES
  );
  return bands.map((band) => {
    const first = band[0]!;
    const width = first.values.length;
    const box: CellBox = {
      top: origin.top + first.index,
      left: origin.left,
      bottom: origin.top + first.index + band.length - 1,
      right: origin.left + width - 1,
    };
    const bytes = band.reduce((sum, row) => sum + row.bytes, 2 * OPERATION_BYTES);
    return {
      bytes,
      queue: () => {
        const range = sheet().getRange(rangeAddress(box));
        range.numberFormat = band.map((row) => [...row.formats]);
        range.values = band.map((row) => [...row.values]);
      },
    };
  });
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Step 3: a block sets only what it names; a later block wins where two overlap. */
function formatStep(format: FormatBlock, sheet: () => Worksheet): Step {
  return step(14, () => {
    const range = sheet().getRange(format.range);
    if (format.font) setFont(range, format.font);
    if (format.fill) range.format.fill.color = format.fill;
    if (format.horizontal) range.format.horizontalAlignment = HORIZONTAL[format.horizontal];
    if (format.vertical) range.format.verticalAlignment = VERTICAL[format.vertical];
    if (format.wrap !== undefined) range.format.wrapText = format.wrap;
    if (format.border) drawBorder(range, format.border, format.range);
  });
}

/** The whole font, so that a block replaces what an earlier one set (as the file shell does);
 * no colour means Excel's automatic black. */
function setFont(range: Range, font: FontSpec): void {
  range.format.font.name = font.name;
  range.format.font.size = font.size;
  range.format.font.bold = font.bold ?? false;
  range.format.font.italic = font.italic ?? false;
  range.format.font.color = font.color ?? "#000000";
}

function drawBorder(range: Range, spec: BorderSpec, address: string): void {
  const box = parseRange(address);
  const edges: BorderEdge[] =
    spec === "bottom-thin" ? ["EdgeBottom"] : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (spec === "all-thin" && box) {
    // Inside lines exist only where the range has more than one row or column.
    if (box.bottom > box.top) edges.push("InsideHorizontal");
    if (box.right > box.left) edges.push("InsideVertical");
  }
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = spec === "outline-medium" ? "Medium" : "Thin";
  }
}

/** Steps 5 and 6: widths (characters → points, see units.ts) and heights (points), neighbouring
 * columns or rows of one size set together. */
function sizeSteps(write: SheetWrite, sheet: () => Worksheet): Step[] {
  const widths = runsOf(write.columnWidths.map(({ column, width }) => [column, width] as const));
  const heights = runsOf(write.rowHeights.map(({ row, height }) => [row, height] as const));
  return [
    ...widths.map((run) =>
      step(1, () => {
        const address = rangeAddress({ top: 1, bottom: 1, left: run.first, right: run.last });
        sheet().getRange(address).format.columnWidth = columnWidthToPoints(run.size);
      })
    ),
    ...heights.map((run) =>
      step(1, () => {
        const address = rangeAddress({ top: run.first, bottom: run.last, left: 1, right: 1 });
        sheet().getRange(address).format.rowHeight = run.size;
      })
    ),
  ];
}

/** Consecutive indexes of one size, as runs. */
function runsOf(
  sizes: readonly (readonly [number, number])[]
): { first: number; last: number; size: number }[] {
  const runs: { first: number; last: number; size: number }[] = [];
  for (const [index, size] of [...sizes].sort((a, b) => a[0] - b[0])) {
    const last = runs.at(-1);
    if (last && last.last === index - 1 && last.size === size) last.last = index;
    else runs.push({ first: index, last: index, size });
  }
  return runs;
}

/** Step 7 (ExcelApi 1.8): an in-cell drop-down that refuses other entries. */
function validationStep(validation: ListValidation, sheet: () => Worksheet): Step {
  return {
    bytes: 4 * OPERATION_BYTES + jsonBytes(validation),
    queue: () => {
      const { dataValidation } = sheet().getRange(validation.range);
      dataValidation.clear();
      dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
      // An empty title lets Excel show its own, as for a rule written into a file.
      dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "",
        message: validation.message,
      };
      if (validation.prompt !== undefined) {
        dataValidation.prompt = { showPrompt: true, title: "", message: validation.prompt };
      }
    },
  };
}

/** Step 8 (ExcelApi 1.9): A4, fit to one page wide with the height left automatic. */
function setUpPage(sheet: Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // The reference gives a number of pages (or null): the file format's 0 for "automatic" is not
  // among its values, and a height left out stays automatic on a new sheet.
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide };
  layout.setPrintArea(page.printArea);
  if (page.printTitleRows) layout.setPrintTitleRows(wholeRows(page.printTitleRows));
  // A new sheet has no footer: none is written for a plan without one, as in the file.
  if (page.centerFooter !== "") {
    layout.headersFooters.defaultForAllPages.centerFooter = centerSection(page.centerFooter);
  }
  layout.setPrintMargins("Inches", page.margins);
  layout.centerHorizontally = page.centerHorizontally;
  // The sheet is new (own sheets are added afresh): it has no manual breaks to remove first.
  for (const row of page.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
}

/** "8:9" → "$8:$9": setPrintTitleRows wants a range that spans entire rows, as Excel writes it. */
export function wholeRows(rows: string): string {
  return rows.replace(/^\$?(\d+):\$?(\d+)$/, "$$$1:$$$2");
}

/** The plan gives the footer in the file's codes ("&CTrang &P/&N"); Office.js takes the center
 * section's text alone. */
export function centerSection(footer: string): string {
  return footer.replace(/^&C/, "");
}

function step(operations: number, queue: () => void): Step {
  return { bytes: operations * OPERATION_BYTES, queue };
}

/** Consecutive groups, each under the limit by estimate (a single larger item goes alone). */
function batches<T extends { readonly bytes: number }>(items: readonly T[], limit: number): T[][] {
  const groups: T[][] = [];
  let size = 0;
  for (const item of items) {
    const current = groups.at(-1);
    if (current && size + item.bytes <= limit) {
      current.push(item);
      size += item.bytes;
    } else {
      groups.push([item]);
      size = item.bytes;
    }
  }
  return groups;
}

/** Activates a sheet; false when there is no sheet of that name. */
export async function activateSheet(context: RequestContext, name: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  await context.sync();
  return true;
}

/** Shows a cell: activates its sheet and selects it; false when there is no sheet of that name. */
export async function selectCell(
  context: RequestContext,
  name: string,
  cell: string
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
  return true;
}
