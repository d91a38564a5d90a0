// Values in row blocks, for a workbook whose one read Excel on the web refuses (a response over
// its 5 MB cap). The used ranges' addresses are known; each sync asks for as many rows as fit a
// budget under the cap, sized by the bytes per cell seen so far, so that a sheet of long names and
// one of single-letter marks both take few syncs. A batch refused anyway is asked for again in
// smaller blocks; a single row over the cap is beyond any split, and its failure is the caller's.

import type { CellBox } from "../workbook/layout/a1";
import { rangeAddress } from "../workbook/layout/a1";
import { officeErrorCode } from "./office-errors";
import type { Range, RequestContext, Worksheet } from "./office-api";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "./payload";

/** What one block sync may ask for: the cap less room for the estimate's error. */
export const BLOCK_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);

/** Before any block is seen: a short text with its quotes and comma. */
const FIRST_GUESS_BYTES_PER_CELL = 8;

export interface SheetBox {
  readonly sheet: Worksheet;
  readonly box: CellBox;
}

/** Rows top..bottom of one sheet's box. */
interface Span {
  readonly index: number;
  readonly top: number;
  readonly bottom: number;
}

/** The values of each sheet's box, in the order given, read in as few syncs as fit the budget. */
export async function readValuesInBlocks(
  context: RequestContext,
  sheets: readonly SheetBox[],
  budgetBytes = BLOCK_BUDGET_BYTES
): Promise<unknown[][][]> {
  const values: unknown[][][] = sheets.map(() => []);
  // Per sheet: a roster of names is denser than a grid of marks.
  const bytesPerCell = sheets.map(() => FIRST_GUESS_BYTES_PER_CELL);
  let pending: Span[] = sheets.map(({ box }, index) => ({ index, ...box }));
  while (pending.length > 0) {
    const { batch, rest } = takeBatch(pending, sheets, bytesPerCell, budgetBytes);
    const ranges = batch.map((span) => queueBlock(span, sheets[span.index]!));
    try {
      // One sync per block is the point: each response must stay under the cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const rows = batch.reduce((sum, span) => sum + span.bottom - span.top + 1, 0);
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rows === 1) throw error;
      for (const span of batch) bytesPerCell[span.index]! *= 2;
      continue;
    }
    batch.forEach((span, at) => {
      const block = ranges[at]!.values;
      values[span.index]!.push(...block);
      bytesPerCell[span.index] = measuredBytesPerCell(block) ?? bytesPerCell[span.index]!;
    });
    pending = rest;
  }
  return values;
}

/** The first rows of the pending spans that fit the budget, in order; at least one row, so that
 * each sync moves on. */
function takeBatch(
  pending: readonly Span[],
  sheets: readonly SheetBox[],
  bytesPerCell: readonly number[],
  budgetBytes: number
): { batch: Span[]; rest: Span[] } {
  const batch: Span[] = [];
  let room = budgetBytes;
  for (const span of pending) {
    const { left, right } = sheets[span.index]!.box;
    const rowBytes = (right - left + 1) * bytesPerCell[span.index]!;
    const spanRows = span.bottom - span.top + 1;
    const rows = Math.min(spanRows, Math.floor(room / rowBytes));
    if (rows < 1) {
      if (batch.length === 0) batch.push({ ...span, bottom: span.top });
      break;
    }
    batch.push({ ...span, bottom: span.top + rows - 1 });
    room -= rows * rowBytes;
    // A span cut short ends the batch: its rest goes first in the next one.
    if (rows < spanRows) break;
  }
  const last = batch[batch.length - 1]!;
  const split = pending[batch.length - 1]!;
  const rest = pending.slice(batch.length);
  if (last.bottom < split.bottom) rest.unshift({ ...split, top: last.bottom + 1 });
  return { batch, rest };
}

function queueBlock(span: Span, { sheet, box }: SheetBox): Range {
  const address = rangeAddress({ ...box, top: span.top, bottom: span.bottom });
  return sheet.getRange(address).load("values");
}

/** The block's bytes per cell as the response carries them; null for an empty block. */
function measuredBytesPerCell(block: readonly (readonly unknown[])[]): number | null {
  const cells = block.length * (block[0]?.length ?? 0);
  return cells === 0 ? null : jsonBytes(block) / cells;
}
