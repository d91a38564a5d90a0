// The printable result sheet `Kết quả` (workbook.md section 4.2) as a biên bản kiểm phiếu, top to
// bottom: the header by regulation, the meeting's figures, the table, the notes, the signatures,
// and the marker line that makes the sheet the add-in's own. Each section is a module of
// ./minutes; this one puts them on the page and decides where pages break.

import type { Lang } from "../../rules";
import type { SheetWrite } from "../plan";
import { markerLineText } from "../result-marker";
import { rangeAddress } from "./a1";
import { tableColumns } from "./minutes/columns";
import { figures } from "./minutes/figures";
import { header } from "./minutes/header";
import { notes } from "./minutes/notes";
import {
  MARGINS,
  MinutesPage,
  orientationFor,
  pageHeight,
  printScale,
  SIZE,
  type ResultSheetArgs,
} from "./minutes/page";
import { piecesOf, rowBreaks } from "./minutes/page-breaks";
import { signatures } from "./minutes/signatures";
import { table } from "./minutes/table";
import { FONT_NAME, font, VERSION_COLOR } from "./style";

export type { ResultSheetArgs } from "./minutes/page";
export { resultSheetWidth } from "./minutes/columns";
export { orientationFor, PORTRAIT_CAPACITY } from "./minutes/page";

/** Centre footer "Trang 1/2", in the sheet's font (a footer otherwise takes the application's
 * default face). */
const FOOTER_FONT = `&"${FONT_NAME},Regular"&10`;
export const FOOTER: Readonly<Record<Lang, string>> = {
  vi: `&C${FOOTER_FONT}Trang &P/&N`,
  en: `&C${FOOTER_FONT}Page &P/&N`,
};

export function layoutResultSheet(args: ResultSheetArgs): SheetWrite {
  const columns = tableColumns(args.result, args.details.consequencePerPerson, args.lang);
  const orientation = orientationFor(columns.widths);
  const scale = printScale(columns.widths);
  const page = new MinutesPage(columns, scale);
  header(page, args);
  figures(page, args);
  const printed = table(page, args);
  notes(page, args);
  signatures(page, args);
  markerLine(page, args);
  const lastRow = page.row - 1;
  const breaks = rowBreaks({
    top: { top: 1, bottom: printed.titleRows.bottom },
    titleRows: printed.titleRows,
    pieces: piecesOf(printed.people, lastRow),
    pageHeight: pageHeight(orientation, scale),
    heightOf: (row) => page.heightOf(row),
  });
  return page.draft.finish({
    sheet: args.sheet,
    kind: "own",
    clear: [],
    columnWidths: columns.widths.map((width, i) => ({ column: i + 1, width })),
    page: {
      paper: "A4",
      orientation,
      fitToPagesWide: 1,
      printArea: rangeAddress({ top: 1, left: 1, bottom: lastRow, right: columns.last }),
      printTitleRows: `${printed.titleRows.top}:${printed.titleRows.bottom}`,
      rowBreaks: breaks,
      centerFooter: FOOTER[args.lang],
      margins: MARGINS,
      centerHorizontally: true,
    },
    activate: true,
  });
}

/** The last line: marker, product version, regulation id, fingerprint of the inputs and the
 * rectangle written on the roster. */
function markerLine(page: MinutesPage, args: ResultSheetArgs): void {
  const { fingerprint, lang, result, version, rosterBlock } = args;
  const text = markerLineText(
    { version, regulation: result.regulation, fingerprint, rosterBlock },
    lang
  );
  page.line(text, { font: font(SIZE.version, { color: VERSION_COLOR }), horizontal: "left" });
}
