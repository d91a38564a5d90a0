// The blank workbook in the standard layout (workbook.md sections 1–3), and the builder behind
// it: the sample fills the same builder with made-up data, so a sample is exactly a filled-in
// template and parse reads both the same way.
//
// Where the instructions go: on every sheet in a title block in column A, above the content with a
// blank row between. Parse skips it: on Hội nghị it reads the rows whose cell holds a label (and
// takes the first non-blank cell right of a label as its value, so nothing may stand to the right
// of an empty value); on the tables the header row is the first row holding the required headers.
// Layout can put its caption on the blank row above the header of Danh sách.

import {
  levelsOf,
  quorumRuleText,
  type EntryMark,
  type Lang,
  type Level,
  type RegulationId,
} from "../rules";
import { cellAddress, rangeAddress } from "./layout/a1";
import { BODY_SIZE, HEADER_FILL, font, lineCount, rowHeightFor } from "./layout/style";
import type {
  FormatBlock,
  ListValidation,
  PlanCell,
  SheetWrite,
  ValueBlock,
  WritePlan,
} from "./plan";
import {
  BALLOT_HEADERS,
  ENTRY_CODES,
  EXTRA_NAME_POLICIES,
  PLACE_KINDS,
  HAND_TALLY_HEADERS,
  MEETING_LABELS,
  REQUIRED_MEETING_LABELS,
  REGULATION_TEXTS,
  ROSTER_HEADERS,
  SHEETS,
  YES_NO,
  type Term,
} from "./vocabulary";

export interface TemplateOptions {
  readonly lang: Lang;
  /** Numbered rows on Danh sách, their columns on Phiếu, rows prepared on Kiểm phiếu. */
  readonly people?: number;
  /** Filled in on Hội nghị; when absent the user picks it from the drop-down. */
  readonly regulation?: RegulationId;
}

export const TEMPLATE_DEFAULT_PEOPLE = 10;
/** Keeps the plan (ballot rows × people) well under Excel on the web's 5 MB request. */
export const TEMPLATE_MAX_PEOPLE = 200;
/** Ballot rows prepared on Phiếu (text format, drop-downs, borders): room for a National
 * Assembly session; a user with more ballots copies the last row down. */
export const TEMPLATE_BALLOT_ROWS = 500;

/** A blank workbook in the standard layout. Throws a RangeError when `people` is not a whole
 * number from 1 to TEMPLATE_MAX_PEOPLE (a caller's mistake, not the user's data). */
export function templatePlan(options: TemplateOptions): WritePlan {
  const people = options.people ?? TEMPLATE_DEFAULT_PEOPLE;
  requireWholeIn("people", people, 1, TEMPLATE_MAX_PEOPLE);
  const orders = Array.from({ length: people }, (_, index) => index + 1);
  return standardWorkbookPlan({
    lang: options.lang,
    regulation: options.regulation ?? null,
    meeting: {
      ...(options.regulation && { regulation: REGULATION_TEXTS[options.regulation] }),
      // Stated from the start, so that the rule in force is seen and every clerk counts alike.
      extraNames: EXTRA_NAME_POLICIES["ignore-name"].vi,
      consequencePerPerson: YES_NO.no.vi,
    },
    roster: orders.map((order) => ({ order })),
    ballots: [],
    ballotRows: TEMPLATE_BALLOT_ROWS,
    // Left unnumbered: a row naming a person with blank counts is an error, and a user who
    // enters ballots leaves this sheet empty.
    handTally: [],
    handTallyRows: people,
  });
}

/** Throws a RangeError unless `value` is a whole number in [min, max]. */
export function requireWholeIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The content of a workbook in the standard layout.

export type MeetingKey = keyof typeof MEETING_LABELS;

export interface RosterRow {
  readonly order: number;
  /** The person's Mã, a code shared across meetings; the roster gets a Mã column when any row
   * has one. */
  readonly id?: string;
  readonly name?: string;
  readonly position?: string;
  readonly unit?: string;
  /** Excel serial date. */
  readonly appointedOn?: number;
  readonly exclusion?: string;
}

export interface BallotRow {
  readonly number: number;
  readonly invalid: boolean;
  /** One code per roster row, in roster order; null: no box marked (a blank cell). */
  readonly entries: readonly (string | null)[];
  /** A name the voter wrote besides the printed ones (column Ghi thêm). */
  readonly extraName?: string;
}

export interface HandTallyLine {
  readonly order: number;
  readonly name?: string;
  readonly counts: Partial<Record<Level, number>>;
  /** Invalid entries, invalid ballots included. */
  readonly invalid?: number;
}

export interface StandardWorkbook {
  readonly lang: Lang;
  /** Decides the codes offered on Phiếu and the count columns of Kiểm phiếu; null when not
   * chosen yet: the three-level codes are offered (qd96 and nq96 share them). */
  readonly regulation: RegulationId | null;
  /** Column B of Hội nghị by label; a missing key leaves the value empty. Dates as serials. */
  readonly meeting: Partial<Record<MeetingKey, string | number>>;
  /** At least one person. */
  readonly roster: readonly RosterRow[];
  /** One row per ballot collected. */
  readonly ballots: readonly BallotRow[];
  /** Rows prepared on Phiếu (text format, drop-downs, borders); the ballots if more. */
  readonly ballotRows: number;
  readonly handTally: readonly HandTallyLine[];
  /** Rows prepared on Kiểm phiếu (formats, borders); the lines if more. */
  readonly handTallyRows: number;
}

/** The four input sheets, Hội nghị active. */
export function standardWorkbookPlan(content: StandardWorkbook): WritePlan {
  return {
    sheets: [
      meetingSheet(content),
      rosterSheet(content),
      ballotSheet(content),
      handTallySheet(content),
    ],
  };
}

/** Two levels for the no-confidence vote (tín nhiệm, không tín nhiệm), three otherwise. */
export function isTwoLevel(regulation: RegulationId | null): boolean {
  return regulation === "nq96-btn";
}

/** The entry codes of a regulation. */
export function entryCodesOf(regulation: RegulationId | null): (typeof ENTRY_CODES)["threeLevel"] {
  return ENTRY_CODES[isTwoLevel(regulation) ? "twoLevel" : "threeLevel"];
}

// ---------------------------------------------------------------------------------------------
// Looks shared by the four sheets.

const TEXT = "@";
const WHOLE = "0";
const DATE = "dd/mm/yyyy";
type NumberFormat = typeof TEXT | typeof WHOLE | typeof DATE;

// The result sheets' font and header fill (layout/style), so written and typed cells match.
const BODY_FONT = font(BODY_SIZE);
const TITLE_FONT = font(13, { bold: true });
const HEADER_FONT = font(BODY_SIZE, { bold: true });
const NOTE_SIZE = 10;
const NOTE_FONT = font(NOTE_SIZE, { italic: true });
/** The second language's notes, quieter. */
const SECOND_NOTE_FONT = font(NOTE_SIZE, { italic: true, color: "#595959" });
const LABEL_FILL = "#F2F2F2";

/** A string is always text ("@"), whatever the column holds otherwise. */
function formatOf(value: PlanCell, columnFormat: NumberFormat): string {
  return typeof value === "string" ? TEXT : columnFormat;
}

/** A sheet's title and notes. */
interface Intro {
  readonly title: Term;
  readonly notes: readonly Term[];
}

/** Vietnamese: title, Vietnamese notes, then the same notes in English; English: English only. */
function introLines(lang: Lang, intro: Intro): { text: string; second: boolean }[] {
  const first = lang === "vi" ? "vi" : "en";
  const lines = [
    { text: intro.title[first], second: false },
    ...intro.notes.map((note) => ({ text: note[first], second: false })),
  ];
  if (lang === "vi") lines.push(...intro.notes.map((note) => ({ text: note.en, second: true })));
  return lines;
}

/** The intro in column A from the first row, with its fonts. Long lines overflow into the empty
 * cells to their right, as a title does. */
function introBlock(
  lang: Lang,
  intro: Intro
): { block: ValueBlock; formats: FormatBlock[]; rows: number } {
  const lines = introLines(lang, intro);
  const formats: FormatBlock[] = lines.map((line, index) => ({
    range: cellAddress(index + 1, 1),
    font: index === 0 ? TITLE_FONT : line.second ? SECOND_NOTE_FONT : NOTE_FONT,
  }));
  return {
    block: {
      at: "A1",
      values: lines.map((line) => [line.text]),
      numberFormats: lines.map(() => [TEXT]),
    },
    formats,
    rows: lines.length,
  };
}

/** How a term reads inside the other language's sentence: "Chức vụ (Position)". */
function glossed(term: Term): string {
  return `${term.vi} (${term.en})`;
}

/** A note that quotes vocabulary terms: Vietnamese quotes them as they are, English glosses them. */
function noteWith(
  terms: readonly Term[],
  vi: (...quoted: string[]) => string,
  en: (...quoted: string[]) => string
): Term {
  return { vi: vi(...terms.map((term) => term.vi)), en: en(...terms.map(glossed)) };
}

// ---------------------------------------------------------------------------------------------
// Hội nghị: the intro, then label/value pairs in A and B.

const MEETING_FORMATS: Readonly<Record<MeetingKey, NumberFormat>> = {
  name: TEXT,
  organization: TEXT,
  date: DATE,
  regulation: TEXT,
  place: TEXT,
  summoned: WHOLE,
  present: WHOLE,
  issued: WHOLE,
  collected: WHOLE,
  countingHead: TEXT,
  countingMembers: TEXT,
  extraNames: TEXT,
  parentOrganization: TEXT,
  town: TEXT,
  // Text, so that "8:30" stays as typed (an Excel time is read too).
  startTime: TEXT,
  endTime: TEXT,
  chair: TEXT,
  secretary: TEXT,
  countingHeadPost: TEXT,
  countingMemberPosts: TEXT,
  consequencePerPerson: TEXT,
  placeKind: TEXT,
};

const MEETING_KEYS = Object.keys(MEETING_LABELS) as MeetingKey[];

function meetingIntro(regulation: RegulationId | null): Intro {
  // Not chosen yet: the blocking quorum rule of qd96 is the one to know.
  const quorumOf = regulation ?? "qd96";
  return {
    title: {
      vi: "THÔNG TIN HỘI NGHỊ LẤY PHIẾU TÍN NHIỆM",
      en: "THE MEETING THAT HOLDS THE CONFIDENCE VOTE",
    },
    notes: [
      {
        vi: "Ghi mỗi giá trị vào cột B, cạnh nhãn của nó ở cột A; giữ nguyên các nhãn.",
        en: "Type each value in column B, beside its label in column A; keep the labels as they are.",
      },
      noteWith(
        REQUIRED_MEETING_LABELS.map((key) => MEETING_LABELS[key]),
        (...labels) => `Bắt buộc: ${labels.join(", ")}.`,
        (...labels) => `Required: ${labels.join(", ")}.`
      ),
      noteWith(
        [MEETING_LABELS.date],
        (date) => `${date}: ngày/tháng/năm (dd/mm/yyyy); năm của ngày này là năm lấy phiếu.`,
        (date) => `${date}: day/month/year (dd/mm/yyyy); its year is the voting year.`
      ),
      noteWith(
        [MEETING_LABELS.regulation],
        (label) => `${label}: chọn trong danh sách thả xuống.`,
        (label) => `${label}: pick it from the drop-down list.`
      ),
      {
        vi: `${REGULATION_TEXTS[quorumOf]}: ${quorumRuleText(quorumOf, "vi")}`,
        en: `${REGULATION_TEXTS[quorumOf]}: ${quorumRuleText(quorumOf, "en")}`,
      },
      noteWith(
        [MEETING_LABELS.countingMembers],
        (members) => `${members}: các tên cách nhau bằng dấu ;`,
        (members) => `${members}: names separated by ;`
      ),
      noteWith(
        [MEETING_LABELS.countingMemberPosts, MEETING_LABELS.town],
        (posts, town) =>
          `${posts}: mỗi thành viên một chức vụ, cùng thứ tự, cách nhau bằng dấu ; — ${town}: tên địa phương ghi ở dòng ngày tháng của biên bản.`,
        (posts, town) =>
          `${posts}: one per member, in the same order, separated by ; — ${town}: the town on the minutes' dateline.`
      ),
    ],
  };
}

const REGULATION_MESSAGE: Term = {
  vi: "Chọn một quy định trong danh sách.",
  en: "Pick a regulation from the list.",
};

function meetingSheet(content: StandardWorkbook): SheetWrite {
  const intro = introBlock(content.lang, meetingIntro(content.regulation));
  const top = intro.rows + 2;
  const bottom = top + MEETING_KEYS.length - 1;
  const values = MEETING_KEYS.map((key) => [MEETING_LABELS[key].vi, content.meeting[key] ?? null]);
  const numberFormats = MEETING_KEYS.map((key, index) => [
    TEXT,
    formatOf(values[index]![1]!, MEETING_FORMATS[key]),
  ]);
  return {
    sheet: SHEETS.meeting.vi,
    kind: "own",
    clear: [],
    blocks: [intro.block, { at: cellAddress(top, 1), values, numberFormats }],
    formats: [
      { range: rangeAddress({ top: 1, left: 1, bottom, right: 2 }), font: BODY_FONT },
      ...intro.formats,
      {
        range: rangeAddress({ top, left: 1, bottom, right: 2 }),
        border: "all-thin",
        vertical: "middle",
      },
      {
        range: rangeAddress({ top, left: 1, bottom, right: 1 }),
        font: HEADER_FONT,
        fill: LABEL_FILL,
      },
    ],
    merges: [],
    columnWidths: [
      { column: 1, width: 28 },
      { column: 2, width: 48 },
    ],
    rowHeights: [],
    validations: [
      dropDown(
        cellAddress(top + MEETING_KEYS.indexOf("regulation"), 2),
        Object.values(REGULATION_TEXTS),
        inLanguage(content.lang, REGULATION_MESSAGE)
      ),
      extraNamesDropDown(cellAddress(top + MEETING_KEYS.indexOf("extraNames"), 2), content.lang),
      dropDown(
        cellAddress(top + MEETING_KEYS.indexOf("consequencePerPerson"), 2),
        Object.values(YES_NO).map((term) => term.vi),
        inLanguage(content.lang, CONSEQUENCE_MESSAGE)
      ),
      dropDown(
        cellAddress(top + MEETING_KEYS.indexOf("placeKind"), 2),
        Object.values(PLACE_KINDS).map((term) => term.vi),
        inLanguage(content.lang, PLACE_KIND_MESSAGE)
      ),
    ],
    activate: true,
  };
}

const CONSEQUENCE_MESSAGE: Term = {
  vi: "Có: ghi xử lý theo quy định cạnh từng người; Không: chỉ ghi ở phần ghi chú.",
  en: "Yes: the consequence beside each person; No: in the notes only.",
};

const PLACE_KIND_MESSAGE: Term = {
  vi: "Chọn loại nơi lấy phiếu, hoặc để trống để suy ra từ quy định.",
  en: "Pick the kind of place, or leave it blank to infer it from the regulation.",
};

const EXTRA_NAMES_MESSAGE: Term = {
  vi: "Chọn cách tính một phiếu có ghi thêm tên người ngoài danh sách.",
  en: "Pick how a ballot with a name written outside the list is counted.",
};

/** The drop-down of the extra-names row's value: also set when the pane adds the row. */
export function extraNamesDropDown(cell: string, lang: Lang): ListValidation {
  const values = Object.values(EXTRA_NAME_POLICIES).map((term) => term.vi);
  return dropDown(cell, values, inLanguage(lang, EXTRA_NAMES_MESSAGE));
}

/** The same words guide the typing (input message) and explain a refusal. */
function dropDown(range: string, list: readonly string[], message: string): ListValidation {
  return { range, list, message, prompt: message };
}

/** A short message: Vietnamese then English on the next line, or English only. */
function inLanguage(lang: Lang, text: Term): string {
  return lang === "vi" ? `${text.vi}\n${text.en}` : text.en;
}

// ---------------------------------------------------------------------------------------------
// The three tables: intro, a blank row, the header row, the body.

interface Column {
  readonly header: string;
  /** Excel column width in characters. */
  readonly width: number;
  readonly format: NumberFormat;
  readonly center?: boolean;
}

/** A drop-down over some columns of the body; columns are 1-based within the table. */
interface ColumnValidation {
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly list: readonly string[];
  readonly message: string;
}

interface Table {
  readonly sheet: string;
  readonly lang: Lang;
  readonly intro: Intro;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Rows prepared below the header (formats, borders, drop-downs); at least rows.length. */
  readonly bodyRows: number;
  readonly validations: readonly ColumnValidation[];
}

function tableSheet(table: Table): SheetWrite {
  const intro = introBlock(table.lang, table.intro);
  const headerRow = intro.rows + 2;
  const lastColumn = table.columns.length;
  const lastRow = headerRow + table.bodyRows;
  const body = (left: number, right: number) =>
    rangeAddress({ top: headerRow + 1, left, bottom: lastRow, right });
  const bodyRows = Array.from({ length: table.bodyRows }, (_, index) =>
    table.columns.map((_column, column) => table.rows[index]?.[column] ?? null)
  );
  const blocks: ValueBlock[] = [
    intro.block,
    {
      at: cellAddress(headerRow, 1),
      values: [table.columns.map((column) => column.header)],
      numberFormats: [table.columns.map(() => TEXT)],
    },
  ];
  const formats: FormatBlock[] = [
    {
      range: rangeAddress({ top: 1, left: 1, bottom: lastRow, right: lastColumn }),
      font: BODY_FONT,
    },
    ...intro.formats,
    {
      range: rangeAddress({ top: headerRow, left: 1, bottom: headerRow, right: lastColumn }),
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: "all-thin",
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    },
  ];
  if (table.bodyRows > 0) {
    blocks.push({
      at: cellAddress(headerRow + 1, 1),
      values: bodyRows,
      numberFormats: bodyRows.map((row) =>
        row.map((value, column) => formatOf(value, table.columns[column]!.format))
      ),
    });
    formats.push({ range: body(1, lastColumn), border: "all-thin" });
    for (const run of centeredRuns(table.columns)) {
      formats.push({ range: body(run.first, run.last), horizontal: "center" });
    }
  }
  return {
    sheet: table.sheet,
    kind: "own",
    clear: [],
    blocks,
    formats,
    merges: [],
    columnWidths: table.columns.map((column, index) => ({
      column: index + 1,
      width: column.width,
    })),
    rowHeights: [{ row: headerRow, height: headerHeight(table.columns) }],
    validations: table.bodyRows
      ? table.validations.map((validation) =>
          dropDown(
            body(validation.firstColumn, validation.lastColumn),
            validation.list,
            validation.message
          )
        )
      : [],
  };
}

/** Tall enough for the header that wraps to the most lines in its column. */
function headerHeight(columns: readonly Column[]): number {
  return rowHeightFor(Math.max(...columns.map((column) => lineCount(column.header, column.width))));
}

/** Runs of adjacent centred columns, so a hundred ballot columns take one format block. */
function centeredRuns(columns: readonly Column[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  columns.forEach((column, index) => {
    if (!column.center) return;
    const last = runs[runs.length - 1];
    if (last && last.last === index) last.last = index + 1;
    else runs.push({ first: index + 1, last: index + 1 });
  });
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Danh sách.

const ROSTER_INTRO: Intro = {
  title: { vi: "DANH SÁCH NGƯỜI ĐƯỢC LẤY PHIẾU TÍN NHIỆM", en: "THE PEOPLE VOTED ON" },
  notes: [
    noteWith(
      [ROSTER_HEADERS.order, ROSTER_HEADERS.name, ROSTER_HEADERS.position],
      (...headers) => `Mỗi người một dòng. Bắt buộc: ${headers.join(", ")}.`,
      (...headers) => `One row per person. Required: ${headers.join(", ")}.`
    ),
    noteWith(
      [ROSTER_HEADERS.exclusion, ROSTER_HEADERS.appointedOn],
      (exclusion, appointed) =>
        `${exclusion}: ghi lý do (đã có thông báo nghỉ công tác chờ nghỉ hưu, …); người có ${appointed.toLowerCase()} trong năm lấy phiếu cũng không được lấy phiếu.`,
      (exclusion, appointed) =>
        `${exclusion}: write the reason (retirement announced, …); a person whose ${appointed} falls in the voting year is not voted on either.`
    ),
    noteWith(
      [ROSTER_HEADERS.order, SHEETS.ballots, SHEETS.handTally],
      (order, ballots, tally) =>
        `Trang ${ballots} và trang ${tally} gọi mỗi người bằng ${order}: thêm người thì thêm cả cột ở trang ${ballots} và dòng ở trang ${tally}.`,
      (order, ballots, tally) =>
        `${ballots} and ${tally} name each person by ${order}: a person added here needs a column on ${ballots} and a row on ${tally}.`
    ),
  ],
};

function rosterSheet(content: StandardWorkbook): SheetWrite {
  const withIds = content.roster.some((person) => person.id !== undefined);
  const idColumn: Column = { header: ROSTER_HEADERS.id.vi, width: 10, format: TEXT, center: true };
  return tableSheet({
    sheet: SHEETS.roster.vi,
    lang: content.lang,
    intro: ROSTER_INTRO,
    columns: [
      { header: ROSTER_HEADERS.order.vi, width: 6, format: WHOLE, center: true },
      ...(withIds ? [idColumn] : []),
      { header: ROSTER_HEADERS.name.vi, width: 26, format: TEXT },
      { header: ROSTER_HEADERS.position.vi, width: 42, format: TEXT },
      { header: ROSTER_HEADERS.unit.vi, width: 28, format: TEXT },
      { header: ROSTER_HEADERS.appointedOn.vi, width: 13, format: DATE, center: true },
      { header: ROSTER_HEADERS.exclusion.vi, width: 40, format: TEXT },
    ],
    rows: content.roster.map((person) => [
      person.order,
      ...(withIds ? [person.id ?? null] : []),
      person.name ?? null,
      person.position ?? null,
      person.unit ?? null,
      person.appointedOn ?? null,
      person.exclusion ?? null,
    ]),
    bodyRows: content.roster.length,
    validations: [],
  });
}

// ---------------------------------------------------------------------------------------------
// Phiếu.

/** What each mark means on a ballot: its name, as the hand tally's headers say it. */
const MARK_NAMES: Readonly<Record<EntryMark, Term>> = {
  high: HAND_TALLY_HEADERS.high,
  medium: HAND_TALLY_HEADERS.medium,
  low: HAND_TALLY_HEADERS.low,
  confidence: HAND_TALLY_HEADERS.confidence,
  noConfidence: HAND_TALLY_HEADERS.noConfidence,
  invalid: HAND_TALLY_HEADERS.invalid,
  blank: { vi: "để trống: không đánh dấu ô nào", en: "blank: no box marked" },
};

/** Which entries are invalid (rules.md section 2), for the notes. */
const INVALID_ENTRY_DETAIL: Term = {
  vi: " (đánh dấu hai, ba ô hoặc gạch tên)",
  en: " (two or three boxes marked, or the name crossed out)",
};

/** Mark x in Phiếu không hợp lệ for a ballot the committee did not issue. */
export const INVALID_BALLOT_MARK = "x";

/** The notes' version lists every accepted code and explains invalid entries; the drop-down's
 * message (at most 225 characters in Excel) gives the first code of each mark only. */
function codesNote(regulation: RegulationId | null, version: "notes" | "message"): Term {
  const full = version === "notes";
  const parts = (lang: Lang) => [
    ...entryCodesOf(regulation).map(({ mark, codes }) => {
      const shown = full ? codes.join(", ") : codes[0]!;
      const detail = full && mark === "invalid" ? INVALID_ENTRY_DETAIL[lang] : "";
      return `${shown} = ${MARK_NAMES[mark][lang]}${detail}`;
    }),
    MARK_NAMES.blank[lang],
  ];
  return { vi: `Mã: ${parts("vi").join("; ")}.`, en: `Codes: ${parts("en").join("; ")}.` };
}

/** The drop-down: the first code of each mark first (the ones the template offers), then the
 * other accepted spellings, so hand-typed files pass too. */
function acceptedCodes(regulation: RegulationId | null): string[] {
  const scheme = entryCodesOf(regulation);
  return [
    ...scheme.map(({ codes }) => codes[0]!),
    ...scheme.flatMap(({ codes }) => codes.slice(1)),
  ];
}

function ballotIntro(regulation: RegulationId | null): Intro {
  return {
    title: { vi: "PHIẾU LẤY PHIẾU TÍN NHIỆM", en: "THE BALLOTS" },
    notes: [
      noteWith(
        [MEETING_LABELS.collected, ROSTER_HEADERS.order, SHEETS.roster],
        (collected, order, roster) =>
          `Mỗi phiếu thu về một dòng; số dòng bằng ${collected.toLowerCase()}. Mỗi cột mang ${order} của một người ở trang ${roster}.`,
        (collected, order, roster) =>
          `One row per ballot collected; as many rows as ${collected}. Each column is headed by one person's ${order} on ${roster}.`
      ),
      codesNote(regulation, "notes"),
      noteWith(
        [BALLOT_HEADERS.invalid],
        (invalid) =>
          `${invalid}: đánh dấu ${INVALID_BALLOT_MARK} khi cả phiếu không do ban kiểm phiếu phát ra.`,
        (invalid) =>
          `${invalid}: mark ${INVALID_BALLOT_MARK} when the ballot was not issued by the counting committee.`
      ),
      noteWith(
        [BALLOT_HEADERS.extraNames],
        (extra) => `${extra}: tên người ngoài danh sách được ghi thêm vào phiếu, mỗi ô một tên.`,
        (extra) => `${extra}: a name written on the ballot besides the printed ones, one per cell.`
      ),
    ],
  };
}

const INVALID_BALLOT_MESSAGE: Term = {
  vi: `Đánh dấu ${INVALID_BALLOT_MARK} nếu phiếu không do ban kiểm phiếu phát ra.`,
  en: `Mark ${INVALID_BALLOT_MARK} if the counting committee did not issue this ballot.`,
};

function ballotSheet(content: StandardWorkbook): SheetWrite {
  const { lang, regulation } = content;
  const people = content.roster.length;
  return tableSheet({
    sheet: SHEETS.ballots.vi,
    lang,
    intro: ballotIntro(regulation),
    columns: [
      { header: BALLOT_HEADERS.number.vi, width: 9, format: WHOLE, center: true },
      { header: BALLOT_HEADERS.invalid.vi, width: 11, format: TEXT, center: true },
      ...content.roster.map((person): Column => ({
        header: String(person.order),
        width: 6,
        format: TEXT,
        center: true,
      })),
      { header: BALLOT_HEADERS.extraNames.vi, width: 24, format: TEXT },
    ],
    rows: content.ballots.map((ballot) => [
      ballot.number,
      ballot.invalid ? INVALID_BALLOT_MARK : null,
      ...ballot.entries,
      ballot.extraName ?? null,
    ]),
    bodyRows: Math.max(content.ballotRows, content.ballots.length),
    validations: [
      {
        firstColumn: 2,
        lastColumn: 2,
        list: [INVALID_BALLOT_MARK],
        message: inLanguage(lang, INVALID_BALLOT_MESSAGE),
      },
      {
        firstColumn: 3,
        lastColumn: 2 + people,
        list: acceptedCodes(regulation),
        message: inLanguage(lang, codesNote(regulation, "message")),
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Kiểm phiếu.

const HAND_TALLY_INTRO: Intro = {
  title: {
    vi: "KIỂM PHIẾU: KẾT QUẢ ĐẾM CỦA BAN KIỂM PHIẾU",
    en: "HAND TALLY: THE COUNTING COMMITTEE'S COUNT",
  },
  notes: [
    noteWith(
      [ROSTER_HEADERS.order, SHEETS.roster],
      (order, roster) =>
        `Mỗi người được lấy phiếu một dòng, gọi bằng ${order} như ở trang ${roster}; ghi số phiếu của từng mức.`,
      (order, roster) =>
        `One row per person voted on, named by ${order} as on ${roster}; write the count of each level.`
    ),
    noteWith(
      [HAND_TALLY_HEADERS.invalid, MEETING_LABELS.collected],
      (invalid, collected) =>
        `${invalid}: gồm cả các phiếu không hợp lệ cả tờ; các cột của một dòng cộng lại bằng ${collected.toLowerCase()}.`,
      (invalid, collected) =>
        `${invalid}: invalid ballots included; the counts of a row add up to ${collected}.`
    ),
    noteWith(
      [SHEETS.ballots],
      (ballots) =>
        `Khi có trang ${ballots}, kết quả tính từ trang đó; trang này dùng để đối chiếu, hoặc để trống.`,
      (ballots) =>
        `When ${ballots} is filled in, the result comes from it; this sheet is checked against it, or left empty.`
    ),
  ],
};

function handTallySheet(content: StandardWorkbook): SheetWrite {
  // Not chosen yet: the three levels, which qd96 and nq96 share.
  const levels = levelsOf(content.regulation ?? "qd96");
  const count = (header: Term): Column => ({ header: header.vi, width: 13, format: WHOLE });
  return tableSheet({
    sheet: SHEETS.handTally.vi,
    lang: content.lang,
    intro: HAND_TALLY_INTRO,
    columns: [
      { header: ROSTER_HEADERS.order.vi, width: 6, format: WHOLE, center: true },
      { header: ROSTER_HEADERS.name.vi, width: 26, format: TEXT },
      ...levels.map((level) => count(HAND_TALLY_HEADERS[level])),
      count(HAND_TALLY_HEADERS.invalid),
    ],
    rows: content.handTally.map((line) => [
      line.order,
      line.name ?? null,
      ...levels.map((level) => line.counts[level] ?? null),
      line.invalid ?? null,
    ]),
    bodyRows: Math.max(content.handTallyRows, content.handTally.length),
    validations: [],
  });
}
