// Builders for the rules' inputs, so that each test states only what it is about.

import type {
  BallotInput,
  CivilDate,
  EntryMark,
  HandTallyRow,
  Level,
  MeetingInput,
  PersonInput,
  Problem,
  RegulationId,
  SourceRef,
  VoteInput,
} from "../../src/rules";

export function ref(cell: string, sheet = "Phiếu"): SourceRef {
  return { sheet, cell };
}

export interface MeetingFigures {
  readonly regulation?: RegulationId;
  readonly date?: CivilDate;
  readonly summoned?: number;
  readonly present?: number;
  readonly issued?: number;
  readonly collected: number;
}

/** A meeting where everybody summoned came and got a ballot, unless told otherwise. */
export function meeting(figures: MeetingFigures): MeetingInput {
  const { collected } = figures;
  const issued = figures.issued ?? collected;
  const present = figures.present ?? issued;
  return {
    regulation: figures.regulation ?? "qd96",
    date: { value: figures.date ?? { year: 2023, month: 6, day: 15 }, ref: ref("B3", "Hội nghị") },
    summoned: { value: figures.summoned ?? present, ref: ref("B6", "Hội nghị") },
    present: { value: present, ref: ref("B7", "Hội nghị") },
    issued: { value: issued, ref: ref("B8", "Hội nghị") },
    collected: { value: collected, ref: ref("B9", "Hội nghị") },
  };
}

/** Person `id` on roster row `row`. */
export function person(
  id: string,
  extra: Partial<PersonInput> = {},
  row = Number(id) + 1
): PersonInput {
  return {
    id,
    name: `Người ${id}`,
    position: "Phó Giám đốc",
    ref: ref(`C${row}`, "Danh sách"),
    ...extra,
  };
}

export function people(count: number): PersonInput[] {
  return Array.from({ length: count }, (_, index) => person(String(index + 1)));
}

/** Ballot `number` (on sheet row number + 1) with one entry per person id. */
export function ballot(
  number: number,
  marks: Readonly<Record<string, EntryMark>>,
  extra: Partial<BallotInput> = {}
): BallotInput {
  const row = number + 1;
  return {
    number: { value: String(number), ref: ref(`A${row}`) },
    invalid: false,
    entries: Object.entries(marks).map(([personId, mark], column) => ({
      personId,
      mark,
      ref: ref(`${String.fromCharCode(67 + column)}${row}`),
    })),
    ref: ref(`A${row}`),
    ...extra,
  };
}

/** `total` ballots numbered 1…total where each person gets, in this order, as many entries of
 * each mark as `plan` says; their remaining ballots leave them blank. */
export function ballotsFor(
  total: number,
  plan: Readonly<Record<string, Partial<Record<EntryMark, number>>>>
): BallotInput[] {
  const sequences = Object.entries(plan).map(([personId, marks]) => ({
    personId,
    marks: Object.entries(marks).flatMap(([mark, count]) =>
      Array.from({ length: count ?? 0 }, () => mark as EntryMark)
    ),
  }));
  return Array.from({ length: total }, (_, index) => {
    const marks: Record<string, EntryMark> = {};
    for (const { personId, marks: sequence } of sequences) {
      const mark = sequence[index];
      if (mark !== undefined) marks[personId] = mark;
    }
    return ballot(index + 1, marks);
  });
}

/** A hand-tally row for `personId` (on sheet row `row`). */
export function handRow(
  personId: string,
  counts: Partial<Record<Level, number>>,
  invalid?: number,
  row = Number(personId) + 1
): HandTallyRow {
  const columns: Record<string, string> = {
    high: "C",
    medium: "D",
    low: "E",
    confidence: "C",
    noConfidence: "D",
  };
  return {
    personId,
    counts: Object.fromEntries(
      Object.entries(counts).map(([level, value]) => [
        level,
        { value, ref: ref(`${columns[level] ?? "Z"}${row}`, "Kiểm phiếu") },
      ])
    ),
    ...(invalid === undefined
      ? {}
      : { invalid: { value: invalid, ref: ref(`F${row}`, "Kiểm phiếu") } }),
    ref: ref(`A${row}`, "Kiểm phiếu"),
  };
}

export function vote(input: Partial<VoteInput> & Pick<VoteInput, "meeting">): VoteInput {
  return { people: people(3), ...input };
}

export function codesOf(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.code);
}

/** The only problem with `code`; fails the test when there is not exactly one. */
export function onlyProblem(problems: readonly Problem[], code: string): Problem {
  const found = problems.filter((problem) => problem.code === code);
  if (found.length !== 1) {
    throw new Error(`expected one ${code}, found ${found.length}: ${codesOf(problems).join(", ")}`);
  }
  return found[0] as Problem;
}

/** Every number anywhere in `value`, with its path, that is NaN or infinite. */
export function nonFiniteNumbers(value: unknown, path = "result"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => nonFiniteNumbers(inner, `${path}.${key}`));
}
