import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, tally, type BallotInput } from "../../src/rules";
import {
  ballot,
  ballotsFor,
  codesOf,
  meeting,
  onlyProblem,
  people,
  person,
  ref,
  vote,
} from "./build";

describe("counting ballots", () => {
  it("reproduces the National Assembly check figures: 187 and 229 of 481", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96", collected: 481, summoned: 499 }),
        people: people(2),
        // Person 1: 480 valid entries; person 2: 479 (rules.md section 3).
        ballots: ballotsFor(481, {
          "1": { high: 187, medium: 250, low: 43, invalid: 1 },
          "2": { high: 229, medium: 200, low: 50 },
        }),
      })
    );
    expect(result.problems).toEqual([]);
    const [first, second] = result.people;
    expect(first?.counts).toEqual({ high: 187, medium: 250, low: 43, invalid: 1 });
    expect(first?.percent).toEqual({ high: 38.88, medium: 51.98, low: 8.94 });
    expect(second?.counts).toEqual({ high: 229, medium: 200, low: 50, invalid: 2 });
    expect(second?.percent?.high).toBe(47.61);
    expect(first?.band).toBe("none");
  });

  it("reproduces the People's Council check figures: 19 / 2 / 25 of 47, over half", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96", collected: 47 }),
        people: people(1),
        ballots: ballotsFor(47, { "1": { high: 19, medium: 2, low: 25 } }),
      })
    );
    const [only] = result.people;
    expect(only?.counts).toEqual({ high: 19, medium: 2, low: 25, invalid: 1 });
    expect(only?.percent).toEqual({ high: 40.43, medium: 4.26, low: 53.19 });
    expect(only?.band).toBe("over-half");
  });

  it("puts a person at exactly 50 % low in no band, one more vote over half", () => {
    const at = (low: number) =>
      tally(
        vote({
          meeting: meeting({ collected: 10 }),
          people: people(1),
          ballots: ballotsFor(10, { "1": { low, high: 10 - low } }),
        })
      ).people[0];
    expect(at(5)?.band).toBe("none");
    expect(at(5)?.percent?.low).toBe(50);
    expect(at(6)?.band).toBe("over-half");
  });

  it("puts exactly two thirds low in the two-thirds band, one vote under over half", () => {
    const at = (low: number) =>
      tally(
        vote({
          meeting: meeting({ collected: 9 }),
          people: people(1),
          ballots: ballotsFor(9, { "1": { low, medium: 9 - low } }),
        })
      ).people[0];
    expect(at(6)?.band).toBe("two-thirds");
    expect(at(6)?.percent?.low).toBe(66.67);
    expect(at(5)?.band).toBe("over-half");
  });

  it("counts one ballot collected", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        people: people(2),
        ballots: [ballot(1, { "1": "low", "2": "high" })],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts).toEqual({ high: 0, medium: 0, low: 1, invalid: 0 });
    expect(result.people[0]?.percent).toEqual({ high: 0, medium: 0, low: 100 });
    expect(result.people[0]?.band).toBe("two-thirds");
    expect(result.people[1]?.band).toBe("none");
  });

  it("gives an invalid ballot an invalid entry for everybody, counted in collected", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 3 }),
        people: people(2),
        ballots: [
          ballot(1, { "1": "high", "2": "high" }),
          ballot(2, { "1": "low", "2": "low" }, { invalid: true }),
          ballot(3, { "1": "medium", "2": "low" }),
        ],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.meeting.validBallots).toBe(2);
    expect(result.meeting.invalidBallots).toBe(1);
    expect(result.people[0]?.counts).toEqual({ high: 1, medium: 1, low: 0, invalid: 1 });
    expect(result.people[1]?.counts).toEqual({ high: 1, medium: 0, low: 1, invalid: 1 });
    // Over ballots collected (3), not over valid ballots (2).
    expect(result.people[1]?.percent?.low).toBe(33.33);
  });

  it("keeps invalid entries to their person: blank, marked invalid, or missing", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 2 }),
        people: people(3),
        ballots: [
          ballot(1, { "1": "invalid", "2": "blank", "3": "high" }),
          ballot(2, { "3": "high" }),
        ],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.meeting.validBallots).toBe(2);
    expect(result.people.map((person) => person.counts?.invalid)).toEqual([2, 2, 0]);
    expect(result.people[2]?.counts?.high).toBe(2);
  });

  it("counts the no-confidence vote on two levels (nq96-btn)", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 7 }),
        people: people(2),
        ballots: ballotsFor(7, {
          "1": { noConfidence: 4, confidence: 2, invalid: 1 },
          "2": { noConfidence: 7 },
        }),
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts).toEqual({ confidence: 2, noConfidence: 4, invalid: 1 });
    expect(result.people[0]?.percent).toEqual({ confidence: 28.57, noConfidence: 57.14 });
    expect(result.people[0]?.band).toBe("over-half");
    // All seven against is still over-half: this vote has no two-thirds band.
    expect(result.people[1]?.band).toBe("over-half");
  });

  it("nq96-btn: exactly half no confidence is no band", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 8 }),
        people: people(1),
        ballots: ballotsFor(8, { "1": { noConfidence: 4, confidence: 4 } }),
      })
    );
    expect(result.people[0]?.band).toBe("none");
    expect(result.people[0]?.percent?.noConfidence).toBe(50);
  });
});

describe("ballot problems", () => {
  it("a ballot number used twice is E301 with both ballots' cells", () => {
    const ballots: BallotInput[] = [
      ballot(1, {}),
      { ...ballot(2, {}), number: { value: " 1 ", ref: ref("A3") } },
      ballot(3, {}),
    ];
    const result = tally(vote({ meeting: meeting({ collected: 3 }), ballots }));
    const problem = onlyProblem(result.problems, "E301");
    expect(problem.params).toEqual({ number: "1", count: 2 });
    expect(problem.refs).toEqual([ref("A2"), ref("A3")]);
    expect(result.blocked).toBe(true);
  });

  it("more or fewer ballots than collected is E302", () => {
    for (const entered of [9, 11]) {
      const result = tally(
        vote({ meeting: meeting({ collected: 10, issued: 12 }), ballots: ballotsFor(entered, {}) })
      );
      const problem = onlyProblem(result.problems, "E302");
      expect(problem.params).toEqual({ ballots: entered, collected: 10 });
      expect(problem.refs).toEqual([{ sheet: "Hội nghị", cell: "B9" }]);
      expect(result.blocked).toBe(true);
    }
  });

  it("entries for a person not on the roster are one E303 with every cell", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 2 }),
        ballots: [ballot(1, { "1": "high", "9": "low" }), ballot(2, { "9": "high" })],
      })
    );
    const problem = onlyProblem(result.problems, "E303");
    expect(problem.params).toEqual({ personId: "9", count: 2 });
    expect(problem.refs).toEqual([ref("D2"), ref("C3")]);
    // The known person is still counted.
    expect(result.people[0]?.counts?.high).toBe(1);
  });

  it("the same person twice on one ballot is E304, counted as an invalid entry", () => {
    const twice: BallotInput = {
      ...ballot(1, { "1": "high" }),
      entries: [
        { personId: "1", mark: "high", ref: ref("C2") },
        { personId: "1", mark: "low", ref: ref("F2") },
        { personId: "1", mark: "low", ref: ref("G2") },
      ],
    };
    for (const regulation of ["qd96", "nq96"] as const) {
      const result = tally(
        vote({
          meeting: meeting({ regulation, collected: 2 }),
          ballots: [twice, ballot(2, { "1": "low" })],
        })
      );
      const problem = onlyProblem(result.problems, "E304");
      expect(problem.params).toEqual({ ballot: "1", name: "Người 1" });
      expect(problem.refs).toEqual([ref("C2"), ref("F2")]);
      expect(result.people[0]?.counts).toEqual({ high: 0, medium: 0, low: 1, invalid: 1 });
    }
  });

  it("a level of another regulation is E305 and counts as an invalid entry", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 2 }),
        ballots: [
          ballot(1, { "1": "high", "2": "high" }),
          ballot(2, { "1": "confidence", "2": "low" }),
        ],
      })
    );
    const high = result.problems.find((problem) => problem.params.levelVi === "Tín nhiệm cao");
    expect(high).toMatchObject({ code: "E305", params: { levelEn: "High confidence", count: 2 } });
    expect(high?.refs).toEqual([ref("C2"), ref("D2")]);
    expect(codesOf(result.problems)).toEqual(["E305", "E305"]);
    expect(result.people[0]?.counts).toEqual({ confidence: 1, noConfidence: 0, invalid: 1 });
  });

  it("an extra name is ignored by default, with W301, and the ballot stays valid", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        ballots: [
          ballot(1, { "1": "high" }, { extraNames: [{ value: "Trần Văn X", ref: ref("H2") }] }),
        ],
      })
    );
    const problem = onlyProblem(result.problems, "W301");
    expect(problem.params).toEqual({ ballot: "1", name: "Trần Văn X" });
    expect(problem.refs).toEqual([ref("H2"), ref("A2")]);
    expect(result.blocked).toBe(false);
    expect(result.meeting.validBallots).toBe(1);
    expect(result.people[0]?.counts?.high).toBe(1);
  });

  it("an extra name voids the ballot when so set, with W302", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 2 }),
        settings: { ...DEFAULT_SETTINGS, extraNames: "void-ballot" },
        ballots: [
          ballot(1, { "1": "high" }, { extraNames: [{ value: "Trần Văn X", ref: ref("H2") }] }),
          ballot(2, { "1": "high" }),
        ],
      })
    );
    expect(codesOf(result.problems)).toEqual(["W302"]);
    expect(result.blocked).toBe(false);
    expect(result.meeting.validBallots).toBe(1);
    expect(result.meeting.invalidBallots).toBe(1);
    expect(result.people[0]?.counts).toEqual({ high: 1, medium: 0, low: 0, invalid: 1 });
  });

  it("W302 names the cell of the setting that voided the ballot", () => {
    const setting = { sheet: "Hội nghị", cell: "B17" };
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        settings: { extraNames: "void-ballot", ref: setting },
        ballots: [
          ballot(1, { "1": "high" }, { extraNames: [{ value: "Trần Văn X", ref: ref("H2") }] }),
        ],
      })
    );
    expect(onlyProblem(result.problems, "W302").refs).toEqual([ref("H2"), ref("A2"), setting]);
  });
});

describe("entries named by their ballot", () => {
  /** The ballot as a ballot sheet hands it over: entries without a ref, each cell named by the
   * ballot when a problem asks for it. */
  function namedByBallot(source: BallotInput): BallotInput {
    const refs = source.entries.map((entry) => entry.ref);
    return {
      ...source,
      entries: source.entries.map(({ personId, mark }) => ({ personId, mark })),
      entryRef: (position) => refs[position],
    };
  }

  it("name the same cells in E303, E304, E305 and W201 as entries that carry their ref", () => {
    const ballots: BallotInput[] = [
      ballot(1, { "1": "high", "2": "low", "9": "low" }),
      {
        ...ballot(2, { "1": "high" }),
        entries: [
          { personId: "1", mark: "high", ref: ref("C3") },
          { personId: "1", mark: "low", ref: ref("F3") },
        ],
      },
      ballot(3, { "1": "confidence", "2": "high", "9": "medium" }),
    ];
    const tallyOf = (given: readonly BallotInput[]) =>
      tally(
        vote({
          meeting: meeting({ collected: 3 }),
          people: [person("1"), person("2", { exclusionReason: { value: "Chờ nghỉ hưu" } })],
          ballots: given,
        })
      );
    const own = tallyOf(ballots);
    const named = tallyOf(ballots.map(namedByBallot));
    expect(codesOf(named.problems).sort()).toEqual(["E303", "E304", "E305", "W201"]);
    expect(named.problems).toEqual(own.problems);
    expect(onlyProblem(named.problems, "E304").refs).toEqual([ref("C3"), ref("F3")]);
    expect(onlyProblem(named.problems, "E303").refs).toEqual([ref("E2"), ref("E4")]);
    expect(named.people).toEqual(own.people);
  });
});
