// A worksheet part the writer changes (the roster, the result sheet; never a ballot sheet): its
// top-level elements kept as text, its cells as rows of cells, and the whole written back with
// every element in the order the schema (CT_Worksheet) fixes, so that Excel never offers to
// repair it.

import type { CellStyle, StyleSheet } from "./styles";
import {
  attributesOf,
  childElements,
  element,
  setElement,
  localName,
  type NamedXml,
  rootElement,
  startTag,
  XmlShapeError,
} from "./xml";
import { cellAddress, columnNumber, rangeAddress, type CellBox } from "../../workbook/layout/a1";

/** CT_Worksheet's sequence. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface Cell {
  /** The <c>'s attributes (r, s, t…). */
  readonly attributes: Map<string, string>;
  /** Its content (<v>, <f>, <is>) as text. */
  inner: string;
  /** Set once the writer changes the cell's style; written as a cell format index. */
  style?: CellStyle;
}

export interface Row {
  readonly attributes: Map<string, string>;
  readonly cells: Map<number, Cell>;
}

const CELL_REFERENCE = /^([A-Z]{1,3})([1-9][0-9]*)$/;

export class WorksheetXml {
  /** The XML declaration and the <worksheet> start tag. */
  private readonly head: string;
  /** Top-level elements other than sheetData, by local name, each as text (several for
   * repeated ones such as conditionalFormatting). */
  private readonly elements: NamedXml[];
  readonly rows = new Map<number, Row>();

  constructor(xml: string) {
    const root = rootElement(xml);
    if (root.name !== "worksheet") throw new XmlShapeError("worksheet: unexpected root");
    this.head = xml.slice(0, root.openEnd);
    this.elements = [];
    for (const child of childElements(xml, root.openEnd, root.closeStart)) {
      const name = localName(child.name);
      if (name === "sheetData") this.readRows(xml.slice(child.start, child.end));
      this.elements.push({
        name,
        xml: name === "sheetData" ? "" : xml.slice(child.start, child.end),
      });
    }
    if (!this.elements.some((child) => child.name === "sheetData")) {
      throw new XmlShapeError("worksheet: no sheetData");
    }
  }

  private readRows(xml: string): void {
    const data = rootElement(xml);
    let previousRow = 0;
    for (const rowSpan of childElements(xml, data.openEnd, data.closeStart)) {
      if (localName(rowSpan.name) !== "row") continue;
      const attributes = attributesOf(xml.slice(rowSpan.start, rowSpan.openEnd));
      const number = Number(attributes.get("r") ?? previousRow + 1);
      previousRow = number;
      attributes.set("r", String(number));
      const row: Row = { attributes, cells: new Map() };
      let previousColumn = 0;
      for (const cellSpan of childElements(xml, rowSpan.openEnd, rowSpan.closeStart)) {
        if (localName(cellSpan.name) !== "c") continue;
        const cellAttributes = attributesOf(xml.slice(cellSpan.start, cellSpan.openEnd));
        const reference = CELL_REFERENCE.exec(cellAttributes.get("r") ?? "");
        const column = reference ? columnNumber(reference[1]!) : previousColumn + 1;
        previousColumn = column;
        cellAttributes.set("r", cellAddress(number, column));
        row.cells.set(column, {
          attributes: cellAttributes,
          inner: xml.slice(cellSpan.openEnd, cellSpan.closeStart),
        });
      }
      this.rows.set(number, row);
    }
  }

  /** The first top-level element with this local name, as text. */
  get(name: string): string | undefined {
    return this.elements.find((child) => child.name === name)?.xml;
  }

  /** Replaces the element (the first of that name), inserts it where the schema puts it, or
   * removes it (null). */
  set(name: string, xml: string | null): void {
    setElement(this.elements, name, xml, WORKSHEET_ORDER);
  }

  row(number: number): Row {
    let row = this.rows.get(number);
    if (!row) {
      row = { attributes: new Map([["r", String(number)]]), cells: new Map() };
      this.rows.set(number, row);
    }
    return row;
  }

  /** The cell, created (with the default format) when the sheet has none there. */
  cell(row: number, column: number): Cell {
    const cells = this.row(row).cells;
    let cell = cells.get(column);
    if (!cell) {
      cell = { attributes: new Map([["r", cellAddress(row, column)]]), inner: "" };
      cells.set(column, cell);
    }
    return cell;
  }

  /** The box holding every cell, for <dimension>. */
  private extent(): CellBox | null {
    let box: CellBox | null = null;
    for (const [number, row] of this.rows) {
      for (const column of row.cells.keys()) {
        box = box
          ? {
              top: Math.min(box.top, number),
              left: Math.min(box.left, column),
              bottom: Math.max(box.bottom, number),
              right: Math.max(box.right, column),
            }
          : { top: number, left: column, bottom: number, right: column };
      }
    }
    return box;
  }

  /** The part's text; changed styles become cell formats of `styles`. */
  text(styles: StyleSheet): string {
    const extent = this.extent();
    this.set("dimension", element("dimension", { ref: extent ? rangeAddress(extent) : "A1" }));
    return `${this.head}${this.elements
      .map((child) => (child.name === "sheetData" ? this.sheetData(styles) : child.xml))
      .join("")}</worksheet>`;
  }

  private sheetData(styles: StyleSheet): string {
    const rows = [...this.rows.entries()].sort(([a], [b]) => a - b);
    let xml = "<sheetData>";
    for (const [, row] of rows) {
      // Spans are a hint Excel checks against the cells; a changed row no longer matches its own.
      row.attributes.delete("spans");
      const cells = [...row.cells.entries()].sort(([a], [b]) => a - b);
      if (cells.length === 0) {
        xml += startTag("row", row.attributes, true);
        continue;
      }
      xml += startTag("row", row.attributes);
      for (const [, cell] of cells) {
        if (cell.style) {
          const index = styles.indexOf(cell.style);
          if (index === 0) cell.attributes.delete("s");
          else cell.attributes.set("s", String(index));
        }
        xml += element("c", cell.attributes, cell.inner);
      }
      xml += "</row>";
    }
    return `${xml}</sheetData>`;
  }
}
