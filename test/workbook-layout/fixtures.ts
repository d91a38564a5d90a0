// Hand-made tally results for layout, writer and print tests: realistic names, every band, some
// people not voted on. Percentages are computed here (half up) so these tests do not depend on
// the rules module's code, only on its types.

import type { Band, Level, PersonResult, RegulationId, TallyResult } from "../../src/rules/types";
import type { MeetingDetails, RosterPlacement } from "../../src/workbook/placement";
import type { PlanCell, SheetWrite } from "../../src/workbook/plan";
import { parseRange, cellAddress } from "../../src/workbook/layout/a1";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Đức", "Ngọc", "Quốc"];
const GIVEN = [
  "Hằng",
  "Bình",
  "Dũng",
  "Hương",
  "Khoa",
  "Lan",
  "Tuấn",
  "Phượng",
  "Sơn",
  "Yến",
  "Thắng",
];
const POSITIONS = [
  "Bí thư Tỉnh ủy",
  "Phó Bí thư Thường trực Tỉnh ủy",
  "Chủ tịch Ủy ban nhân dân tỉnh",
  "Trưởng Ban Tổ chức Tỉnh ủy",
  "Giám đốc Sở Tài chính",
  "Phó Chủ tịch Hội đồng nhân dân tỉnh",
  "Chánh Văn phòng Tỉnh ủy",
];

function percent(count: number, collected: number): number {
  return Math.round((count * 10_000) / collected) / 100;
}

function bandOf(low: number, collected: number, twoLevel: boolean): Band {
  if (2 * low <= collected) return "none";
  return !twoLevel && 3 * low >= 2 * collected ? "two-thirds" : "over-half";
}

/** A voted person with the given counts, in level order, and `invalid` for the rest. */
function voted(
  id: number,
  name: string,
  position: string,
  levels: readonly Level[],
  counts: readonly number[],
  collected: number
): PersonResult {
  const valid = counts.reduce((a, b) => a + b, 0);
  const low = counts[counts.length - 1]!;
  return {
    id: String(id),
    name,
    position,
    exclusion: null,
    counts: {
      ...Object.fromEntries(levels.map((level, i) => [level, counts[i]!])),
      invalid: collected - valid,
    },
    percent: Object.fromEntries(levels.map((level, i) => [level, percent(counts[i]!, collected)])),
    band: bandOf(low, collected, levels.length === 2),
    ref: { sheet: "Danh sách", cell: `A${id + 1}` },
  };
}

function excluded(id: number, name: string, position: string, reason: string): PersonResult {
  return {
    id: String(id),
    name,
    position,
    exclusion: { kind: "other", reason },
    counts: null,
    percent: null,
    band: null,
  };
}

/** `size` people under qd96 (42 ballots collected): person 1 is Nguyễn Thị Hằng; people 5 and
 * 17 are in the over-half band, person 9 in the two-thirds band, people 3 and 12 not voted on. */
export function qd96Result(size = 40, regulation: RegulationId = "qd96"): TallyResult {
  const collected = 42;
  const levels: Level[] = ["high", "medium", "low"];
  const people = Array.from({ length: size }, (_, i): PersonResult => {
    const id = i + 1;
    const name =
      id === 1
        ? "Nguyễn Thị Hằng"
        : `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    const position = POSITIONS[i % POSITIONS.length]!;
    if (id === 3) return excluded(id, name, position, "Đã có thông báo nghỉ hưu");
    if (id === 12) return excluded(id, name, position, "Được bổ nhiệm tháng 2/2025");
    if (id === 5 || id === 17) return voted(id, name, position, levels, [5, 11, 24], collected);
    if (id === 9) return voted(id, name, position, levels, [2, 8, 30], collected);
    const low = i % 4;
    return voted(
      id,
      name,
      position,
      levels,
      [30 - (i % 9), 10 + (i % 9) - low, low + 1],
      collected
    );
  });
  return {
    regulation,
    meeting: {
      summoned: 45,
      present: 42,
      issued: 42,
      collected,
      validBallots: 41,
      invalidBallots: 1,
      quorumMet: true,
    },
    people,
    problems: [],
    blocked: false,
  };
}

/** A small no-confidence vote (nq96-btn, 50 collected): one person over half. */
export function nq96BtnResult(): TallyResult {
  const collected = 50;
  const levels: Level[] = ["confidence", "noConfidence"];
  return {
    regulation: "nq96-btn",
    meeting: {
      summoned: 52,
      present: 50,
      issued: 50,
      collected,
      validBallots: null,
      invalidBallots: null,
      quorumMet: true,
    },
    people: [
      voted(1, "Trần Văn Bình", "Phó Chủ tịch Ủy ban nhân dân", levels, [20, 29], collected),
      voted(2, "Lê Thị Lan", "Giám đốc Sở Y tế", levels, [40, 9], collected),
    ],
    problems: [],
    blocked: false,
  };
}

export const DETAILS: MeetingDetails = {
  meetingName: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
  organization: "ĐẢNG BỘ TỈNH HẢI DƯƠNG",
  place: "Ban Chấp hành Đảng bộ tỉnh",
  countingHead: "Phạm Văn Sơn",
  countingMembers: ["Vũ Thị Yến", "Đặng Quốc Khoa", "Hoàng Minh Tuấn"],
  countingMemberPosts: [],
  consequencePerPerson: false,
};

export const MEETING_DATE = { year: 2025, month: 3, day: 29 };

/** The roster of `people`, one per row under a header in `headerRow`, user columns A–`lastUserColumn`. */
export function placementFor(
  result: TallyResult,
  options: {
    headerRow?: number;
    lastUserColumn?: number;
    ownedBlock?: RosterPlacement["ownedBlock"];
  } = {}
): RosterPlacement {
  const headerRow = options.headerRow ?? 1;
  return {
    sheet: "Danh sách",
    headerRow,
    lastUserColumn: options.lastUserColumn ?? 6,
    lastRow: headerRow + result.people.length,
    personRows: Object.fromEntries(
      result.people.map((person, i) => [person.id, headerRow + 1 + i])
    ),
    ownedBlock: options.ownedBlock ?? null,
  };
}

export interface WrittenCell {
  readonly value: PlanCell;
  readonly format: string;
}

/** Every cell the sheet's blocks write, by address (a later block wins, as when applied). */
export function writtenCells(sheet: SheetWrite): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const block of sheet.blocks) {
    const origin = parseRange(block.at)!;
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const format = block.numberFormats[i]![j]!;
        cells.set(cellAddress(origin.top + i, origin.left + j), { value, format });
      })
    );
  }
  return cells;
}
