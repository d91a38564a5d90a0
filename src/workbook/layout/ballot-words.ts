// The words printed on the ballots and on the blank count sheet, Vietnamese first, English second.
// The levels come from the rules (levelName); the sheet names and headers from the vocabulary.

import type { RegulationId } from "../../rules";
import type { Words } from "./words";

interface BallotTitle {
  readonly title: Words;
  /** Whose posts the vote is about, as the regulation's own title says it. */
  readonly scope: Words;
  /** One box per person, as the regulation's levels say it. */
  readonly instruction: Words;
}

const THREE_LEVELS: Words = {
  vi: "Đối với mỗi người, đánh dấu (X) vào một trong ba ô: Tín nhiệm cao, Tín nhiệm hoặc Tín nhiệm thấp.",
  en: "For each person, mark (X) one of the three boxes: High confidence, Confidence or Low confidence.",
};

const ELECTED_POSTS: Words = {
  vi: "Đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn",
  en: "For holders of posts elected or approved by the National Assembly or a People's Council",
};

const BALLOT_TITLES: Readonly<Record<RegulationId, BallotTitle>> = {
  qd96: {
    title: { vi: "PHIẾU LẤY PHIẾU TÍN NHIỆM", en: "CONFIDENCE VOTE BALLOT" },
    scope: {
      vi: "Đối với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị",
      en: "For leadership and management posts in the political system",
    },
    instruction: THREE_LEVELS,
  },
  nq96: {
    title: { vi: "PHIẾU LẤY PHIẾU TÍN NHIỆM", en: "CONFIDENCE VOTE BALLOT" },
    scope: ELECTED_POSTS,
    instruction: THREE_LEVELS,
  },
  "nq96-btn": {
    title: { vi: "PHIẾU BỎ PHIẾU TÍN NHIỆM", en: "NO-CONFIDENCE VOTE BALLOT" },
    scope: ELECTED_POSTS,
    instruction: {
      vi: "Đối với mỗi người, đánh dấu (X) vào một trong hai ô: Tín nhiệm hoặc Không tín nhiệm.",
      en: "For each person, mark (X) one of the two boxes: Confidence or No confidence.",
    },
  },
};

export function ballotTitleOf(regulation: RegulationId): BallotTitle {
  return BALLOT_TITLES[regulation];
}

export const BALLOT_WORDS = {
  cutLine: { vi: "cắt theo đường này", en: "cut along this line" },
  countTitle: { vi: "BIỂU KIỂM PHIẾU BẰNG TAY", en: "HAND COUNT SHEET" },
  /** Followed by the hand tally sheet's name. */
  countInstruction: {
    vi: "Mỗi phiếu đọc lên, gạch một vạch vào ô của mức được đánh dấu; cộng lại ở ô “Cộng”, rồi nhập các số cộng vào trang",
    en: "For each ballot read out, draw one stroke in the box of the marked level; add them up under “Total”, then type the totals into the sheet",
  },
  strokes: { vi: "Gạch đếm", en: "Strokes" },
  total: { vi: "Cộng", en: "Total" },
  counter: { vi: "NGƯỜI KIỂM PHIẾU", en: "COUNTER" },
} as const satisfies Record<string, Words>;
