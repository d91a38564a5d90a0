// One SheetWrite of the plan applied to a worksheet part, in plan.ts's order: clear, values,
// formats, merges, column widths, row heights, data validations, page setup. The same steps as
// the ExcelJS and Office.js shells; the defined names (print area and titles) and the active tab
// are the workbook's, set in workbook-parts.ts.

import type {
  FormatBlock,
  ListValidation,
  PageSetup,
  SheetWrite,
  ValueBlock,
} from "../../workbook/plan";
import { parseRange, rangeAddress, type CellBox } from "../../workbook/layout/a1";
import type { Cell, WorksheetXml } from "./sheet-xml";
import { edgeLines } from "../../workbook/border-edges";
import {
  alignmentChange,
  edgesChange,
  fillChange,
  fontChange,
  numberFormatChange,
  restyled,
  type CellStyle,
  type StyleChange,
  type StyleSheet,
} from "./styles";
import {
  attributesOf,
  childElements,
  element,
  escapeXml,
  insertionIndex,
  localName,
  rootElement,
  startTag,
  XmlShapeError,
} from "./xml";

/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = "9";

export function patchSheet(sheet: WorksheetXml, styles: StyleSheet, write: SheetWrite): void {
  const merges = new Merges(sheet.get("mergeCells"));
  for (const range of write.clear) clearRange(sheet, merges, boxOf(range));
  for (const block of write.blocks) writeBlock(sheet, styles, block);
  for (const format of write.formats) applyFormat(sheet, styles, format);
  for (const merge of write.merges) merges.add(boxOf(merge));
  sheet.set("mergeCells", merges.xml());
  if (write.columnWidths.length > 0) setWidths(sheet, write.columnWidths);
  for (const { row, height } of write.rowHeights) {
    const attributes = sheet.row(row).attributes;
    attributes.set("ht", String(height));
    attributes.set("customHeight", "1");
  }
  if (write.validations.length > 0) setValidations(sheet, write.validations);
  if (write.page) setPage(sheet, write.page);
}

/** Step 1 on a user sheet: the cells of the range go (values and formats) with every merge
 * touching it. */
function clearRange(sheet: WorksheetXml, merges: Merges, box: CellBox): void {
  merges.removeTouching(box);
  for (let row = box.top; row <= box.bottom; row++) {
    const cells = sheet.rows.get(row)?.cells;
    if (!cells) continue;
    for (let column = box.left; column <= box.right; column++) cells.delete(column);
  }
}

function styleOf(cell: Cell, styles: StyleSheet): CellStyle {
  return cell.style ?? styles.styleOf(Number(cell.attributes.get("s") ?? 0) || 0);
}

/** Step 2: number formats first, then values; a string is always text (an inline string), never
 * a formula, whatever it starts with. */
function writeBlock(sheet: WorksheetXml, styles: StyleSheet, block: ValueBlock): void {
  const origin = boxOf(block.at);
  block.values.forEach((values, i) => {
    values.forEach((value, j) => {
      const cell = sheet.cell(origin.top + i, origin.left + j);
      const numFmt = block.numberFormats[i]?.[j];
      if (numFmt !== undefined) {
        cell.style = restyled(styleOf(cell, styles), numberFormatChange(numFmt));
      }
      if (value === null) return;
      // Rich-value metadata belongs to the value replaced.
      cell.attributes.delete("cm");
      cell.attributes.delete("vm");
      if (typeof value === "number") {
        cell.attributes.delete("t");
        cell.inner = `<v>${String(value)}</v>`;
      } else {
        cell.attributes.set("t", "inlineStr");
        cell.inner = `<is><t xml:space="preserve">${escapeXml(value)}</t></is>`;
      }
    });
  });
}

const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/** Step 3: each block sets only the properties it names; a later block wins where two overlap. */
function applyFormat(sheet: WorksheetXml, styles: StyleSheet, format: FormatBlock): void {
  const box = boxOf(format.range);
  const alignment: Record<string, string | false> = {
    ...(format.horizontal && { horizontal: format.horizontal }),
    ...(format.vertical && { vertical: VERTICAL[format.vertical] }),
    ...(format.wrap !== undefined && { wrapText: format.wrap ? "1" : false }),
  };
  const changes: StyleChange[] = [
    ...(format.font ? [fontChange(format.font)] : []),
    ...(format.fill ? [fillChange(format.fill)] : []),
    ...(Object.keys(alignment).length > 0 ? [alignmentChange(alignment)] : []),
  ];
  const edgesOf = (style: CellStyle) => styles.edgesOf(style);
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      const cell = sheet.cell(row, column);
      let style = changes.reduce(restyled, styleOf(cell, styles));
      if (format.border) {
        const lines = edgeLines(format.border, box, row, column);
        style = restyled(style, edgesChange(lines, edgesOf));
      }
      cell.style = style;
    }
  }
}

/** The sheet's merged areas. */
class Merges {
  private readonly boxes: CellBox[] = [];
  private readonly attributes: Map<string, string>;

  constructor(xml: string | undefined) {
    this.attributes = xml ? attributesOf(xml) : new Map();
    if (!xml) return;
    const root = rootElement(xml);
    for (const child of childElements(xml, root.openEnd, root.closeStart)) {
      const box = parseRange(attributesOf(xml.slice(child.start, child.end)).get("ref") ?? "");
      if (box) this.boxes.push(box);
    }
  }

  removeTouching(area: CellBox): void {
    for (let i = this.boxes.length - 1; i >= 0; i--) {
      if (overlaps(this.boxes[i]!, area)) this.boxes.splice(i, 1);
    }
  }

  add(box: CellBox): void {
    this.removeTouching(box);
    this.boxes.push(box);
  }

  xml(): string | null {
    if (this.boxes.length === 0) return null;
    this.attributes.set("count", String(this.boxes.length));
    const inner = this.boxes
      .map((box) => element("mergeCell", { ref: rangeAddress(box) }))
      .join("");
    return `${startTag("mergeCells", this.attributes)}${inner}</mergeCells>`;
  }
}

function overlaps(a: CellBox, b: CellBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

interface ColumnRun {
  min: number;
  max: number;
  readonly attributes: Map<string, string>;
}

/** Step 5: a <col> run covering several columns is split so that only the named one changes. */
function setWidths(
  sheet: WorksheetXml,
  widths: readonly { readonly column: number; readonly width: number }[]
): void {
  const xml = sheet.get("cols");
  let runs: ColumnRun[] = [];
  if (xml) {
    const root = rootElement(xml);
    runs = childElements(xml, root.openEnd, root.closeStart).map((child) => {
      const attributes = attributesOf(xml.slice(child.start, child.end));
      return {
        min: Number(attributes.get("min")),
        max: Number(attributes.get("max")),
        attributes,
      };
    });
  }
  for (const { column, width } of widths) {
    const split: ColumnRun[] = [];
    for (const run of runs) {
      if (column < run.min || column > run.max) {
        split.push(run);
        continue;
      }
      if (run.min < column)
        split.push({ ...run, max: column - 1, attributes: new Map(run.attributes) });
      if (run.max > column)
        split.push({ ...run, min: column + 1, attributes: new Map(run.attributes) });
    }
    const own = runs.find((run) => column >= run.min && column <= run.max);
    const attributes = new Map(own?.attributes ?? []);
    attributes.set("width", String(width));
    attributes.set("customWidth", "1");
    split.push({ min: column, max: column, attributes });
    runs = split;
  }
  runs.sort((a, b) => a.min - b.min);
  const inner = runs
    .map((run) => {
      run.attributes.set("min", String(run.min));
      run.attributes.set("max", String(run.max));
      return startTag("col", orderedFirst(run.attributes, ["min", "max"]), true);
    })
    .join("");
  sheet.set("cols", `<cols>${inner}</cols>`);
}

function orderedFirst(attributes: ReadonlyMap<string, string>, first: readonly string[]) {
  const ordered = new Map<string, string>();
  for (const key of first) if (attributes.has(key)) ordered.set(key, attributes.get(key)!);
  for (const [key, value] of attributes) ordered.set(key, value);
  return ordered;
}

/** Step 7: what any validation said for the plan's cells is cleared (the previous run's own
 * drop-downs), the user's elsewhere kept; each new one is given by its range, never per cell. */
function setValidations(sheet: WorksheetXml, validations: readonly ListValidation[]): void {
  const xml = sheet.get("dataValidations");
  const kept: { attributes: Map<string, string>; inner: string; ranges: CellBox[] }[] = [];
  let attributes = new Map<string, string>();
  if (xml) {
    const root = rootElement(xml);
    attributes = attributesOf(xml);
    for (const child of childElements(xml, root.openEnd, root.closeStart)) {
      const own = attributesOf(xml.slice(child.start, child.end));
      const ranges = (own.get("sqref") ?? "")
        .split(/\s+/)
        .flatMap((part) => parseRange(part) ?? []);
      kept.push({ attributes: own, inner: xml.slice(child.openEnd, child.closeStart), ranges });
    }
  }
  const added = validations.map((validation) => {
    const box = boxOf(validation.range);
    for (const entry of kept) entry.ranges = entry.ranges.flatMap((range) => without(range, box));
    return validationXml(validation);
  });
  const entries = kept
    .filter((entry) => entry.ranges.length > 0)
    .map((entry) => {
      entry.attributes.set("sqref", entry.ranges.map(rangeAddress).join(" "));
      return `${startTag("dataValidation", entry.attributes)}${entry.inner}</dataValidation>`;
    });
  entries.push(...added);
  attributes.set("count", String(entries.length));
  sheet.set(
    "dataValidations",
    `${startTag("dataValidations", attributes)}${entries.join("")}</dataValidations>`
  );
}

function validationXml(validation: ListValidation): string {
  const attributes: Record<string, string> = {
    type: "list",
    allowBlank: "1",
    ...(validation.prompt !== undefined && { showInputMessage: "1" }),
    showErrorMessage: "1",
    errorStyle: "stop",
    error: validation.message,
    ...(validation.prompt !== undefined && { prompt: validation.prompt }),
    sqref: validation.range,
  };
  const formula = `<formula1>${escapeXml(`"${validation.list.join(",")}"`)}</formula1>`;
  return `${startTag("dataValidation", new Map(Object.entries(attributes)))}${formula}</dataValidation>`;
}

/** The parts of `range` outside `hole`: at most four rectangles. */
export function without(range: CellBox, hole: CellBox): CellBox[] {
  if (!overlaps(range, hole)) return [range];
  const pieces: CellBox[] = [];
  if (range.top < hole.top) pieces.push({ ...range, bottom: hole.top - 1 });
  if (range.bottom > hole.bottom) pieces.push({ ...range, top: hole.bottom + 1 });
  const top = Math.max(range.top, hole.top);
  const bottom = Math.min(range.bottom, hole.bottom);
  if (range.left < hole.left) pieces.push({ top, bottom, left: range.left, right: hole.left - 1 });
  if (range.right > hole.right)
    pieces.push({ top, bottom, left: hole.right + 1, right: range.right });
  return pieces;
}

/** Step 8: A4, fit to one page wide with the height automatic, margins, centring, footer. */
function setPage(sheet: WorksheetXml, page: PageSetup): void {
  sheet.set(
    "sheetPr",
    withChild(sheet.get("sheetPr") ?? "<sheetPr/>", "pageSetUpPr", { fitToPage: "1" }, [
      "tabColor",
      "outlinePr",
      "pageSetUpPr",
    ])
  );
  const options = attributesOf(sheet.get("printOptions") ?? "<printOptions/>");
  if (page.centerHorizontally) options.set("horizontalCentered", "1");
  else options.delete("horizontalCentered");
  sheet.set("printOptions", options.size > 0 ? startTag("printOptions", options, true) : null);
  const { left, right, top, bottom, header, footer } = page.margins;
  sheet.set(
    "pageMargins",
    element("pageMargins", {
      left: String(left),
      right: String(right),
      top: String(top),
      bottom: String(bottom),
      header: String(header),
      footer: String(footer),
    })
  );
  const setup = attributesOf(sheet.get("pageSetup") ?? "<pageSetup/>");
  setup.set("paperSize", PAPER_A4);
  setup.set("orientation", page.orientation);
  setup.set("fitToWidth", String(page.fitToPagesWide));
  setup.set("fitToHeight", "0");
  sheet.set("pageSetup", startTag("pageSetup", setup, true));
  sheet.set("rowBreaks", rowBreaksXml(page.rowBreaks ?? []));
  const footerXml = `<oddFooter>${escapeXml(page.centerFooter)}</oddFooter>`;
  sheet.set(
    "headerFooter",
    withChildXml(sheet.get("headerFooter") ?? "<headerFooter/>", "oddFooter", footerXml, [
      "oddHeader",
      "oddFooter",
      "evenHeader",
      "evenFooter",
      "firstHeader",
      "firstFooter",
    ])
  );
}

/** A break's id is the last row above it, the plan's row is the first below; 16383 is the last
 * column index, so the break runs across the whole sheet. No breaks: no element. */
function rowBreaksXml(rows: readonly number[]): string | null {
  if (rows.length === 0) return null;
  const breaks = rows.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/** `parent` with its child `name` given these attributes (created where `order` puts it). */
function withChild(
  parent: string,
  name: string,
  set: Readonly<Record<string, string>>,
  order: readonly string[]
): string {
  const root = rootElement(parent);
  const existing = childElements(parent, root.openEnd, root.closeStart).find(
    (child) => localName(child.name) === name
  );
  const attributes = existing
    ? attributesOf(parent.slice(existing.start, existing.end))
    : new Map<string, string>();
  for (const [key, value] of Object.entries(set)) attributes.set(key, value);
  const inner = existing ? parent.slice(existing.openEnd, existing.closeStart) : "";
  return withChildXml(parent, name, element(existing?.name ?? name, attributes, inner), order);
}

/** `parent` with its child `name` replaced by `xml`, or `xml` inserted where `order` puts it. */
export function withChildXml(
  parent: string,
  name: string,
  xml: string,
  order: readonly string[]
): string {
  const root = rootElement(parent);
  const children = childElements(parent, root.openEnd, root.closeStart);
  const texts = children.map((child) => ({
    name: localName(child.name),
    xml: parent.slice(child.start, child.end),
  }));
  const at = texts.findIndex((child) => child.name === name);
  if (at >= 0) texts[at] = { name, xml };
  else {
    const names = texts.map((child) => child.name);
    texts.splice(insertionIndex(names, name, order), 0, { name, xml });
  }
  const open = startTag(root.name, attributesOf(parent.slice(root.start, root.openEnd)));
  return `${open}${texts.map((child) => child.xml).join("")}</${root.name}>`;
}

/** Step 9 on one sheet: its first view selected or not. `xml` may be only the head of a large
 * sheet (the text before its cells): nothing after the first <sheetView> is read. */
export function withTabSelected(xml: string, selected: boolean): string {
  const found = /<sheetView[\s/>]/.exec(xml);
  if (!found) {
    if (!selected) return xml;
    throw new XmlShapeError("worksheet: no sheet view to select");
  }
  const start = found.index;
  const end = xml.indexOf(">", start) + 1;
  const tag = xml.slice(start, end);
  const attributes = attributesOf(tag);
  const was = attributes.get("tabSelected");
  const is = was === "1" || was === "true";
  if (is === selected) return xml;
  if (selected) attributes.set("tabSelected", "1");
  else attributes.delete("tabSelected");
  return (
    xml.slice(0, start) + startTag("sheetView", attributes, tag.endsWith("/>")) + xml.slice(end)
  );
}

/** Selects (or unselects) a sheet the writer rebuilds. */
export function selectSheet(sheet: WorksheetXml, selected: boolean): void {
  const views = sheet.get("sheetViews");
  if (views) sheet.set("sheetViews", withTabSelected(views, selected));
  else if (selected) {
    sheet.set(
      "sheetViews",
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
    );
  }
}

function boxOf(a1: string): CellBox {
  const box = parseRange(a1);
  if (!box) {
    throw new Error(`Vùng ô không hợp lệ trong kế hoạch ghi / Not an A1 range in the plan: ${a1}`);
  }
  return box;
}
