// The meeting's figures and their consistency (rules.md sections 4 and 8): each must be a whole
// number; then P ≤ S, C ≤ I (errors), I ≤ P (warning), at least one ballot collected, and the
// quorum, blocking for qd96 and a warning for nq96 / nq96-btn.

import { formatDate, isRealDate } from "./dates";
import { ruleProblem } from "./problems";
import { quorumMet, quorumRequired } from "./quorum";
import { isQuorumBlocking } from "./regulations";
import type {
  CivilDate,
  Lang,
  MeetingInput,
  MeetingParts,
  MeetingResult,
  Problem,
  Sourced,
} from "./types";

type FigureName = "summoned" | "present" | "issued" | "collected";

const FIGURE_NAMES: Readonly<Record<FigureName, Readonly<Record<Lang, string>>>> = {
  summoned: { vi: "Số người được triệu tập", en: "People summoned" },
  present: { vi: "Số người có mặt", en: "People present" },
  issued: { vi: "Số phiếu phát ra", en: "Ballots issued" },
  collected: { vi: "Số phiếu thu về", en: "Ballots collected" },
};

export interface MeetingFigures {
  /** Ballots collected when it is a whole number ≥ 0, else null (nothing can be checked
   * against it). */
  readonly collected: number | null;
  /** Ballots collected when it can be the base of percentages and bands: a whole number > 0. */
  readonly base: number | null;
  readonly quorumMet: boolean;
  /** The voting date when it is a real date, else null (eligibility by date is then skipped). */
  readonly voteDate: CivilDate | null;
}

/** Whole numbers of 0 or more are the only figures a count can be. */
export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Checks one figure; returns it when it is a count, else reports E101 / E102 and returns null.
 * An absent figure (not read) is null without a problem: its reader has reported it. */
function readFigure(
  name: FigureName,
  figure: Sourced<number> | undefined,
  problems: Problem[]
): number | null {
  if (figure === undefined) return null;
  if (isCount(figure.value)) return figure.value;
  const words = { figureVi: FIGURE_NAMES[name].vi, figureEn: FIGURE_NAMES[name].en };
  problems.push(
    Number.isFinite(figure.value)
      ? ruleProblem("E101", { ...words, value: figure.value }, [figure.ref])
      : ruleProblem("E102", words, [figure.ref])
  );
  return null;
}

/** Checks the figures that are there; each check runs when the figures it needs are, so that a
 * figure that could not be read hides no other problem. */
export function checkMeetingFigures(meeting: MeetingParts, problems: Problem[]): MeetingFigures {
  const summoned = readFigure("summoned", meeting.summoned, problems);
  const present = readFigure("present", meeting.present, problems);
  const issued = readFigure("issued", meeting.issued, problems);
  const collected = readFigure("collected", meeting.collected, problems);

  if (collected === 0) problems.push(ruleProblem("E103", {}, [meeting.collected?.ref]));
  if (present !== null && summoned !== null && present > summoned) {
    problems.push(
      ruleProblem("E104", { present, summoned }, [meeting.present?.ref, meeting.summoned?.ref])
    );
  }
  if (collected !== null && issued !== null && collected > issued) {
    problems.push(
      ruleProblem("E105", { collected, issued }, [meeting.collected?.ref, meeting.issued?.ref])
    );
  }
  if (issued !== null && present !== null && issued > present) {
    problems.push(
      ruleProblem("W101", { issued, present }, [meeting.issued?.ref, meeting.present?.ref])
    );
  }

  // Unknown attendance cannot show the quorum met.
  const attendanceKnown = present !== null && summoned !== null;
  const met = attendanceKnown && quorumMet(present, summoned);
  // Whether a shortfall blocks depends on the regulation: without it, it cannot be told.
  if (attendanceKnown && !met && meeting.regulation !== undefined) {
    const params = { present, summoned, required: quorumRequired(summoned) };
    const refs = [meeting.present?.ref, meeting.summoned?.ref];
    problems.push(
      isQuorumBlocking(meeting.regulation)
        ? ruleProblem("E106", params, refs)
        : ruleProblem("W102", params, refs)
    );
  }

  const dateIsReal = meeting.date !== undefined && isRealDate(meeting.date.value);
  if (meeting.date !== undefined && !dateIsReal) {
    problems.push(
      ruleProblem("E107", { date: formatDate(meeting.date.value) }, [meeting.date.ref])
    );
  }

  return {
    collected,
    base: collected !== null && collected > 0 ? collected : null,
    quorumMet: met,
    voteDate: dateIsReal ? (meeting.date?.value ?? null) : null,
  };
}

/** The figures as a result reports them; one that is not a finite number is reported as 0
 * (E102 says so), so that no NaN or Infinity reaches a result. */
export function reportedFigures(
  meeting: MeetingInput
): Pick<MeetingResult, "summoned" | "present" | "issued" | "collected"> {
  const reportedOf = (figure: Sourced<number>) =>
    Number.isFinite(figure.value) ? figure.value : 0;
  return {
    summoned: reportedOf(meeting.summoned),
    present: reportedOf(meeting.present),
    issued: reportedOf(meeting.issued),
    collected: reportedOf(meeting.collected),
  };
}

/** The meeting's figures on their own, for showing them when the votes could not be read: no
 * valid or invalid ballots, and no problems (the full tally reports those). */
export function meetingFiguresOnly(meeting: MeetingInput): MeetingResult {
  return {
    ...reportedFigures(meeting),
    validBallots: null,
    invalidBallots: null,
    quorumMet: checkMeetingFigures(meeting, []).quorumMet,
  };
}
