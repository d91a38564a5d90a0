// A1 notation: the only way a WritePlan names cells, so both shells read the same addresses.

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "AA" → 27; case-insensitive. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** (3, 2) → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3:D9", or "B3" when the box is one cell. */
export function rangeAddress(box: CellBox): string {
  const first = cellAddress(box.top, box.left);
  const last = cellAddress(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

const CELL = /^([A-Za-z]{1,3})([1-9][0-9]*)$/;

/** "B3:D9" or "B3" → its box; null when the text is not a cell or a range of cells. The two
 * corners may come in any order. */
export function parseRange(a1: string): CellBox | null {
  const corners = a1.split(":");
  if (corners.length > 2) return null;
  const cells = corners.map((corner) => CELL.exec(corner.trim()));
  if (cells.some((match) => match === null)) return null;
  const rows = cells.map((match) => Number(match![2]));
  const columns = cells.map((match) => columnNumber(match![1]!));
  return {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}
