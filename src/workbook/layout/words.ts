// The words layout prints that are not the domain's (those come from the rules module) nor the
// workbook's (headers and the vote's own words come from the vocabulary): section names, figure
// labels, the signature block. Vietnamese first, English second.

import type { CivilDate, Lang } from "../../rules";

export type Words = Readonly<Record<Lang, string>>;

export const WORDS = {
  notes: { vi: "Ghi chú:", en: "Notes:" },
  collectedBase: {
    vi: "Tổng số phiếu thu về (C), căn cứ tính mọi tỷ lệ",
    en: "Ballots collected (C), the base of every percentage",
  },
  validBallots: { vi: "Số phiếu hợp lệ", en: "Valid ballots" },
  invalidBallots: { vi: "Số phiếu không hợp lệ", en: "Invalid ballots" },
  unknownBallots: {
    vi: "Không xác định: chỉ có bảng kiểm phiếu, không có từng phiếu.",
    en: "Unknown: only a hand tally was given, not the ballots themselves.",
  },
  votes: { vi: "Số phiếu", en: "Votes" },
  share: { vi: "Tỷ lệ", en: "%" },
  bandAndConsequence: { vi: "Mức / xử lý", en: "Band / consequence" },
  band: { vi: "Mức", en: "Band" },
  validEntries: { vi: "Số phiếu hợp lệ", en: "Valid entries" },
  absent: { vi: "Số người vắng mặt", en: "Absent" },
  time: { vi: "Thời gian", en: "Time" },
  chair: { vi: "Chủ trì", en: "Chair" },
  secretary: { vi: "Thư ký", en: "Secretary" },
  chairSigns: { vi: "CHỦ TRÌ HỘI NGHỊ", en: "CHAIR OF THE MEETING" },
  memberSigns: { vi: "THÀNH VIÊN", en: "MEMBER" },
  noGroup: { vi: "Không thuộc khối nào", en: "No group" },
  party: { vi: "ĐẢNG CỘNG SẢN VIỆT NAM", en: "COMMUNIST PARTY OF VIET NAM" },
  state: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  signHint: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" },
} as const satisfies Record<string, Words>;

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The dateline under the header: the meeting sheet's town, else dots for the committee to write
 * it by hand (the meeting's "place" is the voting body, not a town). Vietnamese follows Nghị
 * định 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a leading zero. */
export function dateline(date: CivilDate, lang: Lang, town = "…………"): string {
  if (lang === "en") return `${town}, ${date.day} ${MONTHS_EN[date.month - 1] ?? ""} ${date.year}`;
  const month = date.month <= 2 ? twoDigits(date.month) : String(date.month);
  return `${town}, ngày ${twoDigits(date.day)} tháng ${month} năm ${date.year}`;
}

/** The smallest attendance that meets the quorum, in words after the rule. */
export function quorumNeeds(required: number, lang: Lang): string {
  return lang === "vi"
    ? `Cần ít nhất ${required} người có mặt.`
    : `At least ${required} must be present.`;
}
