// What a consolidation keeps of each input: the meeting's figures and each person's result, or
// why the input could not be counted. Built as soon as an input is checked, so that the workbook
// and its grids can go: memory grows with the people counted, not with the files read.

import {
  levelsOf,
  rankByTopLevel,
  type Band,
  type CivilDate,
  type Lang,
  type MeetingResult,
  type PersonResult,
  type Problem,
  type RankedPerson,
  type RegulationId,
  type Severity,
} from "../../rules";
import { describeAction } from "../problems";
import { describeProblem, fingerprintOnce, type CheckedWorkbook } from "../run";
import { meetingPlace, type MeetingPlace } from "./place";

/** A problem of one input, its texts already in both languages: an unreadable file's problem
 * comes from the shell's catalogue, which this layer does not know. */
export interface InputProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: Readonly<Record<Lang, string>>;
  readonly action: Readonly<Record<Lang, string>> | null;
}

/** A meeting counted without a blocking error. */
export interface CountedMeeting {
  readonly name: string | null;
  readonly organization: string | null;
  readonly place: MeetingPlace;
  readonly date: CivilDate;
  readonly regulation: RegulationId;
  readonly figures: MeetingResult;
  /** The people voted on at this meeting, per band. */
  readonly bands: Readonly<Record<Band, number>>;
  /** The roster's ids are its Mã (shared across meetings), not order numbers. */
  readonly sharedIds: boolean;
  /** In the roster's order, excluded people included. */
  readonly people: readonly PersonResult[];
  /** QĐ 96 only: the ranking by high-confidence count (rules.md section 9). */
  readonly ranking: readonly RankedPerson[] | null;
}

/** "duplicate": the same vote as an input before it (same data fingerprint), counted there. */
export type InputStatus = "counted" | "blocked" | "unreadable" | "consolidation" | "duplicate";

export interface InputSummary {
  /** The path as the user gave it, or as found in a folder given. */
  readonly file: string;
  readonly status: InputStatus;
  /** fingerprintOf the vote's inputs; null when the workbook could not be read that far. */
  readonly fingerprint: string | null;
  /** Every problem of a blocked or unreadable input; the warnings of a counted one. */
  readonly problems: readonly InputProblem[];
  /** Null unless counted. */
  readonly meeting: CountedMeeting | null;
}

export function inputProblem(problem: Problem): InputProblem {
  const both = (format: (lang: Lang) => string | null) => {
    const vi = format("vi");
    const en = format("en");
    return vi === null || en === null ? null : { vi, en };
  };
  return {
    code: problem.code,
    severity: problem.severity,
    sheet: problem.refs[0]?.sheet ?? null,
    cell: problem.refs[0]?.cell ?? null,
    message: both((lang) => describeProblem(problem, lang)) ?? {
      vi: problem.code,
      en: problem.code,
    },
    action: both((lang) => describeAction(problem, lang)),
  };
}

function bandCounts(people: readonly PersonResult[]): Record<Band, number> {
  const bands: Record<Band, number> = { none: 0, "over-half": 0, "two-thirds": 0 };
  for (const person of people) if (person.band !== null) bands[person.band] += 1;
  return bands;
}

/** The summary of a checked input: its result when not blocked, its problems when blocked. */
export function summarizeChecked(file: string, checked: CheckedWorkbook): InputSummary {
  const fingerprint = checked.input && fingerprintOnce(checked.input);
  const problems = checked.problems.map(inputProblem);
  const { result, input } = checked;
  if (checked.blocked || result === null || input === null) {
    return { file, status: "blocked", fingerprint, problems, meeting: null };
  }
  const details = checked.parsed.details;
  const fileName = file.split(/[\\/]/).at(-1) ?? file;
  return {
    file,
    status: "counted",
    fingerprint,
    problems,
    meeting: {
      name: details.meetingName ?? null,
      organization: details.organization ?? null,
      place: meetingPlace(details, result.regulation, fileName),
      date: input.meeting.date.value,
      regulation: result.regulation,
      figures: result.meeting,
      bands: bandCounts(result.people),
      sharedIds: checked.parsed.idColumn,
      people: result.people,
      ranking: result.regulation === "qd96" ? rankByTopLevel(result) : null,
    },
  };
}

/** An input that was not counted, with the problems that say why. */
export function skippedInput(
  file: string,
  status: Exclude<InputStatus, "counted" | "blocked">,
  problems: readonly InputProblem[]
): InputSummary {
  return { file, status, fingerprint: null, problems, meeting: null };
}

/** The lowest level (tín nhiệm thấp, không tín nhiệm): the one the bands count. */
export function lowestLevelOf(regulation: RegulationId) {
  const levels = levelsOf(regulation);
  return levels[levels.length - 1]!;
}
