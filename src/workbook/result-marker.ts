// How the add-in recognizes its own output sheet (`Kết quả`) from a previous run: its last line,
// the marker line, written whole by layout and read back whole by parse. A sheet of that name
// without it is the user's, and the add-in must not overwrite it. A line that merely starts with
// the product's name is not enough: a user may well type it.
//
// The line also records the rectangle the run wrote on the roster, so that the next run owns
// exactly that rectangle and nothing below or beside it.

import { REGULATION_IDS, type Lang, type RegulationId } from "../rules";
import type { CellValue } from "./grid";
import { parseRange, rangeAddress, type CellBox } from "./layout/a1";

/** The first word of the marker line, e.g.
 * "phieu-tin-nhiem 0.1.0 · qd96 · mã dữ liệu 3f2a… · khối kết quả K1:S40". */
export const RESULT_SHEET_MARKER = "phieu-tin-nhiem";

const WORDS = {
  fingerprint: { vi: "mã dữ liệu", en: "data fingerprint" },
  rosterBlock: { vi: "khối kết quả", en: "result block" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export interface MarkerLine {
  readonly version: string;
  readonly regulation: RegulationId;
  /** fingerprintOf(the vote's inputs): 16 lowercase hex digits. */
  readonly fingerprint: string;
  /** The rectangle written on the roster (caption, headers and every person's row). */
  readonly rosterBlock: CellBox;
}

const SEPARATOR = " · ";

export function markerLineText(line: MarkerLine, lang: Lang): string {
  return [
    `${RESULT_SHEET_MARKER} ${line.version}`,
    line.regulation,
    `${WORDS.fingerprint[lang]} ${line.fingerprint}`,
    `${WORDS.rosterBlock[lang]} ${rangeAddress(line.rosterBlock)}`,
  ].join(SEPARATOR);
}

/** How the marker line's first part starts, once the cell is trimmed. */
const MARKER_HEAD = `${RESULT_SHEET_MARKER} `;

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const FINGERPRINT = /^[0-9a-f]{16}$/;

/** The worded part "mã dữ liệu 3f2a…" (either language) → its value; null otherwise. */
function worded(part: string | undefined, words: Readonly<Record<Lang, string>>): string | null {
  for (const word of Object.values(words)) {
    if (part?.startsWith(`${word} `)) return part.slice(word.length + 1);
  }
  return null;
}

/** The marker line a cell holds, every part in the shape layout writes it; null for anything
 * else (surrounding spaces ignored). */
export function readMarkerLine(value: CellValue): MarkerLine | null {
  // Every string cell of every sheet is asked (a ballot sheet's million codes among them): a
  // cell without the product's name is ruled out before any trimming or splitting.
  if (typeof value !== "string" || !value.includes(MARKER_HEAD)) return null;
  const parts = value.trim().split(SEPARATOR);
  if (parts.length !== 4) return null;
  const [head, regulation, fingerprintPart, blockPart] = parts;
  const version = head?.startsWith(MARKER_HEAD) ? head.slice(MARKER_HEAD.length) : null;
  const fingerprint = worded(fingerprintPart, WORDS.fingerprint);
  const block = worded(blockPart, WORDS.rosterBlock);
  const rosterBlock = block !== null && /^[A-Z]+\d+:[A-Z]+\d+$/.test(block) && parseRange(block);
  const known = REGULATION_IDS.find((id) => id === regulation);
  if (version === null || !VERSION.test(version) || !known) return null;
  if (fingerprint === null || !FINGERPRINT.test(fingerprint) || !rosterBlock) return null;
  return { version, regulation: known, fingerprint, rosterBlock };
}
