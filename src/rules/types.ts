// The rules module's vocabulary: typed inputs and results of one confidence vote.
// Nothing here knows about sheets; a value may carry the place it came from (SourceRef),
// which the rules only hand back inside problems.

/** `qd96`: Quy định 96-QĐ/TW; `nq96`: Nghị quyết 96/2023/QH15; `nq96-btn`: its no-confidence vote. */
export type RegulationId = "qd96" | "nq96" | "nq96-btn";

export const REGULATION_IDS: readonly RegulationId[] = ["qd96", "nq96", "nq96-btn"];

/** Three-level votes (qd96, nq96): tín nhiệm cao, tín nhiệm, tín nhiệm thấp. */
export type ThreeLevel = "high" | "medium" | "low";
/** Two-level vote (nq96-btn): tín nhiệm, không tín nhiệm. */
export type TwoLevel = "confidence" | "noConfidence";
export type Level = ThreeLevel | TwoLevel;

/** What one ballot says about one person: a level, an invalid entry (two or three boxes, name
 * crossed out), or no box marked. Blank and invalid are both invalid entries in the counts. */
export type EntryMark = Level | "invalid" | "blank";

export type Band = "none" | "over-half" | "two-thirds";

export type Lang = "vi" | "en";

/** Where a value came from (for a workbook: a sheet and a cell). Opaque to the rules. */
export interface SourceRef {
  readonly sheet: string;
  readonly cell: string;
}

/** A value with the place it came from. */
export interface Sourced<T> {
  readonly value: T;
  readonly ref?: SourceRef;
}

/** A calendar date without a time zone. `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What to do with a name written on a ballot that is not printed on it (rules.md section 2). */
export type ExtraNamePolicy = "ignore-name" | "void-ballot";

export interface Settings {
  readonly extraNames: ExtraNamePolicy;
  /** Where the setting is stated (the meeting sheet's row), named by the problems it causes;
   * absent when nothing states it. */
  readonly ref?: SourceRef;
}

export const DEFAULT_SETTINGS: Settings = { extraNames: "ignore-name" };

export interface MeetingInput {
  readonly regulation: RegulationId;
  readonly date: Sourced<CivilDate>;
  readonly place?: Sourced<string>;
  readonly summoned: Sourced<number>;
  readonly present: Sourced<number>;
  readonly issued: Sourced<number>;
  readonly collected: Sourced<number>;
}

/** A meeting as far as it could be read: a value its reader could not read is absent (the
 * reader's own problem says why), and each check that needs it is skipped. */
export type MeetingParts = Partial<MeetingInput>;

export interface PersonInput {
  /** Stable id (the roster's `Mã`, else `STT`). Unique within a meeting. */
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly unit?: string;
  /** The roster's `Khối` / `Nhóm`: people are listed under their group, in the roster's order. */
  readonly group?: string;
  readonly appointedOn?: Sourced<CivilDate>;
  /** Any text here excludes the person (rules.md section 6). */
  readonly exclusionReason?: Sourced<string>;
  /** The person's row, for problems about the person as a whole. */
  readonly ref?: SourceRef;
}

export interface EntryInput {
  readonly personId: string;
  readonly mark: EntryMark;
  readonly ref?: SourceRef;
}

export interface BallotInput {
  /** The ballot's number as written; unique within a meeting. */
  readonly number: Sourced<string>;
  /** Not issued by the counting committee: the whole ballot is invalid. */
  readonly invalid: boolean;
  /** At most one entry per person; a person with no entry has no box marked (blank). */
  readonly entries: readonly EntryInput[];
  /** Names written on the ballot that are not printed on it. */
  readonly extraNames?: readonly Sourced<string>[];
  readonly ref?: SourceRef;
  /** Where the entry at `position` came from, when the entry has no ref of its own: a ballot
   * sheet's entries are millions, so it names a cell only when a problem asks. Not data: a
   * method (not an own field), so the fingerprint never sees it. */
  entryRef?(position: number): SourceRef | undefined;
}

/** Counts of one person, keyed by the regulation's levels; `invalid` includes invalid ballots. */
export type LevelCounts = Partial<Record<Level, number>> & { readonly invalid: number };

/** One person's row of a hand tally (Kiểm phiếu). */
export interface HandTallyRow {
  readonly personId: string;
  readonly counts: Partial<Record<Level, Sourced<number>>>;
  readonly invalid?: Sourced<number>;
  readonly ref?: SourceRef;
}

/** Everything one meeting's vote consists of. Ballots, a hand tally, or both (then the ballots
 * decide and the hand tally is checked against them). */
export interface VoteInput {
  readonly meeting: MeetingInput;
  readonly people: readonly PersonInput[];
  readonly ballots?: readonly BallotInput[];
  readonly handTally?: readonly HandTallyRow[];
  readonly settings?: Settings;
}

/** What could be read of a vote that cannot be counted (its reader's problems say what is
 * missing): the checks that need only these parts still run, so that one check finds every
 * problem it can. */
export interface VoteParts {
  readonly meeting: MeetingParts;
  /** The ballot sheet when it could be read: how many rows it has (each is a ballot collected,
   * whether or not its cells could be read) and the ballots whose number could be. */
  readonly ballots?: { readonly rows: number; readonly numbered: readonly BallotInput[] };
  readonly settings?: Settings;
}

export type Severity = "error" | "warning";

/** A coded problem. Errors block writing; warnings inform and must be acknowledged. */
export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  /** Values for the message template of the code. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The cells involved; the first is the one to show. */
  readonly refs: readonly SourceRef[];
}

export type ExclusionKind = "retirement" | "appointed-this-year" | "other";

export interface Exclusion {
  readonly kind: ExclusionKind;
  /** The user's words, or a generated reason for a date of appointment in the voting year. */
  readonly reason: string;
  /** Set when the date of appointment decided it (the reason was generated in Vietnamese;
   * `exclusionReasonText` gives it in either language). */
  readonly appointedOn?: CivilDate;
}

export interface PersonResult {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly unit?: string;
  readonly group?: string;
  readonly exclusion: Exclusion | null;
  /** Null for an excluded person. */
  readonly counts: LevelCounts | null;
  /** Per level, over ballots collected, rounded to two decimals half away from zero. */
  readonly percent: Partial<Record<Level, number>> | null;
  /** Decided on whole numbers; null for an excluded person or when nothing can be decided. */
  readonly band: Band | null;
  readonly ref?: SourceRef;
}

export interface MeetingResult {
  readonly summoned: number;
  readonly present: number;
  readonly issued: number;
  readonly collected: number;
  /** Null when only a hand tally was given (it does not say which ballots were invalid). */
  readonly validBallots: number | null;
  readonly invalidBallots: number | null;
  readonly quorumMet: boolean;
}

export interface TallyResult {
  readonly regulation: RegulationId;
  readonly meeting: MeetingResult;
  /** In the roster's order. */
  readonly people: readonly PersonResult[];
  readonly problems: readonly Problem[];
  /** True when an error stands: nothing may be written as if the vote were valid. */
  readonly blocked: boolean;
}
