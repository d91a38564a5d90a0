// The extension Excel opens a package under: a workbook with macros only as .xlsm, one without
// only as .xlsx ("the file format or extension is not valid" otherwise). Told by the workbook
// part's content type, as Excel tells it.

import type { ZipArchive } from "./zip";

const MACRO_WORKBOOK = /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/i;

export function packageExtension(archive: ZipArchive): ".xlsm" | ".xlsx" {
  return MACRO_WORKBOOK.test(archive.text("[Content_Types].xml") ?? "") ? ".xlsm" : ".xlsx";
}
