// Fake RangeFormat, fonts, fills, borders and data validation. The shell only writes these, so
// their properties cannot be loaded: reading one throws PropertyNotLoaded. Each setter is queued
// and applied at sync to every cell of the range.

import type * as Api from "../excel/office-api";
import { editable, FakeOfficeError, propertyNotLoaded } from "./errors";
import {
  cellAt,
  cellKey,
  eachCellOf,
  type BorderLine,
  type CellStyle,
  type CellValidation,
  type FakeCell,
  type Side,
} from "./model";
import { Proxy, type Locator, type Session } from "./proxy";
import type { Area } from "./range";

/** A proxy the shell only writes to. */
abstract class WriteOnly extends Proxy<Area> {
  protected readonly loadable: readonly string[] = [];

  protected snapshot(): never {
    throw new FakeOfficeError("InvalidArgument", `${this.path} cannot be loaded`);
  }

  /** Every change here is a change of cells: refused on a protected sheet. */
  protected override write(action: string, args: unknown, apply: (area: Area) => void): void {
    super.write(action, args, (area) => {
      editable(area.sheet);
      apply(area);
    });
  }

  protected unreadable(property: string): never {
    throw propertyNotLoaded(this.path, property);
  }

  /** Queues `change` for every cell of the range. */
  protected eachCell(property: string, value: unknown, change: (cell: FakeCell) => void): void {
    this.write("set", { property, value }, ({ sheet, box }) => {
      eachCellOf(box, (row, column) => change(cellAt(sheet, row, column)));
    });
  }

  protected restyle(property: string, value: unknown, patch: (style: CellStyle) => CellStyle) {
    this.eachCell(property, value, (cell) => {
      cell.style = patch(cell.style);
    });
  }
}

export class FakeRangeFormat extends WriteOnly implements Api.RangeFormat {
  private fontProxy: FakeRangeFont | undefined;
  private fillProxy: FakeRangeFill | undefined;
  private bordersProxy: FakeBorders | undefined;

  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.session, `${this.path}.font`, () =>
      this.resolve()
    ));
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.session, `${this.path}.fill`, () =>
      this.resolve()
    ));
  }
  get borders(): FakeBorders {
    return (this.bordersProxy ??= new FakeBorders(this.session, `${this.path}.borders`, () =>
      this.resolve()
    ));
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.unreadable("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.restyle("horizontalAlignment", value, (style) => ({ ...style, horizontal: value }));
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.unreadable("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.restyle("verticalAlignment", value, (style) => ({ ...style, vertical: value }));
  }

  get wrapText(): boolean {
    return this.unreadable("wrapText");
  }
  set wrapText(value: boolean) {
    this.restyle("wrapText", value, (style) => ({ ...style, wrap: value }));
  }

  get columnWidth(): number {
    return this.unreadable("columnWidth");
  }
  /** In points, for every column the range spans. */
  set columnWidth(points: number) {
    this.write("set", { property: "columnWidth", value: points }, ({ sheet, box }) => {
      for (let column = box.left; column <= box.right; column += 1) {
        sheet.columnWidths.set(column, points);
      }
    });
  }

  get rowHeight(): number {
    return this.unreadable("rowHeight");
  }
  /** In points, for every row the range spans. */
  set rowHeight(points: number) {
    this.write("set", { property: "rowHeight", value: points }, ({ sheet, box }) => {
      for (let row = box.top; row <= box.bottom; row += 1) sheet.rowHeights.set(row, points);
    });
  }
}

export class FakeRangeFont extends WriteOnly implements Api.RangeFont {
  get name(): string {
    return this.unreadable("name");
  }
  set name(name: string) {
    this.restyle("name", name, (style) => ({ ...style, font: { ...style.font, name } }));
  }
  get size(): number {
    return this.unreadable("size");
  }
  set size(size: number) {
    this.restyle("size", size, (style) => ({ ...style, font: { ...style.font, size } }));
  }
  get bold(): boolean {
    return this.unreadable("bold");
  }
  set bold(bold: boolean) {
    this.restyle("bold", bold, (style) => ({ ...style, font: { ...style.font, bold } }));
  }
  get italic(): boolean {
    return this.unreadable("italic");
  }
  set italic(italic: boolean) {
    this.restyle("italic", italic, (style) => ({ ...style, font: { ...style.font, italic } }));
  }
  get color(): string {
    return this.unreadable("color");
  }
  set color(value: string) {
    const color = value.toUpperCase();
    this.restyle("color", value, (style) => ({ ...style, font: { ...style.font, color } }));
  }
}

export class FakeRangeFill extends WriteOnly implements Api.RangeFill {
  get color(): string {
    return this.unreadable("color");
  }
  set color(value: string) {
    this.restyle("color", value, (style) => ({ ...style, fill: value.toUpperCase() }));
  }
}

export class FakeBorders extends WriteOnly implements Api.RangeBorderCollection {
  getItem(index: Api.BorderEdge): FakeBorder {
    return new FakeBorder(
      this.session,
      `${this.path}.getItem(${index})`,
      () => this.resolve(),
      index
    );
  }
}

const SIDES_OF_EDGE: Record<
  Api.BorderEdge,
  readonly (readonly [Side, "first" | "last" | "inner"])[]
> = {
  EdgeTop: [["top", "first"]],
  EdgeBottom: [["bottom", "last"]],
  EdgeLeft: [["left", "first"]],
  EdgeRight: [["right", "last"]],
  // An inside border is the shared edge of two neighbouring cells: both carry it.
  InsideHorizontal: [
    ["bottom", "inner"],
    ["top", "inner"],
  ],
  InsideVertical: [
    ["right", "inner"],
    ["left", "inner"],
  ],
};

const DEFAULT_LINE: BorderLine = { style: "Continuous", weight: "Thin", color: "#000000" };

export class FakeBorder extends WriteOnly implements Api.RangeBorder {
  constructor(
    session: Session,
    path: string,
    locator: Locator<Area>,
    private readonly edge: Api.BorderEdge
  ) {
    super(session, path, locator);
  }

  get style(): Excel.RangeBorder["style"] {
    return this.unreadable("style");
  }
  set style(style: Excel.RangeBorder["style"]) {
    this.setLine("style", style, { style });
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.unreadable("weight");
  }
  set weight(weight: Excel.RangeBorder["weight"]) {
    this.setLine("weight", weight, { weight });
  }
  get color(): string {
    return this.unreadable("color");
  }
  set color(color: string) {
    this.setLine("color", color, { color: color.toUpperCase() });
  }

  private setLine(property: string, value: unknown, patch: Partial<BorderLine>): void {
    this.write("set", { property, value }, ({ sheet, box }) => {
      for (const [side, which] of SIDES_OF_EDGE[this.edge]) {
        eachCellOf(box, (row, column) => {
          if (!onSide(side, which, row, column, box)) return;
          const cell = cellAt(sheet, row, column);
          const border = { ...cell.style.border };
          const line = { ...(border[side] ?? DEFAULT_LINE), ...patch };
          if (line.style === "None") delete border[side];
          else border[side] = line;
          cell.style = { ...cell.style, border };
        });
      }
    });
  }
}

/** Whether a cell of the box gets the given side of an edge. */
function onSide(
  side: Side,
  which: "first" | "last" | "inner",
  row: number,
  column: number,
  box: { top: number; left: number; bottom: number; right: number }
): boolean {
  const vertical = side === "top" || side === "bottom";
  const position = vertical ? row : column;
  const first = vertical ? box.top : box.left;
  const last = vertical ? box.bottom : box.right;
  if (which === "first") return position === first;
  if (which === "last") return position === last;
  // Inside: every bottom/right side but the last, every top/left side but the first.
  return side === "bottom" || side === "right" ? position < last : position > first;
}

export class FakeDataValidation extends WriteOnly implements Api.DataValidation {
  get rule(): Excel.DataValidationRule {
    return this.unreadable("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const list = rule.list;
    if (list === undefined || typeof list.source !== "string") {
      throw new FakeOfficeError("InvalidArgument", "the fake supports list rules of text only");
    }
    const source = list.source;
    this.write("set", { property: "rule", value: rule }, ({ sheet, box }) => {
      eachCellOf(box, (row, column) => {
        sheet.validations.set(cellKey(row, column), {
          source,
          inCellDropDown: list.inCellDropDown,
        });
      });
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.unreadable("errorAlert");
  }
  /** Applies to the cells of the range that already carry a rule. */
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.amend("errorAlert", alert, { errorMessage: alert.message, errorTitle: alert.title });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.unreadable("prompt");
  }
  /** Applies to the cells of the range that already carry a rule. */
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.amend("prompt", prompt, { promptMessage: prompt.showPrompt ? prompt.message : undefined });
  }

  private amend(property: string, value: unknown, patch: Partial<CellValidation>): void {
    this.write("set", { property, value }, ({ sheet, box }) => {
      eachCellOf(box, (row, column) => {
        const key = cellKey(row, column);
        const validation = sheet.validations.get(key);
        if (validation !== undefined) sheet.validations.set(key, { ...validation, ...patch });
      });
    });
  }

  clear(): void {
    this.write("clear", null, ({ sheet, box }) => {
      eachCellOf(box, (row, column) => sheet.validations.delete(cellKey(row, column)));
    });
  }
}
