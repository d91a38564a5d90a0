// The blank hand-count sheet (`Phiếu kiểm`): for counters who tick on paper first and type the
// totals into the hand tally sheet after. One row per person on the ballot, in the ballot's order,
// with room for strokes and a total box per level and for invalid entries (the hand tally's
// columns); the table's header repeats on every page, and a counter signs at the end.

import { formatDate, levelName, levelsOf, type Lang, type Level } from "../../rules";
import type { SheetWrite } from "../plan";
import { ROSTER_HEADERS, SHEETS, voteWordsOf } from "../vocabulary";
import { rangeAddress } from "./a1";
import { tableRows, writeTableRows, type BallotFormContent } from "./ballot-sheet";
import { BALLOT_WORDS } from "./ballot-words";
import { SheetDraft, type FormatSpec } from "./draft";
import { FOOTER, orientationFor } from "./result-sheet";
import { fitWidth, font, HEADER_FILL, lineCount, rowHeightFor, VERSION_COLOR } from "./style";
import { WORDS } from "./words";

export interface CountSheetArgs extends BallotFormContent {
  readonly sheet: string;
  readonly lang: Lang;
  /** The line that marks the sheet as the add-in's own, written right of the print area. */
  readonly mark: string;
}

const STT_WIDTH = 5;
const NAME_WIDTH = { min: 16, max: 24 } as const;
const POSITION_WIDTH = { min: 12, max: 20 } as const;
const STROKES_WIDTH = 14;
const TOTAL_WIDTH = 6;
/** Room for a few groups of five strokes. */
const PERSON_ROW = 30;

const MARGINS = { top: 0.5, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 };

export function layoutCountSheet(args: CountSheetArgs): SheetWrite {
  const { lang, regulation, details } = args;
  const counted: readonly (Level | "invalid")[] = [...levelsOf(regulation), "invalid"];
  const widths = [
    STT_WIDTH,
    fitWidth(
      args.people.map((person) => person.name),
      NAME_WIDTH
    ),
    fitWidth(
      args.people.map((person) => person.position),
      POSITION_WIDTH
    ),
    ...counted.flatMap(() => [STROKES_WIDTH, TOTAL_WIDTH]),
  ];
  const last = widths.length;
  const whole = widths.reduce((sum, width) => sum + width, 0);
  const draft = new SheetDraft();
  let row = 1;
  const line = (text: string, look: FormatSpec) => {
    const box = { top: row, left: 1, bottom: row, right: last };
    draft.write(row, 1, [[text]]);
    draft.merge(box);
    draft.format(box, { vertical: "middle", wrap: true, horizontal: "center", ...look });
    const size = look.font?.size ?? 11;
    draft.height(row, rowHeightFor(lineCount(text, whole, size), size));
    row += 1;
  };

  if (details.organization) {
    line(details.organization, { font: font(11, { bold: true }), horizontal: "left" });
  }
  line(BALLOT_WORDS.countTitle[lang], { font: font(14, { bold: true }) });
  if (details.meetingName) line(details.meetingName, { font: font(12, { bold: true }) });
  line(`${voteWordsOf(regulation).date[lang]}: ${formatDate(args.meetingDate)}`, {
    font: font(11),
  });
  line(`${BALLOT_WORDS.countInstruction[lang]} “${SHEETS.handTally[lang]}”.`, {
    font: font(10, { italic: true }),
    horizontal: "left",
  });
  draft.height(row, 8);
  row += 1;

  const top = row;
  const bottom = row + 1;
  for (const [column, text] of [
    [1, ROSTER_HEADERS.order[lang]],
    [2, ROSTER_HEADERS.name[lang]],
    [3, ROSTER_HEADERS.position[lang]],
  ] as const) {
    draft.write(top, column, [[text], [null]]);
    draft.merge({ top, left: column, bottom, right: column });
  }
  counted.forEach((level, i) => {
    const left = 4 + 2 * i;
    draft.write(top, left, [
      [levelName(level, lang), null],
      [BALLOT_WORDS.strokes[lang], BALLOT_WORDS.total[lang]],
    ]);
    draft.merge({ top, left, bottom: top, right: left + 1 });
  });
  const headerBox = { top, left: 1, bottom, right: last };
  draft.format(headerBox, {
    font: font(10, { bold: true }),
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: "all-thin",
  });
  draft.height(top, rowHeightFor(1));
  draft.height(bottom, rowHeightFor(1, 10));
  row = bottom + 1;

  const rows = tableRows(args.people, lang);
  writeTableRows(draft, row, rows, last, 11);
  rows.forEach((line, i) => {
    const lines =
      "person" in line
        ? Math.max(
            lineCount(line.person.name, widths[1]!),
            lineCount(line.person.position, widths[2]!)
          )
        : lineCount(line.group, whole);
    draft.height(
      row + i,
      "person" in line ? Math.max(PERSON_ROW, rowHeightFor(lines)) : rowHeightFor(lines)
    );
  });
  row += rows.length;

  draft.height(row, 16);
  row += 1;
  const signature = { left: Math.max(1, last - 4), right: last };
  for (const [text, look] of [
    [BALLOT_WORDS.counter[lang], font(11, { bold: true })],
    [WORDS.signHint[lang], font(10, { italic: true })],
  ] as const) {
    const box = { top: row, bottom: row, ...signature };
    draft.write(row, signature.left, [[text]]);
    draft.merge(box);
    draft.format(box, { font: look, horizontal: "center", vertical: "middle" });
    draft.height(row, rowHeightFor(1));
    row += 1;
  }
  draft.height(row, 60);
  row += 1;

  const markColumn = last + 2;
  draft.write(1, markColumn, [[args.mark]]);
  draft.format(
    { top: 1, left: markColumn, bottom: 1, right: markColumn },
    { font: font(8, { color: VERSION_COLOR }) }
  );
  return draft.finish({
    sheet: args.sheet,
    kind: "own",
    clear: [],
    columnWidths: widths.map((width, i) => ({ column: i + 1, width })),
    page: {
      paper: "A4",
      orientation: orientationFor(widths),
      fitToPagesWide: 1,
      printArea: rangeAddress({ top: 1, left: 1, bottom: row - 1, right: last }),
      printTitleRows: `${top}:${bottom}`,
      centerFooter: FOOTER[lang],
      margins: MARGINS,
      centerHorizontally: true,
    },
  });
}
