// Addresses as Office.js reports them: "'Danh sách'!A1:K30", "Phiếu!$B$2". The sheet is quoted
// when its name is not a plain word, with ' doubled inside the quotes.

import { parseRange, type CellBox } from "../workbook/layout/a1";

export interface SheetAddress {
  readonly sheet: string;
  readonly box: CellBox;
}

/** The sheet and box of a reported address; null when it is not one. */
export function parseSheetAddress(address: string): SheetAddress | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const box = parseRange(address.slice(bang + 1).replace(/\$/g, ""));
  if (box === null) return null;
  const sheet = address.slice(0, bang);
  const quoted = /^'(.*)'$/s.exec(sheet);
  return { sheet: quoted ? quoted[1]!.replace(/''/g, "'") : sheet, box };
}

/** How Excel writes a sheet name in an address. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
