// The words of the standard workbook (workbook.md): sheet names, meeting labels, headers and
// entry codes, Vietnamese canonical first, English accepted. Parse matches them, the template
// and the sample write them, layout reuses them: they live in one place.

import { levelName } from "../rules/regulations";
import type { PlaceKind } from "../rules/places";
import type { EntryMark, ExtraNamePolicy, Lang, Level, RegulationId } from "../rules/types";

/** A term with its canonical Vietnamese text and the other spellings accepted. */
export interface Term {
  readonly vi: string;
  readonly en: string;
  /** Further accepted spellings (matched after normalization). */
  readonly aliases?: readonly string[];
}

export const SHEETS = {
  meeting: { vi: "Hội nghị", en: "Meeting" },
  roster: { vi: "Danh sách", en: "Roster" },
  ballots: { vi: "Phiếu", en: "Ballots" },
  handTally: { vi: "Kiểm phiếu", en: "Hand tally" },
  results: { vi: "Kết quả", en: "Results" },
  /** The ballots to print before the vote, and the blank sheet counters tick by hand. */
  ballotForms: { vi: "Phiếu in", en: "Printed ballots" },
  countSheet: { vi: "Phiếu kiểm", en: "Count sheet" },
} as const satisfies Record<string, Term>;

export const MEETING_LABELS = {
  name: { vi: "Tên hội nghị", en: "Meeting" },
  organization: { vi: "Cơ quan, đơn vị", en: "Organization" },
  date: { vi: "Ngày lấy phiếu", en: "Date" },
  regulation: { vi: "Quy định áp dụng", en: "Regulation" },
  place: { vi: "Nơi lấy phiếu", en: "Place" },
  summoned: { vi: "Số người được triệu tập", en: "Summoned" },
  present: { vi: "Số người có mặt", en: "Present" },
  issued: { vi: "Số phiếu phát ra", en: "Ballots issued" },
  collected: { vi: "Số phiếu thu về", en: "Ballots collected" },
  countingHead: { vi: "Trưởng ban kiểm phiếu", en: "Head of the counting committee" },
  countingMembers: { vi: "Thành viên ban kiểm phiếu", en: "Counting committee members" },
  /** A setting that changes the result (rules.md section 2): kept in the workbook so that every
   * clerk on the same file gets the same count. */
  extraNames: { vi: "Phiếu ghi thêm tên ngoài danh sách", en: "Extra names on a ballot" },
  // The minutes (biên bản kiểm phiếu) print these when given; all optional.
  parentOrganization: { vi: "Cơ quan cấp trên", en: "Parent organization" },
  town: { vi: "Địa điểm", en: "Town" },
  startTime: { vi: "Thời gian bắt đầu", en: "Start time" },
  endTime: { vi: "Thời gian kết thúc", en: "End time" },
  chair: { vi: "Chủ trì", en: "Chair" },
  secretary: { vi: "Thư ký", en: "Secretary" },
  countingHeadPost: {
    vi: "Chức vụ trưởng ban kiểm phiếu",
    en: "Post of the head of the counting committee",
  },
  /** In the order of the members' names, separated by `;` as they are. */
  countingMemberPosts: {
    vi: "Chức vụ thành viên ban kiểm phiếu",
    en: "Posts of the counting committee members",
  },
  /** A setting for units that print what each band entails beside the person (the decision
   * belongs to the competent authority, so by default the minutes say it once, in the notes). */
  consequencePerPerson: {
    vi: "Ghi xử lý theo quy định cạnh từng người",
    en: "Consequence beside each person",
  },
  /** Optional: which kind of place the meeting is, for the two-places priority when several
   * meetings are consolidated (rules.md section 7); inferred from the regulation when blank. */
  placeKind: { vi: "Loại nơi lấy phiếu", en: "Place kind" },
} as const satisfies Record<string, Term>;

/** The meeting rows workbook.md marks required: without them the vote cannot be counted. */
export const REQUIRED_MEETING_LABELS: readonly (keyof typeof MEETING_LABELS)[] = [
  "date",
  "regulation",
  "summoned",
  "present",
  "issued",
  "collected",
];

export const ROSTER_HEADERS = {
  order: { vi: "STT", en: "No." },
  id: { vi: "Mã", en: "ID" },
  name: { vi: "Họ và tên", en: "Full name", aliases: ["Họ tên"] },
  position: { vi: "Chức vụ", en: "Position" },
  unit: { vi: "Đơn vị", en: "Unit" },
  appointedOn: { vi: "Ngày bổ nhiệm", en: "Appointed on" },
  exclusion: { vi: "Không lấy phiếu", en: "Not voted on" },
  /** The group a person is listed under on the printed table and the ballots (as published
   * results list "Khối HĐND tỉnh", "Khối UBND tỉnh"); optional. */
  group: { vi: "Khối", en: "Group", aliases: ["Nhóm"] },
} as const satisfies Record<string, Term>;

export const BALLOT_HEADERS = {
  number: { vi: "Số phiếu", en: "Ballot no." },
  invalid: { vi: "Phiếu không hợp lệ", en: "Invalid ballot" },
  /** Names a voter wrote on the ballot besides the printed ones: each non-blank cell of such a
   * column is one extra name (rules.md section 2); the column may appear more than once. */
  extraNames: { vi: "Ghi thêm", en: "Extra names" },
} as const satisfies Record<string, Term>;

/** A level as the rules name it, as a header. */
function levelTerm(level: Level | "invalid"): Term {
  return { vi: levelName(level, "vi"), en: levelName(level, "en") };
}

export const HAND_TALLY_HEADERS = {
  high: levelTerm("high"),
  medium: levelTerm("medium"),
  low: levelTerm("low"),
  confidence: levelTerm("confidence"),
  noConfidence: levelTerm("noConfidence"),
  invalid: levelTerm("invalid"),
} as const satisfies Record<string, Term>;

/** How the regulation is written in the meeting sheet. */
export const REGULATION_TEXTS: Readonly<Record<RegulationId, string>> = {
  qd96: "QĐ 96-QĐ/TW",
  nq96: "NQ 96/2023/QH15",
  "nq96-btn": "NQ 96/2023/QH15 - bỏ phiếu tín nhiệm",
};

/** The values of the row `Phiếu ghi thêm tên ngoài danh sách`; a blank or missing row means the
 * first (the default of rules.md section 2). */
export const EXTRA_NAME_POLICIES = {
  "ignore-name": { vi: "Bỏ qua tên ghi thêm", en: "Ignore the extra name" },
  "void-ballot": { vi: "Cả phiếu không hợp lệ", en: "Whole ballot invalid" },
} as const satisfies Record<ExtraNamePolicy, Term>;

/** The values of the row `Ghi xử lý theo quy định cạnh từng người`; blank or missing means no. */
export const YES_NO = {
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
} as const satisfies Record<string, Term>;

/** Entry codes on the ballot sheet (matched ignoring case, diacritics and spaces); the first
 * code of each mark is the one the template offers. A blank cell is the mark "blank". */
export const ENTRY_CODES: Readonly<
  Record<"threeLevel" | "twoLevel", readonly { mark: EntryMark; codes: readonly string[] }[]>
> = {
  threeLevel: [
    { mark: "high", codes: ["1", "C", "Cao", "TNC"] },
    { mark: "medium", codes: ["2", "T", "TN"] },
    { mark: "low", codes: ["3", "TH", "Thấp", "TNT"] },
    { mark: "invalid", codes: ["0", "X", "K", "Hỏng"] },
  ],
  twoLevel: [
    { mark: "confidence", codes: ["1", "T", "TN"] },
    { mark: "noConfidence", codes: ["2", "K", "KTN"] },
    { mark: "invalid", codes: ["0", "X"] },
  ],
};

/** The words that name the vote itself, as each regulation calls it: a confidence vote (lấy
 * phiếu: qd96, nq96) or a no-confidence vote (bỏ phiếu: nq96-btn). */
export interface VoteWords {
  /** The printed summary's title. */
  readonly title: Readonly<Record<Lang, string>>;
  /** The labels of the meeting's date and place on the printed summary. */
  readonly date: Readonly<Record<Lang, string>>;
  readonly place: Readonly<Record<Lang, string>>;
  /** The caption merged above the result columns on the roster (workbook.md 4.1). */
  readonly caption: Readonly<Record<Lang, string>>;
}

const CONFIDENCE_VOTE: VoteWords = {
  title: { vi: "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM", en: "CONFIDENCE VOTE RESULTS" },
  date: MEETING_LABELS.date,
  place: MEETING_LABELS.place,
  caption: { vi: "Kết quả lấy phiếu", en: "Voting results" },
};

const NO_CONFIDENCE_VOTE: VoteWords = {
  title: { vi: "KẾT QUẢ BỎ PHIẾU TÍN NHIỆM", en: "NO-CONFIDENCE VOTE RESULTS" },
  date: { vi: "Ngày bỏ phiếu", en: MEETING_LABELS.date.en },
  place: { vi: "Nơi bỏ phiếu", en: MEETING_LABELS.place.en },
  caption: { vi: "Kết quả bỏ phiếu", en: "No-confidence vote results" },
};

export function voteWordsOf(regulation: RegulationId): VoteWords {
  return regulation === "nq96-btn" ? NO_CONFIDENCE_VOTE : CONFIDENCE_VOTE;
}

/** Either vote's caption, by which parse knows the caption a previous run wrote. */
export const RESULT_CAPTION: Term = {
  ...CONFIDENCE_VOTE.caption,
  aliases: [NO_CONFIDENCE_VOTE.caption.vi, NO_CONFIDENCE_VOTE.caption.en],
};

/** The result columns a run writes on the roster, right of the user's columns after one empty
 * column. Parse recognizes any of them as the add-in's own (ignored as input, replaced by the
 * next run); layout writes them in the order of RESULT_COLUMN_ORDER. */
export const RESULT_COLUMNS = {
  validEntries: { vi: "Phiếu hợp lệ", en: "Valid entries" },
  high: levelTerm("high"),
  highRate: { vi: "Tỷ lệ cao", en: "High %" },
  medium: levelTerm("medium"),
  mediumRate: { vi: "Tỷ lệ tín nhiệm", en: "Confidence %" },
  low: levelTerm("low"),
  lowRate: { vi: "Tỷ lệ thấp", en: "Low %" },
  confidence: levelTerm("confidence"),
  confidenceRate: { vi: "Tỷ lệ tín nhiệm", en: "Confidence %" },
  noConfidence: levelTerm("noConfidence"),
  noConfidenceRate: { vi: "Tỷ lệ không tín nhiệm", en: "No confidence %" },
  band: { vi: "Mức", en: "Band" },
  consequence: { vi: "Xử lý theo quy định", en: "Consequence" },
} as const satisfies Record<string, Term>;

export type ResultColumnKey = keyof typeof RESULT_COLUMNS;

/** The result columns in writing order: three levels (qd96, nq96) or two (nq96-btn). */
export const RESULT_COLUMN_ORDER: Readonly<
  Record<"threeLevel" | "twoLevel", readonly ResultColumnKey[]>
> = {
  threeLevel: [
    "validEntries",
    "high",
    "highRate",
    "medium",
    "mediumRate",
    "low",
    "lowRate",
    "band",
    "consequence",
  ],
  twoLevel: [
    "validEntries",
    "confidence",
    "confidenceRate",
    "noConfidence",
    "noConfidenceRate",
    "band",
    "consequence",
  ],
};

/** The values of the row `Loại nơi lấy phiếu`, by the rules' place kinds (rules.md section 7). */
export const PLACE_KINDS = {
  "party-committee": { vi: "Cấp ủy đảng", en: "Party committee", aliases: ["Cấp uỷ đảng"] },
  "peoples-council": { vi: "Hội đồng nhân dân", en: "People's Council", aliases: ["HĐND"] },
  workplace: { vi: "Nơi công tác", en: "Workplace" },
} as const satisfies Record<PlaceKind, Term>;
