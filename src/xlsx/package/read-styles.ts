// The styles part, reduced to the one thing the grid needs: which cell style ids show a number
// as a date or a time, so that the cell reads as a Date like ExcelJS reads it.

import { readPartXml } from "./part-xml";
import type { ZipArchive } from "./zip";

/** Excel's built-in formats that are dates or times (the others are numbers or text). */
const BUILT_IN_DATE_FORMATS: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** A format shows a date when a date or time letter stands outside quotes and brackets ("[Red]",
 * "[$-409]", "[h]" are not letters shown): ExcelJS's rule, kept so both readers agree. */
export function isDateFormat(format: string): boolean {
  const shown = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(shown);
}

/** The index (a cell's `s`) of every cell format that shows dates. */
export function readDateStyles(archive: ZipArchive, part: string | undefined): ReadonlySet<number> {
  const dateStyles = new Set<number>();
  if (part === undefined) return dateStyles;
  const customFormats = new Map<number, string>();
  const cellFormats: number[] = [];
  const path: string[] = [];
  readPartXml(archive, part, {
    open(tag) {
      const { name } = tag;
      const parent = path[path.length - 1];
      // Top-level formats only: a differential format (dxf) has numFmts of its own.
      if (name === "numFmt" && parent === "numFmts" && path.length === 2) {
        customFormats.set(Number(tag.attribute("numFmtId")), tag.attribute("formatCode") ?? "");
      } else if (name === "xf" && parent === "cellXfs") {
        cellFormats.push(Number(tag.attribute("numFmtId") ?? 0));
      }
      path.push(name);
    },
    close: () => path.pop(),
  });
  cellFormats.forEach((formatId, styleId) => {
    const format = customFormats.get(formatId) ?? BUILT_IN_DATE_FORMATS[formatId];
    if (format !== undefined && isDateFormat(format)) dateStyles.add(styleId);
  });
  return dateStyles;
}
