// The printable result sheet `Kết quả` (workbook.md section 4.2), top to bottom: title block,
// meeting figures, the table (two header rows, one row per person), notes, signatures, and the
// version line that marks the sheet as the add-in's own. Ready for File › Print on A4.

import {
  bandConsequence,
  bandName,
  exclusionReasonText,
  formatDate,
  levelName,
  levelsOf,
  quorumLabel,
  quorumRequired,
  quorumRuleText,
  quorumStateName,
  regulationName,
  summaryNotes,
  type CivilDate,
  type Lang,
  type PersonResult,
  type RegulationId,
  type Settings,
  type TallyResult,
} from "../../rules";
import type { MeetingDetails } from "../placement";
import type { PageSetup, SheetWrite } from "../plan";
import { markerLineText } from "../result-marker";
import { EXTRA_NAME_POLICIES, MEETING_LABELS, ROSTER_HEADERS, voteWordsOf } from "../vocabulary";
import { rangeAddress, type CellBox } from "./a1";
import { rate, SheetDraft, type DraftCell, type FormatSpec } from "./draft";
import {
  BAND_FILLS,
  BODY_SIZE,
  fitWidth,
  font,
  FONT_NAME,
  HEADER_FILL,
  lineCount,
  rowHeightFor,
  VERSION_COLOR,
} from "./style";
import { dateline, quorumNeeds, WORDS } from "./words";

export interface ResultSheetArgs {
  readonly sheet: string;
  readonly result: TallyResult;
  readonly details: MeetingDetails;
  readonly meetingDate: CivilDate;
  readonly lang: Lang;
  readonly version: string;
  readonly fingerprint: string;
  /** The settings the result was counted with: the rule in force is printed in the notes. */
  readonly settings: Settings;
  /** The rectangle the same run writes on the roster, recorded on the marker line. */
  readonly rosterBlock: CellBox;
}

/** The table's columns: STT, name, position, a count and a rate per level, band / consequence. */
interface TableColumns {
  readonly widths: readonly number[];
  readonly name: number;
  readonly position: number;
  /** First column of each level's pair (count, rate). */
  readonly levels: readonly number[];
  readonly last: number;
}

const NUMBER_WIDTH = 7;
const RATE_WIDTH = 8;
const STT_WIDTH = 5;
/** Bounds of the columns sized by their longest text (names, positions, band / consequence). */
const NAME_WIDTH = { min: 18, max: 28 };
const POSITION_WIDTH = { min: 16, max: 30 };
/** The band and its consequence wrap within this width, so that they alone never turn the page. */
const OUTCOME_WIDTH = { min: 18, max: 26 };

/** A4 portrait holds about 98 width units at 100 % between 0.5-inch margins (184.6 mm at about
 * 7 pixels a unit). A wider table prints landscape; both are then fitted to one page wide. */
export const PORTRAIT_CAPACITY = 98;

export const MARGINS: PageSetup["margins"] = {
  top: 0.6,
  bottom: 0.7,
  left: 0.5,
  right: 0.5,
  header: 0.3,
  footer: 0.3,
};

/** Centre footer "Trang 1/2", in the sheet's font (a footer otherwise takes the application's
 * default face). */
const FOOTER_FONT = `&"${FONT_NAME},Regular"&10`;
export const FOOTER: Readonly<Record<Lang, string>> = {
  vi: `&C${FOOTER_FONT}Trang &P/&N`,
  en: `&C${FOOTER_FONT}Page &P/&N`,
};

/** Sizes in points: the title, the meeting's name, the body, the notes, the version line. */
const SIZE = { title: 14, meeting: 12, body: BODY_SIZE, notes: 10, version: 8 } as const;

/** Height of the blank row where each member of the committee signs. */
const SIGNATURE_SPACE = 36;

export function layoutResultSheet(args: ResultSheetArgs): SheetWrite {
  const columns = tableColumns(args.result, args.lang);
  const page = new PageDraft(columns);
  titleBlock(page, args);
  figures(page, args);
  const titleRows = table(page, args);
  notes(page, args);
  signatures(page, args);
  versionLine(page, args);
  return page.draft.finish({
    sheet: args.sheet,
    kind: "own",
    clear: [],
    columnWidths: columns.widths.map((width, i) => ({ column: i + 1, width })),
    page: {
      paper: "A4",
      orientation: orientationFor(columns.widths),
      fitToPagesWide: 1,
      printArea: rangeAddress({ top: 1, left: 1, bottom: page.row - 1, right: columns.last }),
      printTitleRows: `${titleRows.top}:${titleRows.bottom}`,
      centerFooter: FOOTER[args.lang],
      margins: MARGINS,
      centerHorizontally: true,
    },
    activate: true,
  });
}

/** Landscape when the table's columns add up to more than portrait A4 holds at full size. */
export function orientationFor(widths: readonly number[]): PageSetup["orientation"] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return total > PORTRAIT_CAPACITY ? "landscape" : "portrait";
}

/** The sheet's width in columns: STT, name, position, a count and a rate per level, outcome. */
export function resultSheetWidth(regulation: RegulationId): number {
  return 4 + 2 * levelsOf(regulation).length;
}

/** Names, positions and outcomes get the width of the longest one, within bounds (longer ones
 * wrap): a short list prints portrait, a list with long positions or consequences landscape. */
function tableColumns(result: TallyResult, lang: Lang): TableColumns {
  const people = result.people;
  const levelCount = levelsOf(result.regulation).length;
  const widths = [
    STT_WIDTH,
    fitWidth(
      people.map((person) => person.name),
      NAME_WIDTH
    ),
    fitWidth(
      people.map((person) => person.position),
      POSITION_WIDTH
    ),
    ...Array.from({ length: levelCount }, () => [NUMBER_WIDTH, RATE_WIDTH]).flat(),
    fitWidth(
      people.map((person) => outcomeOf(person, result.regulation, lang)),
      OUTCOME_WIDTH
    ),
  ];
  return {
    widths,
    name: 2,
    position: 3,
    levels: Array.from({ length: levelCount }, (_, i) => 4 + 2 * i),
    last: widths.length,
  };
}

/** The sheet being written from the top down: `row` is the next free row. */
class PageDraft {
  readonly draft = new SheetDraft();
  row = 1;

  constructor(readonly columns: TableColumns) {}

  /** Width in characters of columns `left` to `right`. */
  width(left: number, right: number): number {
    return this.columns.widths.slice(left - 1, right).reduce((sum, width) => sum + width, 0);
  }

  /** One text across columns left..right (merged when wider than one column), its row tall
   * enough for the text to wrap in. */
  text(row: number, left: number, right: number, text: string, look: FormatSpec): void {
    const box = { top: row, left, bottom: row, right };
    this.draft.write(row, left, [[text]]);
    if (right > left) this.draft.merge(box);
    this.draft.format(box, { vertical: "middle", wrap: true, ...look });
    const size = look.font?.size ?? SIZE.body;
    this.draft.height(row, rowHeightFor(lineCount(text, this.width(left, right), size), size));
  }

  /** A line of text across the whole width, on the next row. */
  line(text: string, look: FormatSpec): void {
    this.text(this.row, 1, this.columns.last, text, look);
    this.row += 1;
  }

  skip(points = 8): void {
    this.draft.height(this.row, points);
    this.row += 1;
  }
}

function titleBlock(page: PageDraft, args: ResultSheetArgs): void {
  const { details, lang, result } = args;
  const centered = { horizontal: "center" } as const;
  if (details.organization) {
    page.line(details.organization, { font: font(SIZE.body, { bold: true }), horizontal: "left" });
    page.skip();
  }
  const vote = voteWordsOf(result.regulation);
  page.line(vote.title[lang], {
    ...centered,
    font: font(SIZE.title, { bold: true }),
  });
  if (details.meetingName) {
    page.line(details.meetingName, { ...centered, font: font(SIZE.meeting, { bold: true }) });
  }
  const labelled = (label: { vi: string; en: string }, value: string) =>
    page.line(`${label[lang]}: ${value}`, { ...centered, font: font(SIZE.body) });
  if (details.place) labelled(vote.place, details.place);
  labelled(vote.date, formatDate(args.meetingDate));
  page.line(`${MEETING_LABELS.regulation[lang]}: ${regulationName(result.regulation, lang)}`, {
    ...centered,
    font: font(SIZE.body, { italic: true }),
  });
  page.skip();
}

/** Meeting figures: a label (columns A–C), a value (D–E) and, where it helps, a remark in words
 * across the rest. */
function figures(page: PageDraft, args: ResultSheetArgs): void {
  const { lang, result } = args;
  const meeting = result.meeting;
  page.line(WORDS.figuresSection[lang], { font: font(SIZE.body, { bold: true }) });
  const unknown = "—";
  const rows: readonly [string, DraftCell, string | null][] = [
    [MEETING_LABELS.summoned[lang], meeting.summoned, null],
    [MEETING_LABELS.present[lang], meeting.present, null],
    [
      quorumLabel(lang),
      quorumStateName(meeting.quorumMet, lang),
      `${quorumRuleText(result.regulation, lang)} ${quorumNeeds(quorumRequired(meeting.summoned), lang)}`,
    ],
    [MEETING_LABELS.issued[lang], meeting.issued, null],
    [MEETING_LABELS.collected[lang], meeting.collected, WORDS.collectedBase[lang]],
    [
      WORDS.validBallots[lang],
      meeting.validBallots ?? unknown,
      meeting.validBallots === null ? WORDS.unknownBallots[lang] : null,
    ],
    [WORDS.invalidBallots[lang], meeting.invalidBallots ?? unknown, null],
  ];
  const look = { font: font(SIZE.body), border: "all-thin" } as const;
  const valueColumn = page.columns.position + 1;
  for (const [label, value, remark] of rows) {
    const row = page.row;
    page.text(row, 1, page.columns.position, label, { ...look, horizontal: "left" });
    const valueBox = { top: row, left: valueColumn, bottom: row, right: valueColumn + 1 };
    page.draft.write(row, valueColumn, [[value, null]]);
    page.draft.merge(valueBox);
    page.draft.format(valueBox, {
      ...look,
      font: font(SIZE.body, { bold: true }),
      horizontal: "center",
      vertical: "middle",
    });
    if (remark) {
      page.text(row, valueColumn + 2, page.columns.last, remark, {
        font: font(SIZE.notes, { italic: true }),
        horizontal: "left",
      });
    }
    page.row += 1;
  }
  page.skip();
}

/** The table; returns its two header rows (repeated on every printed page). */
function table(page: PageDraft, args: ResultSheetArgs): { top: number; bottom: number } {
  const { lang, result } = args;
  const { columns } = page;
  const levels = levelsOf(result.regulation);
  page.line(WORDS.tableSection[lang], { font: font(SIZE.body, { bold: true }) });

  const top = page.row;
  const bottom = top + 1;
  const header: FormatSpec = {
    font: font(SIZE.body, { bold: true }),
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  };
  const tall = (column: number, text: string) => {
    page.draft.write(top, column, [[text], [null]]);
    page.draft.merge({ top, left: column, bottom, right: column });
  };
  tall(1, ROSTER_HEADERS.order[lang]);
  tall(columns.name, ROSTER_HEADERS.name[lang]);
  tall(columns.position, ROSTER_HEADERS.position[lang]);
  levels.forEach((level, i) => {
    const left = columns.levels[i]!;
    page.draft.write(top, left, [
      [levelName(level, lang), null],
      [WORDS.votes[lang], WORDS.share[lang]],
    ]);
    page.draft.merge({ top, left, bottom: top, right: left + 1 });
  });
  tall(columns.last, WORDS.bandAndConsequence[lang]);
  page.draft.format({ top, left: 1, bottom, right: columns.last }, header);
  page.draft.format({ top, left: 1, bottom, right: columns.last }, { border: "all-thin" });
  const levelLines = levels.map((level, i) =>
    lineCount(levelName(level, lang), page.width(columns.levels[i]!, columns.levels[i]! + 1))
  );
  page.draft.height(top, rowHeightFor(Math.max(...levelLines)));
  page.draft.height(bottom, rowHeightFor(1));
  page.row = bottom + 1;

  const first = page.row;
  result.people.forEach((person, i) => personRow(page, args, person, i + 1));
  const last = page.row - 1;
  if (last >= first) {
    const body = { top: first, bottom: last };
    page.draft.format(
      { ...body, left: 1, right: columns.last },
      { font: font(SIZE.body), vertical: "middle", border: "all-thin" }
    );
    const align = (left: number, right: number, look: FormatSpec) =>
      page.draft.format({ ...body, left, right }, look);
    align(1, 1, { horizontal: "center" });
    align(columns.name, columns.position, { horizontal: "left", wrap: true });
    align(columns.levels[0]!, columns.last - 1, { horizontal: "center" });
    align(columns.last, columns.last, { horizontal: "left", wrap: true });
    // Band fills last, so that they win over the body's look.
    result.people.forEach((person, i) => {
      if (person.band === "over-half" || person.band === "two-thirds") {
        const row = first + i;
        page.draft.format(
          { top: row, left: 1, bottom: row, right: columns.last },
          {
            fill: BAND_FILLS[person.band],
          }
        );
      }
    });
  }
  page.skip();
  return { top, bottom };
}

function personRow(page: PageDraft, args: ResultSheetArgs, person: PersonResult, order: number) {
  const { lang, result } = args;
  const { columns } = page;
  const row = page.row;
  const levels = levelsOf(result.regulation);
  const outcome = outcomeOf(person, result.regulation, lang);
  if (person.exclusion) {
    const excluded: CellBox = {
      top: row,
      left: columns.levels[0]!,
      bottom: row,
      right: columns.last - 1,
    };
    page.draft.write(row, 1, [
      [order, person.name, person.position, ROSTER_HEADERS.exclusion[lang]],
    ]);
    page.draft.merge(excluded);
    page.draft.write(row, columns.last, [[outcome]]);
  } else {
    const figures = levels.flatMap((level): DraftCell[] => {
      const percent = person.percent?.[level];
      return [person.counts?.[level] ?? null, percent === undefined ? null : rate(percent)];
    });
    page.draft.write(row, 1, [[order, person.name, person.position, ...figures, outcome]]);
  }
  const lines = Math.max(
    lineCount(person.name, columns.widths[columns.name - 1]!),
    lineCount(person.position, columns.widths[columns.position - 1]!),
    outcome === null ? 1 : lineCount(outcome, columns.widths[columns.last - 1]!)
  );
  page.draft.height(row, rowHeightFor(lines));
  page.row += 1;
}

/** The last column: the band and, on a line of its own, what it entails (nothing is entailed
 * by the lowest band, which keeps most rows to one line); or why the person was not voted on. */
function outcomeOf(person: PersonResult, regulation: RegulationId, lang: Lang): string | null {
  if (person.exclusion) return exclusionReasonText(person.exclusion, lang);
  if (person.band === null) return null;
  const band = bandName(regulation, person.band, lang);
  if (person.band === "none") return band;
  return `${band}\n${bandConsequence(regulation, person.band, lang)}`;
}

function notes(page: PageDraft, args: ResultSheetArgs): void {
  const look = { font: font(SIZE.notes, { italic: true }), horizontal: "left" } as const;
  page.line(WORDS.notes[args.lang], { font: font(SIZE.notes, { bold: true, italic: true }) });
  for (const note of summaryNotes(args.result.regulation, args.lang)) page.line(`- ${note}`, look);
  const rule = EXTRA_NAME_POLICIES[args.settings.extraNames][args.lang];
  page.line(`- ${MEETING_LABELS.extraNames[args.lang]}: ${rule}.`, look);
  page.skip(16);
}

/** Members of the counting committee on the left, its head on the right, under a dateline. */
function signatures(page: PageDraft, args: ResultSheetArgs): void {
  const { details, lang, meetingDate } = args;
  const { columns } = page;
  const left = { left: 1, right: columns.position };
  const right = { left: columns.last - 2, right: columns.last };
  const centered = (row: number, side: typeof left, text: string, look: FormatSpec) =>
    page.text(row, side.left, side.right, text, { horizontal: "center", ...look });
  const bold = { font: font(SIZE.body, { bold: true }) };
  const hint = { font: font(SIZE.notes, { italic: true }) };

  centered(page.row, right, dateline(meetingDate, lang), hint);
  page.row += 1;
  const titles = page.row;
  centered(titles, left, MEETING_LABELS.countingMembers[lang].toUpperCase(), bold);
  centered(titles, right, MEETING_LABELS.countingHead[lang].toUpperCase(), bold);
  centered(titles + 1, left, WORDS.signHint[lang], hint);
  centered(titles + 1, right, WORDS.signHint[lang], hint);
  page.row = titles + 2;

  // One signature space and one name line per member; the head signs beside the first member.
  const members = details.countingMembers.length > 0 ? details.countingMembers : [""];
  members.forEach((member, i) => {
    page.draft.height(page.row, SIGNATURE_SPACE);
    const names = page.row + 1;
    if (member) centered(names, left, member, bold);
    if (i === 0 && details.countingHead) centered(names, right, details.countingHead, bold);
    page.draft.height(names, rowHeightFor(1));
    page.row = names + 1;
  });
  page.skip(16);
}

/** The last line: marker, product version, regulation id, fingerprint of the inputs and the
 * rectangle written on the roster. */
function versionLine(page: PageDraft, args: ResultSheetArgs): void {
  const { fingerprint, lang, result, version, rosterBlock } = args;
  const text = markerLineText(
    { version, regulation: result.regulation, fingerprint, rosterBlock },
    lang
  );
  page.line(text, { font: font(SIZE.version, { color: VERSION_COLOR }), horizontal: "left" });
}
