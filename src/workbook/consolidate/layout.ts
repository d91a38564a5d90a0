// The consolidated workbook (a new file, or the open workbook's new sheets): `Tổng hợp`, one row
// per input with its figures, bands and fingerprint, then the problems; `Cần xem xét`, everyone
// in a band at any place; `Hai nơi`, each person at two places, the two results side by side in
// priority order, never added together; `Xếp hạng`, the QĐ 96 ranking of each meeting.

import {
  bandName,
  formatDate,
  levelName,
  quorumStateName,
  regulationName,
  type Band,
  type Lang,
  type PlaceResult,
} from "../../rules";
import type { WritePlan } from "../plan";
import { rate, type DraftCell } from "../layout/draft";
import { BAND_FILLS } from "../layout/style";
import { capTexts } from "../layout/text-limit";
import { describeProblem } from "../run";
import { describeAction } from "../problems";
import { PLACE_KINDS, ROSTER_HEADERS } from "../vocabulary";
import type { Consolidation, MeetingOfFile } from "./consolidate";
import { consolidationMarker, CONSOLIDATION_SHEETS } from "./marker";
import { lowestLevelOf, type InputSummary, type InputStatus } from "./summary";
import { tableSheet, type TableColumn, type TableRow } from "./table-sheet";

type Words = Readonly<Record<Lang, string>>;

const W = {
  summaryTitle: {
    vi: "TỔNG HỢP KẾT QUẢ LẤY PHIẾU TÍN NHIỆM",
    en: "CONSOLIDATED CONFIDENCE VOTE RESULTS",
  },
  reviewTitle: { vi: "NGƯỜI CẦN XEM XÉT", en: "PEOPLE TO REVIEW" },
  twoPlacesTitle: {
    vi: "NGƯỜI ĐƯỢC LẤY PHIẾU Ở HAI NƠI",
    en: "PEOPLE VOTED ON AT TWO PLACES",
  },
  rankingTitle: {
    vi: "XẾP HẠNG THEO TỶ LỆ TÍN NHIỆM CAO (QĐ 96, ĐỂ THAM KHẢO)",
    en: "RANKING BY HIGH-CONFIDENCE SHARE (QĐ 96, FOR INFORMATION)",
  },
  counted: (n: number, skipped: number): Words => ({
    vi: `${n} hội nghị được tổng hợp; ${skipped} tệp không được tổng hợp.`,
    en: `${n} meetings consolidated; ${skipped} files left out.`,
  }),
  reviewLine: {
    vi: "Mọi người có trên 50% hoặc từ 2/3 phiếu tín nhiệm thấp (không tín nhiệm) trở lên ở bất kỳ nơi nào; tỷ lệ trên tổng số phiếu thu về của từng nơi. Xếp theo mức, rồi theo tỷ lệ thấp giảm dần.",
    en: "Everyone with over half, or two thirds or more, low (no-confidence) entries at any place; shares over each place's ballots collected. By band, then by low share, highest first.",
  },
  twoPlacesLine: {
    vi: "Kết quả ở từng nơi được giữ nguyên, không cộng lại (QĐ 96 Điều 11.4); nơi 1 là nơi được ưu tiên: cấp ủy, HĐND, nơi công tác.",
    en: "Each place's result stands on its own and is never added (QĐ 96 art. 11.4); place 1 comes first by priority: Party committee, People's Council, workplace.",
  },
  rankingLine: {
    vi: "Không văn bản nào yêu cầu xếp hạng; bảng này chỉ để tham khảo. Người bằng số phiếu có cùng hạng.",
    en: "Neither text asks for a ranking; this table is for information only. Equal counts share a rank.",
  },
  none: { vi: "Không có.", en: "None." },
  noRanking: { vi: "Không có hội nghị nào theo QĐ 96.", en: "No meeting under QĐ 96." },
  problems: { vi: "Vấn đề", en: "Problems" },
  action: { vi: "Cần làm", en: "What to do" },
  total: { vi: "Tổng cộng", en: "Total" },
  yes: { vi: "Có", en: "Yes" },
  byName: { vi: "Họ tên (cần xác nhận)", en: "Name (to confirm)" },
  byId: { vi: "Mã", en: "ID" },
  status: {
    counted: { vi: "Đã tổng hợp", en: "Consolidated" },
    blocked: { vi: "Còn lỗi chặn", en: "Blocked" },
    unreadable: { vi: "Không đọc được", en: "Unreadable" },
    consolidation: { vi: "Bảng tổng hợp, bỏ qua", en: "A consolidation, skipped" },
    duplicate: { vi: "Trùng tệp khác, tính một lần", en: "Same vote as another, counted once" },
  } satisfies Record<InputStatus, Words>,
  col: {
    order: ROSTER_HEADERS.order,
    file: { vi: "Tệp", en: "File" },
    meeting: { vi: "Hội nghị, nơi lấy phiếu", en: "Meeting, place" },
    place: { vi: "Nơi lấy phiếu", en: "Place" },
    kind: { vi: "Loại nơi", en: "Kind" },
    date: { vi: "Ngày", en: "Date" },
    regulation: { vi: "Quy định", en: "Regulation" },
    summoned: { vi: "Triệu tập", en: "Summoned" },
    present: { vi: "Có mặt", en: "Present" },
    quorum: { vi: "Số người dự", en: "Quorum" },
    collected: { vi: "Phiếu thu về", en: "Collected" },
    status: { vi: "Tình trạng", en: "Status" },
    voted: { vi: "Số người được lấy phiếu", en: "People voted on" },
    none: { vi: "Không quá nửa", en: "Half or less" },
    overHalf: { vi: "Quá nửa, dưới 2/3", en: "Over half, under 2/3" },
    twoThirds: { vi: "Từ 2/3 trở lên", en: "Two thirds or more" },
    fingerprint: { vi: "Mã dữ liệu", en: "Fingerprint" },
    name: ROSTER_HEADERS.name,
    id: ROSTER_HEADERS.id,
    position: ROSTER_HEADERS.position,
    low: { vi: "Phiếu thấp", en: "Low" },
    lowRate: { vi: "Tỷ lệ thấp", en: "Low %" },
    band: { vi: "Mức", en: "Band" },
    joinedBy: { vi: "Ghép theo", en: "Joined by" },
    place1: { vi: "Nơi 1", en: "Place 1" },
    place2: { vi: "Nơi 2", en: "Place 2" },
    flagged: { vi: "Cần xem xét", en: "To review" },
    rank: { vi: "Hạng", en: "Rank" },
    code: { vi: "Mã", en: "Code" },
    where: { vi: "Ô", en: "Cell" },
    message: { vi: "Nội dung", en: "Message" },
  },
} as const;

const FILL: Readonly<Record<Band, string | undefined>> = {
  none: undefined,
  "over-half": BAND_FILLS["over-half"],
  "two-thirds": BAND_FILLS["two-thirds"],
};

const NAME = { min: 18, max: 28 };
const PLACE = { min: 18, max: 30 };
const TEXT = { min: 12, max: 40 };

function columns(
  lang: Lang,
  specs: readonly [Words, TableColumn["width"], TableColumn["align"]?][]
) {
  return specs.map(([header, width, align]): TableColumn => ({
    header: header[lang],
    width,
    align,
  }));
}

function meetingLabel(at: MeetingOfFile): string {
  const { name, place } = at.meeting;
  return name === null || name === place.name ? place.name : `${name}\n${place.name}`;
}

function summarySheet(consolidation: Consolidation, lang: Lang, version: string) {
  const c = W.col;
  const rows: TableRow[] = consolidation.inputs.map((input, index): TableRow => {
    const meeting = input.meeting;
    const at = meeting && { file: input.file, fingerprint: input.fingerprint, meeting };
    return {
      cells: [
        index + 1,
        input.file,
        at ? meetingLabel(at) : null,
        meeting ? PLACE_KINDS[meeting.place.kind][lang] : null,
        meeting ? formatDate(meeting.date) : null,
        meeting?.regulation ?? null,
        meeting?.figures.summoned ?? null,
        meeting?.figures.present ?? null,
        meeting ? quorumStateName(meeting.figures.quorumMet, lang) : null,
        meeting?.figures.collected ?? null,
        W.status[input.status][lang],
        meeting
          ? meeting.bands.none + meeting.bands["over-half"] + meeting.bands["two-thirds"]
          : null,
        meeting?.bands.none ?? null,
        meeting?.bands["over-half"] ?? null,
        meeting?.bands["two-thirds"] ?? null,
        input.fingerprint,
      ],
    };
  });
  const sum = (pick: (m: MeetingOfFile) => number) =>
    consolidation.meetings.reduce((total, at) => total + pick(at), 0);
  const bands = (m: MeetingOfFile) => m.meeting.bands;
  rows.push({
    bold: true,
    cells: [
      null,
      W.total[lang],
      null,
      null,
      null,
      null,
      sum((m) => m.meeting.figures.summoned),
      sum((m) => m.meeting.figures.present),
      null,
      sum((m) => m.meeting.figures.collected),
      null,
      sum((m) => bands(m).none + bands(m)["over-half"] + bands(m)["two-thirds"]),
      sum((m) => bands(m).none),
      sum((m) => bands(m)["over-half"]),
      sum((m) => bands(m)["two-thirds"]),
      null,
    ],
  });
  const skipped = consolidation.inputs.length - consolidation.meetings.length;
  return tableSheet({
    sheet: CONSOLIDATION_SHEETS.summary,
    lang,
    title: W.summaryTitle[lang],
    lines: [W.counted(consolidation.meetings.length, skipped)[lang]],
    columns: columns(lang, [
      [c.order, 5, "center"],
      [c.file, { min: 12, max: 24 }],
      [c.meeting, PLACE],
      [c.kind, { min: 10, max: 16 }],
      [c.date, 11, "center"],
      [c.regulation, 9, "center"],
      [c.summoned, 8, "right"],
      [c.present, 8, "right"],
      [c.quorum, { min: 8, max: 12 }],
      [c.collected, 8, "right"],
      [c.status, { min: 10, max: 14 }],
      [c.voted, 9, "right"],
      [c.none, 9, "right"],
      [c.overHalf, 9, "right"],
      [c.twoThirds, 9, "right"],
      [c.fingerprint, 18, "center"],
    ]),
    rows,
    after: problemLines(consolidation, lang),
    marker: consolidationMarker(version, consolidation.meetings.length, lang),
    activate: true,
  });
}

/** The consolidation's problems, then each input's that was not counted, one line each. */
function problemLines(consolidation: Consolidation, lang: Lang): string[] {
  const lines = consolidation.problems.map((problem) => {
    const action = describeAction(problem, lang);
    const text = `${problem.code} ${describeProblem(problem, lang)}`;
    return action === null ? text : `${text} ${W.action[lang]}: ${action}`;
  });
  const skipped = consolidation.inputs.filter((input) => input.status !== "counted");
  for (const input of skipped) lines.push(...inputProblemLines(input, lang));
  return lines.length === 0 ? [] : [`${W.problems[lang]}:`, ...lines];
}

function inputProblemLines(input: InputSummary, lang: Lang): string[] {
  return input.problems
    .filter((problem) => problem.severity === "error")
    .map((problem) => {
      const where = problem.cell === null ? "" : ` ${problem.sheet}!${problem.cell}`;
      return `${input.file}${where}: ${problem.code} ${problem.message[lang]}`;
    });
}

function lowCells(
  place: PlaceResult | MeetingOfFile["meeting"]["people"][number],
  regulation: MeetingOfFile["meeting"]["regulation"]
): DraftCell[] {
  const person = "person" in place ? place.person : place;
  const level = lowestLevelOf(regulation);
  const count = person.counts?.[level];
  const percent = person.percent?.[level];
  return [count ?? null, percent === undefined ? null : rate(percent)];
}

function reviewSheet(consolidation: Consolidation, lang: Lang) {
  const c = W.col;
  const rows = consolidation.review.map(({ band, person, at }, index): TableRow => ({
    fill: FILL[band],
    cells: [
      index + 1,
      person.name,
      at.meeting.sharedIds ? person.id : null,
      person.position,
      at.meeting.place.name,
      at.meeting.regulation,
      at.meeting.figures.collected,
      ...lowCells(person, at.meeting.regulation),
      bandName(at.meeting.regulation, band, lang),
    ],
  }));
  return tableSheet({
    sheet: CONSOLIDATION_SHEETS.review,
    lang,
    title: W.reviewTitle[lang],
    lines: [W.reviewLine[lang]],
    columns: columns(lang, [
      [c.order, 5, "center"],
      [c.name, NAME],
      [c.id, 9, "center"],
      [c.position, TEXT],
      [c.place, PLACE],
      [c.regulation, 9, "center"],
      [c.collected, 8, "right"],
      [c.low, 8, "right"],
      [c.lowRate, 9, "right"],
      [c.band, { min: 14, max: 24 }],
    ]),
    rows: rows.length > 0 ? rows : [{ spanning: true, cells: [W.none[lang]] }],
    after: [],
  });
}

function placeCells(place: PlaceResult | undefined, lang: Lang): DraftCell[] {
  if (place === undefined) return [null, null, null, null];
  const band = place.person.band;
  return [
    place.place,
    ...lowCells(place, place.regulation),
    band === null ? null : bandName(place.regulation, band, lang),
  ];
}

function twoPlacesSheet(consolidation: Consolidation, lang: Lang) {
  const c = W.col;
  const rows = consolidation.severalPlaces.map(({ person, joinedBy }, index): TableRow => {
    const [first, second] = person.places.filter((place) => place.kept);
    return {
      fill: person.worstBand === null ? undefined : FILL[person.worstBand],
      cells: [
        index + 1,
        person.name,
        person.id,
        (joinedBy === "id" ? W.byId : W.byName)[lang],
        ...placeCells(first, lang),
        ...placeCells(second, lang),
        person.flagged ? W.yes[lang] : null,
      ],
    };
  });
  const place = (n: Words): [Words, TableColumn["width"], TableColumn["align"]?][] => [
    [n, PLACE],
    [{ vi: `${n.vi}: ${W.col.low.vi}`, en: `${n.en}: ${W.col.low.en}` }, 8, "right"],
    [{ vi: `${n.vi}: ${W.col.lowRate.vi}`, en: `${n.en}: ${W.col.lowRate.en}` }, 9, "right"],
    [
      { vi: `${n.vi}: ${W.col.band.vi}`, en: `${n.en}: ${W.col.band.en}` },
      { min: 12, max: 20 },
    ],
  ];
  return tableSheet({
    sheet: CONSOLIDATION_SHEETS.twoPlaces,
    lang,
    title: W.twoPlacesTitle[lang],
    lines: [W.twoPlacesLine[lang]],
    columns: columns(lang, [
      [c.order, 5, "center"],
      [c.name, NAME],
      [c.id, 9, "center"],
      [c.joinedBy, { min: 8, max: 14 }],
      ...place(c.place1),
      ...place(c.place2),
      [c.flagged, 9, "center"],
    ]),
    rows: rows.length > 0 ? rows : [{ spanning: true, cells: [W.none[lang]] }],
    after: [],
  });
}

function rankingSheet(consolidation: Consolidation, lang: Lang) {
  const c = W.col;
  const rows: TableRow[] = consolidation.meetings.flatMap((at): TableRow[] => {
    const ranking = at.meeting.ranking;
    if (ranking === null) return [];
    const positions = new Map(at.meeting.people.map((person) => [person.id, person.position]));
    return [
      {
        spanning: true,
        bold: true,
        cells: [`${meetingLabel(at).replace("\n", " · ")} (${at.file})`],
      },
      ...ranking.map((person): TableRow => ({
        cells: [
          person.rank,
          person.name,
          positions.get(person.id) ?? null,
          person.count,
          person.percent === null ? null : rate(person.percent),
        ],
      })),
    ];
  });
  return tableSheet({
    sheet: CONSOLIDATION_SHEETS.ranking,
    lang,
    title: W.rankingTitle[lang],
    lines: [W.rankingLine[lang], regulationName("qd96", lang)],
    columns: columns(lang, [
      [c.rank, 6, "center"],
      [c.name, NAME],
      [c.position, TEXT],
      [{ vi: levelName("high", "vi"), en: levelName("high", "en") }, 10, "right"],
      [{ vi: "Tỷ lệ cao", en: "High %" }, 9, "right"],
    ]),
    rows: rows.length > 0 ? rows : [{ spanning: true, cells: [W.noRanking[lang]] }],
    after: [],
  });
}

/** The four sheets. Throws when the consolidation is blocked: callers must not ask then. */
export function consolidationPlan(
  consolidation: Consolidation,
  lang: Lang,
  version: string
): WritePlan {
  if (consolidation.blocked) throw new Error("consolidationPlan called on a blocked consolidation");
  return capTexts({
    sheets: [
      summarySheet(consolidation, lang, version),
      reviewSheet(consolidation, lang),
      twoPlacesSheet(consolidation, lang),
      rankingSheet(consolidation, lang),
    ],
  });
}
