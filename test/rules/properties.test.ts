// Property-based tests: random meetings and ballots, for every regulation.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandOf,
  bandRank,
  levelsOf,
  lowLevelOf,
  REGULATION_IDS,
  tally,
  type BallotInput,
  type EntryMark,
  type HandTallyRow,
  type Level,
  type PersonInput,
  type RegulationId,
  type TallyResult,
  type VoteInput,
} from "../../src/rules";
import { meeting, nonFiniteNumbers, person } from "./build";

const RUNS = { numRuns: 150 };

const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((drawn) => drawn === 1);

/** A random, well-formed vote: C ballots, each person's entry a level, invalid, blank or absent,
 * some ballots invalid, some people excluded. */
const wellFormedVote: fc.Arbitrary<VoteInput> = fc
  .record({
    regulation: fc.constantFrom(...REGULATION_IDS),
    peopleCount: fc.integer({ min: 1, max: 8 }),
    ballotCount: fc.integer({ min: 1, max: 40 }),
    extraIssued: fc.nat(3),
  })
  .chain(({ regulation, peopleCount, ballotCount, extraIssued }) => {
    const marks: fc.Arbitrary<EntryMark | null> = fc.constantFrom<EntryMark | null>(
      ...levelsOf(regulation),
      "invalid",
      "blank",
      null
    );
    return fc.record({
      regulation: fc.constant(regulation),
      extraIssued: fc.constant(extraIssued),
      // About one person in six is not voted on.
      excluded: fc.array(oneIn(6), { minLength: peopleCount, maxLength: peopleCount }),
      ballots: fc.array(
        fc.record({
          // About one ballot in ten is not the official form.
          invalid: oneIn(10),
          marks: fc.array(marks, { minLength: peopleCount, maxLength: peopleCount }),
        }),
        { minLength: ballotCount, maxLength: ballotCount }
      ),
    });
  })
  .map(({ regulation, extraIssued, excluded, ballots }) => {
    const people: PersonInput[] = excluded.map((isExcluded, index) =>
      person(
        `p${index + 1}`,
        isExcluded ? { exclusionReason: { value: "Chờ nghỉ hưu" } } : {},
        index + 2
      )
    );
    const ballotInputs: BallotInput[] = ballots.map((drawn, index) => ({
      number: { value: String(index + 1) },
      invalid: drawn.invalid,
      entries: drawn.marks.flatMap((mark, column) =>
        mark === null ? [] : [{ personId: `p${column + 1}`, mark }]
      ),
    }));
    const collected = ballotInputs.length;
    return {
      meeting: meeting({ regulation, collected, issued: collected + extraIssued }),
      people,
      ballots: ballotInputs,
    };
  });

function byId(result: TallyResult) {
  return Object.fromEntries(result.people.map((entry) => [entry.id, entry]));
}

function sumOf(counts: Readonly<Record<string, number | undefined>>): number {
  return Object.values(counts).reduce<number>((total, count) => total + (count ?? 0), 0);
}

describe("tally, properties", () => {
  it("levels + invalid = collected for everybody voted on; percentages in [0, 100]; bands on whole numbers", () => {
    fc.assert(
      fc.property(wellFormedVote, (input) => {
        const result = tally(input);
        const collected = input.meeting.collected.value;
        expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
        expect(nonFiniteNumbers(result)).toEqual([]);
        for (const entry of result.people) {
          if (entry.exclusion !== null) {
            expect([entry.counts, entry.percent, entry.band]).toEqual([null, null, null]);
            continue;
          }
          expect(entry.counts).not.toBeNull();
          expect(sumOf(entry.counts ?? {})).toBe(collected);
          for (const value of Object.values(entry.percent ?? {})) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
          const low = entry.counts?.[lowLevelOf(result.regulation)] ?? -1;
          expect(entry.band).toBe(bandOf(result.regulation, low, collected));
        }
        const { validBallots, invalidBallots } = result.meeting;
        expect((validBallots ?? 0) + (invalidBallots ?? 0)).toBe(collected);
      }),
      RUNS
    );
  });

  it("a band never decreases when one entry moves to low", () => {
    fc.assert(
      fc.property(wellFormedVote, fc.nat(), fc.nat(), (input, ballotPick, personPick) => {
        const ballots = input.ballots ?? [];
        const target = ballots[ballotPick % ballots.length];
        const voted = input.people.filter((entry) => entry.exclusionReason === undefined);
        const chosen = voted[personPick % Math.max(voted.length, 1)];
        if (target === undefined || chosen === undefined) return;
        const low = lowLevelOf(input.meeting.regulation);
        const moved: BallotInput = {
          ...target,
          entries: [
            ...target.entries.filter((entry) => entry.personId !== chosen.id),
            { personId: chosen.id, mark: low },
          ],
        };
        const after = tally({
          ...input,
          ballots: ballots.map((ballot) => (ballot === target ? moved : ballot)),
        });
        const before = byId(tally(input));
        const afterById = byId(after);
        const beforeBand = before[chosen.id]?.band ?? "none";
        const afterBand = afterById[chosen.id]?.band ?? "none";
        expect(bandRank(afterBand)).toBeGreaterThanOrEqual(bandRank(beforeBand));
        expect(afterById[chosen.id]?.counts?.[low] ?? 0).toBeGreaterThanOrEqual(
          before[chosen.id]?.counts?.[low] ?? 0
        );
        // Nobody else moves.
        for (const other of input.people.filter((entry) => entry.id !== chosen.id)) {
          expect(afterById[other.id]).toEqual(before[other.id]);
        }
      }),
      RUNS
    );
  });

  it("does not depend on the order of the ballots, of their entries or of the people", () => {
    fc.assert(
      fc.property(
        wellFormedVote.chain((input) =>
          fc.record({
            input: fc.constant(input),
            ballots: fc.shuffledSubarray([...(input.ballots ?? [])], {
              minLength: input.ballots?.length ?? 0,
            }),
            people: fc.shuffledSubarray([...input.people], { minLength: input.people.length }),
          })
        ),
        ({ input, ballots, people }) => {
          const original = tally(input);
          // Entries within a ballot in another order too: every other ballot lists them reversed.
          const reordered = ballots.map((ballot, index) =>
            index % 2 === 0 ? ballot : { ...ballot, entries: [...ballot.entries].reverse() }
          );
          const shuffled = tally({ ...input, ballots: reordered, people });
          expect(byId(shuffled)).toEqual(byId(original));
          expect(shuffled.meeting).toEqual(original.meeting);
          expect(shuffled.problems.map((problem) => problem.code).sort()).toEqual(
            original.problems.map((problem) => problem.code).sort()
          );
        }
      ),
      RUNS
    );
  });

  it("a hand tally copied from the ballots agrees with them, and alone gives the same counts", () => {
    fc.assert(
      fc.property(wellFormedVote, fc.boolean(), (input, withInvalidColumn) => {
        const fromBallots = tally(input);
        const handTally: HandTallyRow[] = fromBallots.people.flatMap((entry) => {
          if (entry.counts === null) return [];
          const counts: Partial<Record<Level, { value: number }>> = {};
          for (const level of levelsOf(input.meeting.regulation))
            counts[level] = { value: entry.counts[level] ?? 0 };
          return [
            {
              personId: entry.id,
              counts,
              ...(withInvalidColumn ? { invalid: { value: entry.counts.invalid } } : {}),
            },
          ];
        });
        const both = tally({ ...input, handTally });
        expect(both.problems).toEqual(fromBallots.problems);
        const alone = tally({ ...input, ballots: undefined, handTally });
        expect(alone.people.map((entry) => entry.counts)).toEqual(
          fromBallots.people.map((entry) => entry.counts)
        );
        expect(alone.people.map((entry) => entry.band)).toEqual(
          fromBallots.people.map((entry) => entry.band)
        );
      }),
      RUNS
    );
  });

  it("never throws and never gives NaN on arbitrary input; blocked iff an error stands", () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -5, max: 60 }),
      fc.double({ noDefaultInfinity: false }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 2.5)
    );
    const anyMark = fc.constantFrom<EntryMark>(
      "high",
      "medium",
      "low",
      "confidence",
      "noConfidence",
      "invalid",
      "blank"
    );
    const ids = fc.constantFrom("1", "2", "3", "x");
    const anyVote = fc.record({
      regulation: fc.constantFrom<RegulationId>(...REGULATION_IDS),
      figures: fc.array(anyNumber, { minLength: 4, maxLength: 4 }),
      people: fc.array(ids, { maxLength: 4 }),
      ballots: fc.option(
        fc.array(
          fc.record({
            number: fc.constantFrom("1", "2", "3"),
            invalid: fc.boolean(),
            entries: fc.array(fc.record({ personId: ids, mark: anyMark }), { maxLength: 6 }),
            extra: fc.array(fc.constantFrom("Y", "Z"), { maxLength: 1 }),
          }),
          { maxLength: 12 }
        ),
        { nil: undefined }
      ),
      hand: fc.option(
        fc.array(
          fc.record({
            personId: ids,
            level: fc.constantFrom<Level>("high", "medium", "low", "confidence", "noConfidence"),
            value: anyNumber,
            invalid: fc.option(anyNumber, { nil: undefined }),
          }),
          { maxLength: 6 }
        ),
        { nil: undefined }
      ),
      voidBallots: fc.boolean(),
      // 30 February never exists; the 15th does, in or out of the voting year 2023.
      appointed: fc.option(
        fc.record({
          year: fc.integer({ min: 2021, max: 2024 }),
          month: fc.constant(2),
          day: fc.constantFrom(15, 30),
        }),
        { nil: undefined }
      ),
    });
    fc.assert(
      fc.property(anyVote, (drawn) => {
        const [summoned = 0, present = 0, issued = 0, collected = 0] = drawn.figures;
        const base = meeting({ regulation: drawn.regulation, collected: 1 });
        const input: VoteInput = {
          meeting: {
            ...base,
            summoned: { value: summoned },
            present: { value: present },
            issued: { value: issued },
            collected: { value: collected },
          },
          people: drawn.people.map((id) =>
            person(
              id,
              drawn.appointed === undefined ? {} : { appointedOn: { value: drawn.appointed } },
              2
            )
          ),
          ballots: drawn.ballots?.map((entry) => ({
            number: { value: entry.number },
            invalid: entry.invalid,
            entries: entry.entries,
            extraNames: entry.extra.map((value) => ({ value })),
          })),
          handTally: drawn.hand?.map((row) => ({
            personId: row.personId,
            counts: { [row.level]: { value: row.value } },
            ...(row.invalid === undefined ? {} : { invalid: { value: row.invalid } }),
          })),
          settings: { extraNames: drawn.voidBallots ? "void-ballot" : "ignore-name" },
        };
        const result = tally(input);
        expect(nonFiniteNumbers(result)).toEqual([]);
        expect(result.blocked).toBe(
          result.problems.some((problem) => problem.severity === "error")
        );
        expect(result.people).toHaveLength(input.people.length);
        for (const problem of result.problems) expect(problem.code).toMatch(/^[EW][1-3]\d\d$/);
      }),
      { numRuns: 300 }
    );
  });
});
