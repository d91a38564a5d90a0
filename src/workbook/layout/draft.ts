// A sheet's output being assembled: values with their number formats, formats, merges and row
// heights, collected in the order layout states them and handed over as a SheetWrite.

import type { FormatBlock, PlanCell, SheetWrite, ValueBlock } from "../plan";
import { cellAddress, rangeAddress, type CellBox } from "./a1";

/** A rate: the rules' rounded percent, written as a number with a percent format. */
export interface Rate {
  readonly percent: number;
}

/** A cell as layout states it. A string is text ("@", so "=cmd()" stays text), a number a whole
 * count ("0"), a Rate a percentage ("0.00%"), null an empty cell. */
export type DraftCell = string | number | Rate | null;

export const COUNT_FORMAT = "0";
export const RATE_FORMAT = "0.00%";
export const TEXT_FORMAT = "@";
export const EMPTY_FORMAT = "General";

export function rate(percent: number): Rate {
  return { percent };
}

/** The rate's cell value: 38.88 → 0.3888 (rounded again so the value is the nearest double). */
function rateValue(rate: Rate): number {
  return Math.round(rate.percent * 100) / 10_000;
}

function planCell(cell: DraftCell): PlanCell {
  return cell !== null && typeof cell === "object" ? rateValue(cell) : cell;
}

function formatOf(cell: DraftCell): string {
  if (cell === null) return EMPTY_FORMAT;
  if (typeof cell === "string") return TEXT_FORMAT;
  return typeof cell === "number" ? COUNT_FORMAT : RATE_FORMAT;
}

export type FormatSpec = Omit<FormatBlock, "range">;

export class SheetDraft {
  private readonly blocks: ValueBlock[] = [];
  private readonly formats: FormatBlock[] = [];
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();

  /** Writes rows of cells with their top-left cell at (row, column). */
  write(row: number, column: number, cells: readonly (readonly DraftCell[])[]): void {
    this.blocks.push({
      at: cellAddress(row, column),
      values: cells.map((line) => line.map(planCell)),
      numberFormats: cells.map((line) => line.map(formatOf)),
    });
  }

  format(box: CellBox, spec: FormatSpec): void {
    this.formats.push({ range: rangeAddress(box), ...spec });
  }

  merge(box: CellBox): void {
    this.merges.push(rangeAddress(box));
  }

  /** Sets a row's height; asked twice, the row keeps the taller one. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  /** The height set for a row, if any. */
  heightOf(row: number): number | undefined {
    return this.heights.get(row);
  }

  finish(
    frame: Omit<SheetWrite, "blocks" | "formats" | "merges" | "rowHeights" | "validations">
  ): SheetWrite {
    const rowHeights = [...this.heights]
      .sort(([a], [b]) => a - b)
      .map(([row, height]) => ({ row, height }));
    return {
      ...frame,
      blocks: this.blocks,
      formats: this.formats,
      merges: this.merges,
      rowHeights,
      validations: [],
    };
  }
}
