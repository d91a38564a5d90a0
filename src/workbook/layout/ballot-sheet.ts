// The ballots to print (`Phiếu in`): one ballot per person present, each with a blank box for the
// seal, the body and the meeting, the regulation's title, the instruction and one row per person
// with an empty box per level. Nothing on a ballot tells one copy from another (the vote is
// secret): no number, no page footer. Two ballots share an A4 page, with a cut line between them,
// whenever two fit; a page break falls after each page's last ballot, so a ballot never starts on
// one page and ends on the next unless it is longer than a page.

import { formatDate, levelName, levelsOf, type CivilDate, type Lang } from "../../rules";
import type { RegulationId } from "../../rules/types";
import type { MeetingDetails } from "../placement";
import type { PageSetup, SheetWrite } from "../plan";
import { ROSTER_HEADERS, voteWordsOf } from "../vocabulary";
import { rangeAddress } from "./a1";
import { ballotTitleOf, BALLOT_WORDS } from "./ballot-words";
import { SheetDraft, type FormatSpec } from "./draft";
import { fitWidth, font, HEADER_FILL, lineCount, VERSION_COLOR } from "./style";
import { WORDS } from "./words";

/** A person as printed on the ballot, in the ballot's order. */
export interface BallotPerson {
  readonly name: string;
  readonly position: string;
  /** The roster's `Khối` / `Nhóm`, when it has one. */
  readonly group?: string;
}

/** A row of the table under the ballot's header: a person with their number, or the subheading
 * of the group that follows. */
export type TableRow =
  { readonly person: BallotPerson; readonly order: number } | { readonly group: string };

/** The people numbered 1 to n in the ballot's order; when the roster has groups, a subheading
 * wherever the group changes (as the minutes list them). */
export function tableRows(people: readonly BallotPerson[], lang: Lang): TableRow[] {
  const grouped = people.some((person) => person.group !== undefined);
  const rows: TableRow[] = [];
  let current: string | null = null;
  people.forEach((person, i) => {
    const group = person.group ?? WORDS.noGroup[lang];
    if (grouped && group !== current) {
      rows.push({ group });
      current = group;
    }
    rows.push({ person, order: i + 1 });
  });
  return rows;
}

/** Writes the table's rows from row `first` across columns 1..last, in `size`-point text: the
 * number, the name and the position of each person, their boxes left empty; a subheading merged
 * across the row. Row heights are the caller's. */
export function writeTableRows(
  draft: SheetDraft,
  first: number,
  rows: readonly TableRow[],
  last: number,
  size: number
): void {
  if (rows.length === 0) return;
  const body = { top: first, bottom: first + rows.length - 1 };
  draft.format(
    { ...body, left: 1, right: last },
    { font: font(size), vertical: "middle", border: "all-thin" }
  );
  draft.format({ ...body, left: 1, right: 1 }, { horizontal: "center" });
  draft.format({ ...body, left: 2, right: 3 }, { horizontal: "left", wrap: true });
  rows.forEach((row, i) => {
    if ("person" in row) {
      draft.write(first + i, 1, [[row.order, row.person.name, row.person.position]]);
      return;
    }
    const box = { top: first + i, left: 1, bottom: first + i, right: last };
    draft.write(first + i, 1, [[row.group]]);
    draft.merge(box);
    draft.format(box, { font: font(size, { bold: true }), horizontal: "left", wrap: true });
  });
}

/** What the ballots and the count sheet print: the people voted on, in the order of the ballot
 * sheet's columns, and the meeting. */
export interface BallotFormContent {
  readonly regulation: RegulationId;
  readonly details: MeetingDetails;
  readonly meetingDate: CivilDate;
  readonly people: readonly BallotPerson[];
}

export interface BallotSheetArgs extends BallotFormContent {
  readonly sheet: string;
  readonly copies: number;
  readonly lang: Lang;
  /** The line that marks the sheet as the add-in's own, written right of the print area. */
  readonly mark: string;
}

/** Sizes in points: the title, the body's name, the rest. */
const SIZE = { title: 14, body: 11, text: 10, cut: 8 } as const;

const STT_WIDTH = 5;
const NAME_WIDTH = { min: 18, max: 26 } as const;
const POSITION_WIDTH = { min: 16, max: 26 } as const;
/** A level's box: wide enough for its name on one line at 10 points ("Tín nhiệm thấp"). */
const LEVEL_WIDTH = 12;

/** The seal's box spans the first three rows; each is at least this tall (three make 19 mm). */
const SEAL_ROW = 18;
const CUT_ROW = 24;

const MARGINS: PageSetup["margins"] = {
  top: 0.4,
  bottom: 0.4,
  left: 0.5,
  right: 0.5,
  header: 0.2,
  footer: 0.2,
};

/** A4's height in points, less the margins and a little slack for a printer's rounding. */
export const PAGE_BUDGET = 842 - (MARGINS.top + MARGINS.bottom) * 72 - 24;

/** Height in points of a row of `lines` lines of `size`-point text, set tight: a ballot's rows are
 * short, and every point saved lets a longer list print two to a page. */
export function ballotRowHeight(lines: number, size: number): number {
  return Math.ceil(Math.max(1, lines) * size * 1.2 + 3);
}

interface Columns {
  readonly widths: readonly number[];
  readonly last: number;
}

function columnsOf(args: BallotFormContent): Columns {
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
    ...levelsOf(args.regulation).map(() => LEVEL_WIDTH),
  ];
  return { widths, last: widths.length };
}

function span(columns: Columns, left: number, right: number): number {
  return columns.widths.slice(left - 1, right).reduce((sum, width) => sum + width, 0);
}

/** The ballot's texts above its table, one per row. */
function headTexts(args: BallotSheetArgs) {
  const { details, lang, regulation } = args;
  const title = ballotTitleOf(regulation);
  const date = `${voteWordsOf(regulation).date[lang]}: ${formatDate(args.meetingDate)}`;
  return {
    organization: details.organization ?? "",
    meeting: details.meetingName ?? "",
    date,
    title: title.title[lang],
    scope: title.scope[lang],
    instruction: title.instruction[lang],
  };
}

/** Every row's height, top to bottom: three rows beside the seal, the title, the scope, the
 * instruction, the table's header and one row per person. */
export function ballotHeights(args: BallotSheetArgs): number[] {
  const columns = columnsOf(args);
  const text = headTexts(args);
  const side = span(columns, 3, columns.last);
  const whole = span(columns, 1, columns.last);
  const tall = (value: string, width: number, size: number) =>
    ballotRowHeight(lineCount(value, width, size), size);
  const headerLines = Math.max(
    ...levelsOf(args.regulation).map((level) =>
      lineCount(levelName(level, args.lang), LEVEL_WIDTH, SIZE.text)
    )
  );
  return [
    Math.max(SEAL_ROW, tall(text.organization, side, SIZE.body)),
    Math.max(SEAL_ROW, tall(text.meeting, side, SIZE.text)),
    Math.max(SEAL_ROW, tall(text.date, side, SIZE.text)),
    tall(text.title, whole, SIZE.title),
    tall(text.scope, whole, SIZE.text),
    tall(text.instruction, whole, SIZE.text),
    ballotRowHeight(headerLines, SIZE.text),
    ...tableRows(args.people, args.lang).map((row) =>
      ballotRowHeight(
        "person" in row
          ? Math.max(
              lineCount(row.person.name, columns.widths[1]!, SIZE.text),
              lineCount(row.person.position, columns.widths[2]!, SIZE.text)
            )
          : lineCount(row.group, whole, SIZE.text),
        SIZE.text
      )
    ),
  ];
}

/** Two ballots to a page when two and the cut line between them fit on one. */
export function ballotsPerPage(heights: readonly number[]): 1 | 2 {
  const ballot = heights.reduce((sum, height) => sum + height, 0);
  return 2 * ballot + CUT_ROW <= PAGE_BUDGET ? 2 : 1;
}

export function layoutBallotSheet(args: BallotSheetArgs): SheetWrite {
  const columns = columnsOf(args);
  const heights = ballotHeights(args);
  const perPage = ballotsPerPage(heights);
  const draft = new SheetDraft();
  const rowBreaks: number[] = [];
  let row = 1;
  for (let copy = 0; copy < args.copies; copy++) {
    const second = perPage === 2 && copy % 2 === 1;
    if (second) row = cutLine(draft, row, columns, args.lang);
    row = ballot(draft, row, args, columns, heights);
    const endsPage = perPage === 1 || second;
    if (endsPage && copy < args.copies - 1) rowBreaks.push(row);
  }
  const markColumn = columns.last + 2;
  draft.write(1, markColumn, [[args.mark]]);
  draft.format(
    { top: 1, left: markColumn, bottom: 1, right: markColumn },
    { font: font(8, { color: VERSION_COLOR }) }
  );
  return draft.finish({
    sheet: args.sheet,
    kind: "own",
    clear: [],
    columnWidths: columns.widths.map((width, i) => ({ column: i + 1, width })),
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToPagesWide: 1,
      printArea: rangeAddress({ top: 1, left: 1, bottom: row - 1, right: columns.last }),
      // No page number: it would tell one ballot from another.
      centerFooter: "",
      margins: MARGINS,
      centerHorizontally: true,
      rowBreaks,
    },
    activate: true,
  });
}

/** One ballot from row `top`; returns the row below it. */
function ballot(
  draft: SheetDraft,
  top: number,
  args: BallotSheetArgs,
  columns: Columns,
  heights: readonly number[]
): number {
  const { lang, regulation } = args;
  const text = headTexts(args);
  const last = columns.last;
  heights.forEach((height, i) => draft.height(top + i, height));
  const line = (row: number, left: number, value: string, look: FormatSpec) => {
    const box = { top: row, left, bottom: row, right: last };
    draft.write(row, left, [[value]]);
    if (last > left) draft.merge(box);
    draft.format(box, { vertical: "middle", wrap: true, horizontal: "center", ...look });
  };
  // The seal's box: empty, framed.
  const seal = { top, left: 1, bottom: top + 2, right: 2 };
  draft.merge(seal);
  draft.format(seal, { border: "outline-thin" });
  line(top, 3, text.organization, { font: font(SIZE.body, { bold: true }) });
  line(top + 1, 3, text.meeting, { font: font(SIZE.text) });
  line(top + 2, 3, text.date, { font: font(SIZE.text, { italic: true }) });
  line(top + 3, 1, text.title, { font: font(SIZE.title, { bold: true }) });
  line(top + 4, 1, text.scope, { font: font(SIZE.text, { italic: true }) });
  line(top + 5, 1, text.instruction, {
    font: font(SIZE.text, { italic: true }),
    horizontal: "left",
  });

  const header = top + 6;
  const levels = levelsOf(regulation);
  draft.write(header, 1, [
    [
      ROSTER_HEADERS.order[lang],
      ROSTER_HEADERS.name[lang],
      ROSTER_HEADERS.position[lang],
      ...levels.map((level) => levelName(level, lang)),
    ],
  ]);
  draft.format(
    { top: header, left: 1, bottom: header, right: last },
    {
      font: font(SIZE.text, { bold: true }),
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: "all-thin",
    }
  );
  const rows = tableRows(args.people, lang);
  writeTableRows(draft, header + 1, rows, last, SIZE.text);
  return header + rows.length + 1;
}

/** The dashed line to cut along, between the two ballots of a page; returns the row below. */
function cutLine(draft: SheetDraft, row: number, columns: Columns, lang: Lang): number {
  const dashes = "- ".repeat(24).trim();
  const box = { top: row, left: 1, bottom: row, right: columns.last };
  draft.write(row, 1, [[`${dashes} ${BALLOT_WORDS.cutLine[lang]} ${dashes}`]]);
  draft.merge(box);
  draft.format(box, {
    font: font(SIZE.cut, { italic: true, color: VERSION_COLOR }),
    horizontal: "center",
    vertical: "middle",
  });
  draft.height(row, CUT_ROW);
  return row + 1;
}
