// What each regulation says, as data: its levels, its quorum, its bands and their consequences,
// and the words a printed summary needs (rules.md sections 1, 3, 4 and 5).

import type { Band, Lang, Level, RegulationId } from "./types";

type Words = Readonly<Record<Lang, string>>;

interface RegulationText {
  readonly levels: readonly Level[];
  readonly topLevel: Level;
  readonly lowLevel: Level;
  /** Bands that can occur: nq96-btn has no two-thirds band (Điều 17). */
  readonly bands: readonly Band[];
  /** qd96: a meeting without quorum may not proceed (blocking); nq96: a warning. */
  readonly quorumBlocking: boolean;
  readonly name: Words;
  /** Each band named by its count, in the regulation's own words ("trên 50%", "quá nửa"). */
  readonly bandNames: Readonly<Record<Band, Words>>;
  /** What follows from each band, without naming the band again. */
  readonly consequences: Readonly<Record<Band, Words>>;
  readonly quorumRule: Words;
  /** When each band above the lowest applies, in words (no formula). */
  readonly bandMeanings: Readonly<Partial<Record<Band, Words>>>;
  /** Where the regulation states the consequences. */
  readonly article: Words;
}

const NO_CONSEQUENCE: Words = { vi: "Không phải xử lý", en: "No consequence" };

const PERCENT_BASE_NOTE: Words = {
  vi:
    "Tỷ lệ của mỗi mức tính trên tổng số phiếu thu về, như nhau cho mọi người (không tính trên số " +
    "phiếu hợp lệ của từng người), làm tròn đến hai chữ số thập phân; mức được xác định trên số " +
    "phiếu, không trên tỷ lệ đã làm tròn.",
  en:
    "Each level's percentage is taken over the ballots collected, the same for everybody (not " +
    "over one person's valid entries), rounded to two decimals; the band is decided on numbers of " +
    "ballots, never on rounded percentages.",
};

const THREE_LEVELS: readonly Level[] = ["high", "medium", "low"];
const TWO_LEVELS: readonly Level[] = ["confidence", "noConfidence"];
const ALL_BANDS: readonly Band[] = ["none", "over-half", "two-thirds"];

const LOW_BAND_NAMES: Readonly<Record<Band, Words>> = {
  none: { vi: "Không quá 50% tín nhiệm thấp", en: "Low confidence 50% or less" },
  "over-half": {
    vi: "Trên 50% đến dưới 2/3 tín nhiệm thấp",
    en: "Low confidence over 50%, under two thirds",
  },
  "two-thirds": { vi: "Từ 2/3 tín nhiệm thấp trở lên", en: "Low confidence two thirds or more" },
};

/** When a three-level vote's bands apply: whole numbers of ballots, compared in words. */
const LOW_BAND_MEANINGS: Readonly<Partial<Record<Band, Words>>> = {
  "over-half": {
    vi: "số phiếu tín nhiệm thấp nhiều hơn một nửa số phiếu thu về (đúng một nửa thì chưa đến mức này)",
    en: "more than half the ballots collected rate the person low (exactly half does not)",
  },
  "two-thirds": {
    vi: "số phiếu tín nhiệm thấp từ hai phần ba số phiếu thu về trở lên (đúng hai phần ba là đến mức này)",
    en: "two thirds or more of the ballots collected rate the person low (exactly two thirds does)",
  },
};

const COUNCIL_QUORUM_RULE: Words = {
  vi:
    "Nghị quyết không quy định số người có mặt tối thiểu; kỳ họp Hội đồng nhân dân cần ít nhất " +
    "2/3 tổng số đại biểu (3 × có mặt ≥ 2 × triệu tập). Không đạt chỉ là cảnh báo.",
  en:
    "The resolution sets no attendance quorum; a People's Council session needs at least two " +
    "thirds of all deputies (3 × present ≥ 2 × summoned). Not met is a warning only.",
};

const REGULATIONS: Readonly<Record<RegulationId, RegulationText>> = {
  qd96: {
    levels: THREE_LEVELS,
    topLevel: "high",
    lowLevel: "low",
    bands: ALL_BANDS,
    quorumBlocking: true,
    name: {
      vi:
        "Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín nhiệm đối với " +
        "chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị",
      en:
        "Regulation 96-QĐ/TW of 2 February 2023 of the Politburo on confidence votes for " +
        "leadership and management posts in the political system",
    },
    bandNames: LOW_BAND_NAMES,
    consequences: {
      none: NO_CONSEQUENCE,
      "over-half": {
        vi: "Đưa ra khỏi quy hoạch chức danh cao hơn; xem xét cho thôi giữ chức vụ",
        en: "Removed from planning for higher posts; relief from the post to be considered",
      },
      "two-thirds": {
        vi: "Miễn nhiệm chức vụ, bố trí công tác khác thấp hơn",
        en: "Dismissed from the post, reassigned to lower work",
      },
    },
    quorumRule: {
      vi:
        "Hội nghị chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt " +
        "(3 × có mặt ≥ 2 × triệu tập).",
      en:
        "The meeting may proceed only with at least two thirds of the people summoned present " +
        "(3 × present ≥ 2 × summoned).",
    },
    bandMeanings: LOW_BAND_MEANINGS,
    article: { vi: "Điều 11 Quy định 96-QĐ/TW", en: "Article 11 of Regulation 96-QĐ/TW" },
  },
  nq96: {
    levels: THREE_LEVELS,
    topLevel: "high",
    lowLevel: "low",
    bands: ALL_BANDS,
    quorumBlocking: false,
    name: {
      vi:
        "Nghị quyết số 96/2023/QH15 của Quốc hội về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm " +
        "đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn",
      en:
        "Resolution 96/2023/QH15 of the National Assembly on confidence and no-confidence votes " +
        "for posts elected or approved by the National Assembly or a People's Council",
    },
    bandNames: {
      ...LOW_BAND_NAMES,
      none: { vi: "Không quá nửa tín nhiệm thấp", en: "Low confidence half or less" },
      "over-half": {
        vi: "Quá nửa đến dưới 2/3 tín nhiệm thấp",
        en: "Low confidence over half, under two thirds",
      },
    },
    consequences: {
      none: NO_CONSEQUENCE,
      "over-half": {
        vi: "Có thể xin từ chức; nếu không, bỏ phiếu tín nhiệm",
        en: "May resign; otherwise a no-confidence vote is held",
      },
      "two-thirds": {
        vi: "Cơ quan giới thiệu trình miễn nhiệm",
        en: "The nominating body proposes dismissal",
      },
    },
    quorumRule: COUNCIL_QUORUM_RULE,
    bandMeanings: LOW_BAND_MEANINGS,
    article: {
      vi: "Điều 12, 13 Nghị quyết 96/2023/QH15",
      en: "Articles 12 and 13 of Resolution 96/2023/QH15",
    },
  },
  "nq96-btn": {
    levels: TWO_LEVELS,
    topLevel: "confidence",
    lowLevel: "noConfidence",
    bands: ["none", "over-half"],
    quorumBlocking: false,
    name: {
      vi: "Nghị quyết số 96/2023/QH15 của Quốc hội: bỏ phiếu tín nhiệm",
      en: "Resolution 96/2023/QH15 of the National Assembly: no-confidence vote",
    },
    bandNames: {
      none: { vi: "Không quá nửa không tín nhiệm", en: "No confidence half or less" },
      "over-half": { vi: "Quá nửa không tín nhiệm", en: "No confidence over half" },
      // Never decided for this vote (bandOf stops at over-half); two thirds is also over half.
      "two-thirds": { vi: "Quá nửa không tín nhiệm", en: "No confidence over half" },
    },
    consequences: {
      none: NO_CONSEQUENCE,
      "over-half": {
        vi: "Cơ quan giới thiệu trình miễn nhiệm",
        en: "The nominating body proposes dismissal",
      },
      "two-thirds": {
        vi: "Cơ quan giới thiệu trình miễn nhiệm",
        en: "The nominating body proposes dismissal",
      },
    },
    quorumRule: COUNCIL_QUORUM_RULE,
    bandMeanings: {
      "over-half": {
        vi: "số phiếu không tín nhiệm nhiều hơn một nửa số phiếu thu về (đúng một nửa thì chưa đến mức này)",
        en: "more than half the ballots collected vote no confidence (exactly half does not)",
      },
    },
    article: { vi: "Điều 17 Nghị quyết 96/2023/QH15", en: "Article 17 of Resolution 96/2023/QH15" },
  },
};

const LEVEL_NAMES: Readonly<Record<Level | "invalid", Words>> = {
  high: { vi: "Tín nhiệm cao", en: "High confidence" },
  medium: { vi: "Tín nhiệm", en: "Confidence" },
  low: { vi: "Tín nhiệm thấp", en: "Low confidence" },
  confidence: { vi: "Tín nhiệm", en: "Confidence" },
  noConfidence: { vi: "Không tín nhiệm", en: "No confidence" },
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
};

/** The regulation's levels in ballot order: qd96/nq96 high, medium, low; nq96-btn confidence,
 * noConfidence. */
export function levelsOf(regulation: RegulationId): readonly Level[] {
  return REGULATIONS[regulation].levels;
}

/** The level whose count decides the band: "low" (tín nhiệm thấp) or "noConfidence". */
export function lowLevelOf(regulation: RegulationId): Level {
  return REGULATIONS[regulation].lowLevel;
}

/** The first level, used for ranking: "high" (tín nhiệm cao) or "confidence". */
export function topLevelOf(regulation: RegulationId): Level {
  return REGULATIONS[regulation].topLevel;
}

/** The bands a result can fall in, from none upwards. */
export function bandsOf(regulation: RegulationId): readonly Band[] {
  return REGULATIONS[regulation].bands;
}

export function isQuorumBlocking(regulation: RegulationId): boolean {
  return REGULATIONS[regulation].quorumBlocking;
}

/** "Tín nhiệm cao" / "High confidence"; "invalid" names the invalid-entries count. */
export function levelName(level: Level | "invalid", lang: Lang): string {
  return LEVEL_NAMES[level][lang];
}

export function regulationName(regulation: RegulationId, lang: Lang): string {
  return REGULATIONS[regulation].name[lang];
}

/** The band in words, for the "Mức" column. */
export function bandName(regulation: RegulationId, band: Band, lang: Lang): string {
  return REGULATIONS[regulation].bandNames[band][lang];
}

/** What follows from the band under the regulation, short enough for a table cell. */
export function bandConsequence(regulation: RegulationId, band: Band, lang: Lang): string {
  return REGULATIONS[regulation].consequences[band][lang];
}

const QUORUM_WORDS = {
  label: { vi: "Tỷ lệ có mặt", en: "Attendance" },
  met: { vi: "Đủ 2/3", en: "Two thirds present" },
  notMet: { vi: "Không đủ 2/3", en: "Under two thirds present" },
} as const satisfies Record<string, Words>;

/** What the attendance check is called wherever it is shown. */
export function quorumLabel(lang: Lang): string {
  return QUORUM_WORDS.label[lang];
}

/** Whether two thirds of those summoned are present, in words: the same under every regulation
 * (whether it blocks is the regulation's, see quorumRuleText). */
export function quorumStateName(met: boolean, lang: Lang): string {
  return (met ? QUORUM_WORDS.met : QUORUM_WORDS.notMet)[lang];
}

/** The attendance rule in words, with the comparison written out. */
export function quorumRuleText(regulation: RegulationId, lang: Lang): string {
  return REGULATIONS[regulation].quorumRule[lang];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** The notes of the printed minutes, in plain words that a reader checks by hand: the base of
 * the percentages, then one line per band above the lowest saying when it applies and what the
 * regulation says follows, the decision being the competent authority's (QĐ 96 Điều 11). */
export function minutesNotes(regulation: RegulationId, lang: Lang): readonly string[] {
  const text = REGULATIONS[regulation];
  const bands = text.bands.filter((band) => band !== "none");
  return [
    PERCENT_BASE_NOTE[lang],
    ...bands.map((band) => {
      const name = text.bandNames[band][lang];
      const meaning = text.bandMeanings[band]?.[lang] ?? "";
      const consequence = lowerFirst(text.consequences[band][lang]);
      return lang === "vi"
        ? `Mức “${name}”: khi ${meaning}. Theo ${text.article.vi}: ${consequence}; việc xử lý do cấp có thẩm quyền xem xét, quyết định.`
        : `Band “${name}”: when ${meaning}. Under ${text.article.en}: ${consequence}; the decision is the competent authority's.`;
    }),
  ];
}
