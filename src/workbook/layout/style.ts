// How the written cells look. One font everywhere: Vietnamese administrative documents are set
// in Times New Roman, and LibreOffice substitutes Liberation Serif (same metrics, Vietnamese
// glyphs) where it is missing. A named font also keeps a printer from falling back to its own.

import type { FontSpec } from "../plan";

export const FONT_NAME = "Times New Roman";

export function font(size: number, options: Omit<FontSpec, "name" | "size"> = {}): FontSpec {
  return { name: FONT_NAME, size, ...options };
}

export const BODY_SIZE = 11;

/** Band fills: light for over half, stronger for two thirds; both stay legible under black text
 * and remain two distinct greys on a black-and-white printer. */
export const BAND_FILLS = {
  "over-half": "#FFE699",
  "two-thirds": "#F4B084",
} as const;

/** Header cells of the result tables. */
export const HEADER_FILL = "#E7E6E6";

/** The version line: small and grey, it is for matching a paper copy, not for reading aloud. */
export const VERSION_COLOR = "#595959";

/** Points per line of 11-point text, and the cell's padding above and below. */
const LINE_HEIGHT = 14;
const ROW_PADDING = 4;

/** Excel's tallest row, in points: a taller height is refused (or cut) by Excel. */
export const MAX_ROW_HEIGHT = 409;

/** The height in points of a row whose tallest cell wraps to `lines` lines of `size`-point text,
 * at most MAX_ROW_HEIGHT (a longer text then shows its beginning). */
export function rowHeightFor(lines: number, size = BODY_SIZE): number {
  const height = Math.ceil((Math.max(1, lines) * LINE_HEIGHT * size) / BODY_SIZE + ROW_PADDING);
  return Math.min(MAX_ROW_HEIGHT, height);
}

/** Characters of 11-point Times New Roman per width unit (the default font's digit width):
 * measured on LibreOffice's rendering (Liberation Serif, the same metrics) at about 1.4 for
 * Vietnamese text, and taken lower so that the estimate errs towards a taller row. */
const CHARACTERS_PER_UNIT = 1.2;

/** How many lines `text` takes in a column `width` units wide, wrapped at spaces the way a
 * spreadsheet does; safe rather than tight, so text is never cut. */
export function lineCount(text: string, width: number, size = BODY_SIZE): number {
  const capacity = Math.max(1, Math.floor((width * CHARACTERS_PER_UNIT * BODY_SIZE) / size) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ").filter((part) => part !== "")) {
      const length = [...word.normalize("NFC")].length;
      if (used === 0) {
        used = length;
      } else if (used + 1 + length <= capacity) {
        used += 1 + length;
      } else {
        lines += 1;
        used = length;
      }
      // A word longer than the column breaks inside itself.
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** Bounds of a column width, in width units. */
export interface WidthBounds {
  readonly min: number;
  readonly max: number;
}

/** A column as wide as its longest line of text plus a margin of two, within bounds. Counting one
 * unit a
 * character leaves room for bold text and capitals. */
export function fitWidth(texts: readonly (string | null)[], bounds: WidthBounds): number {
  // A loop, not Math.max(...lines): spreading a roster of 130,000 people overflows the stack.
  let longest = 0;
  for (const text of texts) {
    for (const line of (text ?? "").split("\n")) {
      longest = Math.max(longest, [...line.normalize("NFC")].length);
    }
  }
  return Math.min(bounds.max, Math.max(bounds.min, longest + 2));
}
