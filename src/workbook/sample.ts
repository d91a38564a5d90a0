// A realistic sample workbook: the template filled in with a made-up meeting of a fictional
// district (huyện Vân Phong, tỉnh Hải Lâm). The counts are decided first, person by person, so
// that every band occurs and the figures are known exactly; then each person's marks are dealt
// across the valid ballots by a seeded generator, and the hand tally repeats the counts (double
// entry). The same options give the same plan, byte for byte.

import type { CivilDate, Level, RegulationId } from "../rules";
import type { WritePlan } from "./plan";
import {
  entryCodesOf,
  isTwoLevel,
  requireWholeIn,
  standardWorkbookPlan,
  type BallotRow,
  type HandTallyLine,
  type RosterRow,
  type StandardWorkbook,
  TEMPLATE_MAX_PEOPLE,
} from "./template";
import { EXTRA_NAME_POLICIES, REGULATION_TEXTS, YES_NO } from "./vocabulary";

export interface SampleOptions {
  readonly ballots?: number;
  readonly people?: number;
  readonly seed?: number;
  readonly regulation?: RegulationId;
}

export const SAMPLE_DEFAULTS = { ballots: 42, people: 15, seed: 1, regulation: "qd96" } as const;

/** Below a dozen ballots the bands crowd together (at 6 no count is over half yet under two
 * thirds); below 8 people the six special cases leave no ordinary row between them; above the
 * template's limit the workbook could not have been made from the template. */
export const SAMPLE_LIMITS = {
  ballots: { min: 12, max: 10_000 },
  people: { min: 8, max: TEMPLATE_MAX_PEOPLE },
  /** The generator takes any 32-bit seed. */
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

/** The sample as a plan. Throws a RangeError for options outside SAMPLE_LIMITS or a seed that is
 * not a whole number (a caller's mistake, not the user's data). */
export function samplePlan(options: SampleOptions = {}): WritePlan {
  return standardWorkbookPlan(sampleWorkbook(options));
}

/** What each person on the sample's roster is there to show. */
export type SampleRole =
  | "ordinary"
  /** Exactly half low (or no-confidence) entries: band none, on the boundary. */
  | "half"
  | "over-half"
  /** Two thirds low, rounded up: band two-thirds, on the boundary when ballots divide by 3. */
  | "two-thirds"
  /** Excluded by a written reason: retirement announced. */
  | "retirement"
  /** Excluded by a date of appointment in the voting year, with no reason written. */
  | "appointed"
  /** Excluded by another written reason (long sick leave). */
  | "other-reason";

const SPECIAL_ROLES: readonly SampleRole[] = [
  "retirement",
  "half",
  "appointed",
  "over-half",
  "other-reason",
  "two-thirds",
];

/** Spread the six special roles evenly down the roster (first row, the Bí thư, is ordinary). */
export function sampleRoleAt(index: number, people: number): SampleRole {
  const position = SPECIAL_ROLES.findIndex(
    (_role, k) => Math.floor(((k + 1) * people) / (SPECIAL_ROLES.length + 1)) === index
  );
  return SPECIAL_ROLES[position] ?? "ordinary";
}

/** The sample's data, before it is laid out as the four sheets. */
export function sampleWorkbook(options: SampleOptions = {}): StandardWorkbook {
  const ballots = options.ballots ?? SAMPLE_DEFAULTS.ballots;
  const people = options.people ?? SAMPLE_DEFAULTS.people;
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed;
  const regulation = options.regulation ?? SAMPLE_DEFAULTS.regulation;
  requireWholeIn("ballots", ballots, SAMPLE_LIMITS.ballots.min, SAMPLE_LIMITS.ballots.max);
  requireWholeIn("people", people, SAMPLE_LIMITS.people.min, SAMPLE_LIMITS.people.max);
  requireWholeIn("seed", seed, SAMPLE_LIMITS.seed.min, SAMPLE_LIMITS.seed.max);

  const random = mulberry32(seed);
  const names = uniqueNames(random);
  const setting = SETTINGS[regulation === "qd96" ? "party" : "council"];
  const roster = Array.from({ length: people }, (_, index) =>
    rosterRow(index, sampleRoleAt(index, people), names(), setting.date, random)
  );

  const invalidBallots = Math.max(1, Math.floor(ballots / 40));
  const validBallots = ballots - invalidBallots;
  const twoLevel = isTwoLevel(regulation);
  const tallies = roster.map((_person, index) => {
    const role = sampleRoleAt(index, people);
    return isExcluded(role) ? null : countsFor(role, twoLevel, ballots, validBallots, random);
  });
  const marks = tallies.map((tally) => (tally ? shuffled(marksOf(tally), random) : null));

  const ballotRows = dealBallots(regulation, marks, ballots, invalidBallots, random);
  const handTally = roster.flatMap((person, index): HandTallyLine[] => {
    const tally = tallies[index];
    if (!tally) return [];
    const invalid = tally.invalid + tally.blank + invalidBallots;
    return [{ order: person.order, name: person.name, counts: tally.counts, invalid }];
  });

  const issued = ballots + Math.ceil(ballots / 50);
  const present = issued;
  return {
    lang: "vi",
    regulation,
    meeting: {
      name: setting.meeting,
      organization: setting.organization,
      date: excelSerial(setting.date),
      regulation: REGULATION_TEXTS[regulation],
      place: setting.place,
      summoned: present + Math.ceil(present / 20),
      present,
      issued,
      collected: ballots,
      countingHead: names(),
      countingMembers: [names(), names()].join("; "),
      extraNames: EXTRA_NAME_POLICIES["ignore-name"].vi,
      // Drawn after everything above, so that adding them changed none of the earlier names.
      ...(setting.parentOrganization && { parentOrganization: setting.parentOrganization }),
      town: setting.town,
      startTime: "8:00",
      endTime: "9:30",
      chair: names(),
      secretary: names(),
      countingHeadPost: "Ủy viên Ban Thường vụ",
      countingMemberPosts: ["Ủy viên Ban Chấp hành", "Chuyên viên Văn phòng"].join("; "),
      consequencePerPerson: YES_NO.no.vi,
    },
    roster,
    ballots: ballotRows,
    ballotRows: ballots,
    handTally,
    handTallyRows: handTally.length,
  };
}

/** Which valid ballot (counted from 1) carries a written-in name, and the name. */
const EXTRA_NAME_BALLOT = 7;
const EXTRA_NAME = "Phạm Văn Lâm";

/** The ballot rows: the invalid ones (not issued by the committee, left blank) at random places,
 * the valid ones taking each person's marks in turn. */
function dealBallots(
  regulation: RegulationId,
  marks: readonly (readonly Mark[] | null)[],
  ballots: number,
  invalidBallots: number,
  random: Random
): BallotRow[] {
  const invalidAt = new Set(shuffled(range(ballots), random).slice(0, invalidBallots));
  const codes = entryCodesOf(regulation);
  const codeOf = (mark: Mark, style: number): string | null =>
    mark === "blank" ? null : codes.find((entry) => entry.mark === mark)!.codes[style]!;
  let dealt = 0;
  return range(ballots).map((index): BallotRow => {
    if (invalidAt.has(index)) {
      return { number: index + 1, invalid: true, entries: marks.map(() => null) };
    }
    // Committee members type either the digits or the letters, one ballot at a time.
    const style = random() < LETTER_CODE_SHARE ? LETTER_CODES : DIGIT_CODES;
    const entries = marks.map((own) => (own ? codeOf(own[dealt]!, style) : null));
    dealt += 1;
    // One voter writes in a name that is not on the ballot, as happens: a warning to acknowledge.
    const extra = dealt === EXTRA_NAME_BALLOT ? { extraName: EXTRA_NAME } : {};
    return { number: index + 1, invalid: false, entries, ...extra };
  });
}

// ---------------------------------------------------------------------------------------------
// The meeting.

const SETTINGS: Readonly<
  Record<
    "party" | "council",
    {
      meeting: string;
      organization: string;
      parentOrganization?: string;
      place: string;
      town: string;
      date: CivilDate;
    }
  >
> = {
  party: {
    meeting: "Hội nghị Ban Chấp hành Đảng bộ huyện Vân Phong lần thứ mười bốn",
    organization: "Huyện ủy Vân Phong, tỉnh Hải Lâm",
    parentOrganization: "Đảng bộ tỉnh Hải Lâm",
    place: "Ban Chấp hành Đảng bộ huyện Vân Phong",
    town: "Vân Phong",
    date: { year: 2023, month: 11, day: 15 },
  },
  council: {
    meeting: "Kỳ họp thứ mười hai, Hội đồng nhân dân huyện Vân Phong khóa XX",
    organization: "Hội đồng nhân dân huyện Vân Phong, tỉnh Hải Lâm",
    place: "Hội đồng nhân dân huyện Vân Phong",
    town: "Vân Phong",
    date: { year: 2023, month: 12, day: 8 },
  },
};

/** Days since 30/12/1899, as Excel counts them (dates after 1/3/1900). */
export function excelSerial(date: CivilDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

// ---------------------------------------------------------------------------------------------
// The roster.

const DISTRICT_POSTS: readonly (readonly [post: string, unit: string])[] = [
  ["Bí thư Huyện ủy", "Huyện ủy"],
  ["Phó Bí thư Thường trực Huyện ủy", "Huyện ủy"],
  ["Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "UBND huyện"],
  ["Chủ tịch HĐND huyện", "HĐND huyện"],
  ["Phó Chủ tịch UBND huyện", "UBND huyện"],
  ["Trưởng Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy"],
  ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"],
  ["Trưởng Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy"],
  ["Trưởng phòng Tài nguyên và Môi trường", "UBND huyện"],
  ["Chánh Văn phòng Huyện ủy", "Văn phòng Huyện ủy"],
  ["Trưởng Ban Dân vận Huyện ủy", "Ban Dân vận Huyện ủy"],
  ["Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"],
  ["Trưởng phòng Kinh tế và Hạ tầng", "UBND huyện"],
  ["Chánh Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện"],
  ["Phó Chủ tịch HĐND huyện", "HĐND huyện"],
  ["Trưởng Công an huyện", "Công an huyện"],
  ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện"],
  ["Trưởng phòng Nội vụ", "UBND huyện"],
  ["Trưởng phòng Tài chính - Kế hoạch", "UBND huyện"],
  ["Chánh Thanh tra huyện", "Thanh tra huyện"],
];

/** After the district's posts, the communes' (fictional names). */
// prettier-ignore
const COMMUNES = [
  "Tân Phú", "An Hòa", "Phú Lâm", "Thanh Sơn", "Đông Hưng", "Xuân Lộc", "Quảng Phước",
  "Vĩnh Tiến", "Hưng Đạo", "Minh Khai", "Cẩm Giang", "Nghĩa Hưng", "Lạc Thủy", "Kim Sơn",
  "Bình Minh", "Tiên Phong", "Hồng Phong", "Đại Đồng", "Yên Lạc", "Trung Hòa", "Phúc Thịnh",
  "Định Thành", "Mỹ Lộc", "Thái Học", "Hòa Lạc", "Sơn Thủy", "Phước An", "Tân Lập", "Long Hưng",
  "Quang Trung", "Hải Thượng", "Nam Cường", "Bắc Sơn", "Đông Sơn", "Tây Hồ", "Ngọc Lâm",
  "Phú Xuân", "Hòa Bình", "Thạch Bàn", "Lương Sơn", "Tam Hiệp", "Hợp Thành", "An Lạc", "Vạn Phúc",
  "Cao Minh",
];

const COMMUNE_POSTS: readonly (readonly [post: string, unit: string])[] = [
  ["Bí thư Đảng ủy xã", "Đảng ủy xã"],
  ["Chủ tịch UBND xã", "UBND xã"],
  ["Chủ tịch HĐND xã", "HĐND xã"],
  ["Phó Bí thư Đảng ủy xã", "Đảng ủy xã"],
];

function postAt(index: number): { position: string; unit: string } {
  const district = DISTRICT_POSTS[index];
  if (district) return { position: district[0], unit: district[1] };
  const rest = index - DISTRICT_POSTS.length;
  const commune = COMMUNES[Math.floor(rest / COMMUNE_POSTS.length)]!;
  const [post, unit] = COMMUNE_POSTS[rest % COMMUNE_POSTS.length]!;
  return { position: `${post} ${commune}`, unit: `${unit} ${commune}` };
}

const RETIREMENT_REASON = "Đã có thông báo nghỉ công tác chờ nghỉ hưu từ 01/01/2024";
const OTHER_REASON = "Nghỉ ốm dài ngày, điều trị bệnh từ tháng 3/2023";
/** Share of people whose roster leaves Ngày bổ nhiệm blank. */
const NO_DATE_SHARE = 0.25;

function isExcluded(role: SampleRole): boolean {
  return role === "retirement" || role === "appointed" || role === "other-reason";
}

function rosterRow(
  index: number,
  role: SampleRole,
  name: string,
  voteDate: CivilDate,
  random: Random
): RosterRow {
  const appointed =
    role === "appointed"
      ? {
          year: voteDate.year,
          month: 1 + whole(random, voteDate.month - 1),
          day: 1 + whole(random, 28),
        }
      : { year: 2020 + whole(random, 3), month: 1 + whole(random, 12), day: 1 + whole(random, 28) };
  const dated = role === "appointed" || random() >= NO_DATE_SHARE;
  const exclusion =
    role === "retirement" ? RETIREMENT_REASON : role === "other-reason" ? OTHER_REASON : undefined;
  return {
    order: index + 1,
    name,
    ...postAt(index),
    ...(dated ? { appointedOn: excelSerial(appointed) } : {}),
    ...(exclusion ? { exclusion } : {}),
  };
}

// Vietnamese names: họ, tên đệm, tên. A common surname appears more than once so it is drawn
// more often, as it is in life.
// prettier-ignore
const FAMILY_NAMES = [
  "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
  "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương",
];
const MIDDLE_NAMES = {
  male: ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Xuân", "Ngọc", "Mạnh", "Văn"],
  female: ["Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thị Thu", "Thị Ngọc"],
};
// prettier-ignore
const GIVEN_NAMES = {
  male: [
    "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Sơn", "Phong", "Bình", "Cường",
    "Quân", "Trung", "Thành", "Hiếu", "Khánh", "Tùng", "Việt", "Hòa", "Lâm", "Đạt", "Tiến",
  ],
  female: [
    "Lan", "Hương", "Hoa", "Mai", "Hạnh", "Thảo", "Nga", "Hằng", "Linh", "Yến", "Huyền",
    "Thủy", "Nhung", "Phương", "Loan", "Trang",
  ],
};
const FEMALE_SHARE = 0.3;

/** A source of full names, none given twice. */
function uniqueNames(random: Random): () => string {
  const given = new Set<string>();
  return () => {
    for (;;) {
      const sex = random() < FEMALE_SHARE ? "female" : "male";
      const name = [
        pick(FAMILY_NAMES, random),
        pick(MIDDLE_NAMES[sex], random),
        pick(GIVEN_NAMES[sex], random),
      ].join(" ");
      if (!given.has(name)) {
        given.add(name);
        return name;
      }
    }
  };
}

// ---------------------------------------------------------------------------------------------
// The counts, and dealing them across the ballots.

/** One person's entries on the valid ballots: a count per level, then the invalid entries
 * split into marked-invalid (two or three boxes) and blank (no box). */
interface PersonTally {
  readonly counts: Partial<Record<Level, number>>;
  readonly invalid: number;
  readonly blank: number;
}

/** The lowest level (tín nhiệm thấp, không tín nhiệm) is the one the bands count; the valid
 * entries left go to the other levels. */
function countsFor(
  role: SampleRole,
  twoLevel: boolean,
  collected: number,
  valid: number,
  random: Random
): PersonTally {
  const lowest = lowestCountFor(role, collected, random);
  const invalidEntries =
    role === "ordinary"
      ? whole(random, 1 + Math.floor(collected / 25))
      : Math.min(1, valid - lowest);
  const rest = valid - lowest - invalidEntries;
  const invalid = Math.ceil(invalidEntries / 2);
  const blank = invalidEntries - invalid;
  if (twoLevel) return { counts: { confidence: rest, noConfidence: lowest }, invalid, blank };
  // Part of the rest is "tín nhiệm", the remainder "tín nhiệm cao".
  const medium = Math.floor(rest * (role === "ordinary" ? 0.05 + 0.25 * random() : 0.5));
  return { counts: { high: rest - medium, medium, low: lowest }, invalid, blank };
}

function lowestCountFor(role: SampleRole, collected: number, random: Random): number {
  const half = Math.floor(collected / 2);
  switch (role) {
    case "half":
      return half;
    case "over-half":
      return half + 1 + Math.floor(collected / 20);
    case "two-thirds":
      return Math.ceil((2 * collected) / 3);
    default:
      return whole(random, 1 + Math.floor(collected / 12));
  }
}

type Mark = Level | "invalid" | "blank";

function marksOf(tally: PersonTally): Mark[] {
  const repeat = (mark: Mark, times: number) => Array.from({ length: times }, () => mark);
  return [
    ...Object.entries(tally.counts).flatMap(([level, times]) => repeat(level as Level, times)),
    ...repeat("invalid", tally.invalid),
    ...repeat("blank", tally.blank),
  ];
}

/** Which of a mark's accepted codes a ballot uses: the first (1, 2, 3, 0) or the second
 * (C, T, TH, X; for the no-confidence vote T, K, X). */
const DIGIT_CODES = 0;
const LETTER_CODES = 1;
const LETTER_CODE_SHARE = 0.35;

// ---------------------------------------------------------------------------------------------
// A small seeded generator, so the sample needs nothing outside the language.

type Random = () => number;

/** mulberry32: 32-bit state, uniform in [0, 1); ample for dealing ballots. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [0, below). */
function whole(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[whole(random, items.length)]!;
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** Fisher–Yates, on a copy. */
function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = whole(random, i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
