// The words of the standard workbook (workbook.md): sheet names, meeting labels, headers and
// entry codes, Vietnamese canonical first, English accepted. Parse matches them, the template
// and the sample write them, layout reuses them: they live in one place.

import type { EntryMark, RegulationId } from "../rules/types";

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
} as const satisfies Record<string, Term>;

export const ROSTER_HEADERS = {
  order: { vi: "STT", en: "No." },
  id: { vi: "Mã", en: "ID" },
  name: { vi: "Họ và tên", en: "Full name", aliases: ["Họ tên"] },
  position: { vi: "Chức vụ", en: "Position" },
  unit: { vi: "Đơn vị", en: "Unit" },
  appointedOn: { vi: "Ngày bổ nhiệm", en: "Appointed on" },
  exclusion: { vi: "Không lấy phiếu", en: "Not voted on" },
} as const satisfies Record<string, Term>;

export const BALLOT_HEADERS = {
  number: { vi: "Số phiếu", en: "Ballot no." },
  invalid: { vi: "Phiếu không hợp lệ", en: "Invalid ballot" },
} as const satisfies Record<string, Term>;

export const HAND_TALLY_HEADERS = {
  high: { vi: "Tín nhiệm cao", en: "High confidence" },
  medium: { vi: "Tín nhiệm", en: "Confidence" },
  low: { vi: "Tín nhiệm thấp", en: "Low confidence" },
  confidence: { vi: "Tín nhiệm", en: "Confidence" },
  noConfidence: { vi: "Không tín nhiệm", en: "No confidence" },
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
} as const satisfies Record<string, Term>;

/** How the regulation is written in the meeting sheet. */
export const REGULATION_TEXTS: Readonly<Record<RegulationId, string>> = {
  qd96: "QĐ 96-QĐ/TW",
  nq96: "NQ 96/2023/QH15",
  "nq96-btn": "NQ 96/2023/QH15 - bỏ phiếu tín nhiệm",
};

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
