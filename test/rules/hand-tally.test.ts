import { describe, expect, it } from "vitest";
import { tally, type HandTallyRow } from "../../src/rules";
import { ballotsFor, codesOf, handRow, meeting, onlyProblem, people, ref, vote } from "./build";

const HAND = "Kiểm phiếu";
const ROSTER = "Danh sách";

describe("a hand tally alone", () => {
  it("gives the counts; invalid entries are what is left of ballots collected", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 47 }),
        people: people(1),
        handTally: [handRow("1", { high: 19, medium: 2, low: 25 })],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts).toEqual({ high: 19, medium: 2, low: 25, invalid: 1 });
    expect(result.people[0]?.percent).toEqual({ high: 40.43, medium: 4.26, low: 53.19 });
    expect(result.people[0]?.band).toBe("over-half");
    // A hand tally does not say which ballots were invalid.
    expect(result.meeting.validBallots).toBeNull();
    expect(result.meeting.invalidBallots).toBeNull();
  });

  it("takes an invalid column that adds up to ballots collected", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(1),
        handTally: [handRow("1", { high: 5, medium: 2, low: 1 }, 2)],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts).toEqual({ high: 5, medium: 2, low: 1, invalid: 2 });
  });

  it("counts with an invalid column that do not add up to collected are E311", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(1),
        handTally: [handRow("1", { high: 5, medium: 2, low: 1 }, 1)],
      })
    );
    const problem = onlyProblem(result.problems, "E311");
    expect(problem.params).toEqual({ name: "Người 1", sum: 9, collected: 10 });
    expect(problem.refs).toEqual([ref("A2", HAND), ref("C2", ROSTER)]);
    // The counts are reported as written, for the user to compare.
    expect(result.people[0]?.counts).toEqual({ high: 5, medium: 2, low: 1, invalid: 1 });
    expect(result.blocked).toBe(true);
  });

  it("level counts over ballots collected, without an invalid column, are E312", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(1),
        handTally: [handRow("1", { high: 5, medium: 5, low: 1 })],
      })
    );
    const problem = onlyProblem(result.problems, "E312");
    expect(problem.params).toEqual({ name: "Người 1", sum: 11, collected: 10 });
    expect(result.people[0]?.counts).toBeNull();
    expect(result.people[0]?.band).toBeNull();
  });

  it("level counts exactly equal to ballots collected leave no invalid entry", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(1),
        handTally: [handRow("1", { high: 5, medium: 4, low: 1 })],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts?.invalid).toBe(0);
  });

  it("a row for somebody not on the roster is E306", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        people: people(1),
        handTally: [
          handRow("1", { high: 1, medium: 0, low: 0 }),
          handRow("7", { high: 1, medium: 0, low: 0 }),
        ],
      })
    );
    const problem = onlyProblem(result.problems, "E306");
    expect(problem.params).toEqual({ personId: "7" });
    expect(problem.refs).toEqual([ref("A8", HAND)]);
  });

  it("a person voted on without a row is E307, with no counts", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        people: people(2),
        handTally: [handRow("1", { high: 1, medium: 0, low: 0 })],
      })
    );
    const problem = onlyProblem(result.problems, "E307");
    expect(problem.params).toEqual({ name: "Người 2" });
    expect(problem.refs).toEqual([ref("C3", ROSTER)]);
    expect(result.people[1]?.counts).toBeNull();
  });

  it("two rows for one person are E308; the first is used", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 3 }),
        people: people(1),
        handTally: [
          handRow("1", { high: 3, medium: 0, low: 0 }),
          handRow("1", { high: 0, medium: 0, low: 3 }, undefined, 9),
        ],
      })
    );
    const problem = onlyProblem(result.problems, "E308");
    expect(problem.refs).toEqual([ref("A9", HAND), ref("A2", HAND)]);
    expect(result.people[0]?.counts?.high).toBe(3);
  });

  it("a negative or fractional count is E309 naming the cell", () => {
    for (const value of [-1, 1.5]) {
      const result = tally(
        vote({
          meeting: meeting({ collected: 3 }),
          people: people(1),
          handTally: [handRow("1", { high: 1, medium: value, low: 0 })],
        })
      );
      const problem = onlyProblem(result.problems, "E309");
      expect(problem.params).toEqual({
        name: "Người 1",
        countVi: "Tín nhiệm",
        countEn: "Confidence",
        value,
      });
      expect(problem.refs).toEqual([ref("D2", HAND), ref("C2", ROSTER)]);
      expect(result.people[0]?.counts).toBeNull();
    }
  });

  it("an invalid-column value that is not a number is E310", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 3 }),
        people: people(1),
        handTally: [handRow("1", { high: 1, medium: 1, low: 0 }, Number.NaN)],
      })
    );
    const problem = onlyProblem(result.problems, "E310");
    expect(problem.params).toEqual({
      name: "Người 1",
      countVi: "Không hợp lệ",
      countEn: "Invalid",
    });
    expect(problem.refs).toEqual([ref("F2", HAND), ref("C2", ROSTER)]);
    expect(result.people[0]?.counts).toBeNull();
  });

  it("a missing level count is E313, never read as 0", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 3 }),
        people: people(1),
        handTally: [handRow("1", { high: 3, medium: 0 })],
      })
    );
    const problem = onlyProblem(result.problems, "E313");
    expect(problem.params).toEqual({
      name: "Người 1",
      countVi: "Tín nhiệm thấp",
      countEn: "Low confidence",
    });
    expect(result.people[0]?.counts).toBeNull();
  });

  it("a count for a level of another regulation is E305", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 3 }),
        people: people(1),
        handTally: [handRow("1", { confidence: 2, noConfidence: 1, low: 0 })],
      })
    );
    const problem = onlyProblem(result.problems, "E305");
    expect(problem.params).toMatchObject({ levelVi: "Tín nhiệm thấp", count: 1 });
    expect(problem.refs).toEqual([ref("E2", HAND)]);
    expect(result.people[0]?.counts).toEqual({ confidence: 2, noConfidence: 1, invalid: 0 });
  });

  it("without a usable ballots collected, invalid entries cannot be derived", () => {
    const base = meeting({ collected: 3 });
    const result = tally(
      vote({
        meeting: { ...base, collected: { value: -3 } },
        people: people(2),
        handTally: [
          handRow("1", { high: 3, medium: 0, low: 0 }),
          handRow("2", { high: 1, medium: 1, low: 0 }, 1),
        ],
      })
    );
    expect(codesOf(result.problems)).toEqual(["E101"]);
    expect(result.people[0]?.counts).toBeNull();
    // With an invalid column the counts are known, but there is no base for percentages.
    expect(result.people[1]?.counts).toEqual({ high: 1, medium: 1, low: 0, invalid: 1 });
    expect(result.people[1]?.percent).toBeNull();
  });

  it("nq96-btn: a hand tally on two levels", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 9 }),
        people: people(1),
        handTally: [handRow("1", { confidence: 3, noConfidence: 5 })],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.counts).toEqual({ confidence: 3, noConfidence: 5, invalid: 1 });
    expect(result.people[0]?.band).toBe("over-half");
  });
});

describe("double entry: ballots and a hand tally", () => {
  const ballots = ballotsFor(10, {
    "1": { high: 6, medium: 3, low: 1 },
    "2": { high: 2, low: 7, invalid: 1 },
  });

  it("agreeing counts raise nothing; the ballots decide", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(2),
        ballots,
        handTally: [
          handRow("1", { high: 6, medium: 3, low: 1 }, 0),
          handRow("2", { high: 2, medium: 0, low: 7 }),
        ],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.meeting.validBallots).toBe(10);
    expect(result.people[1]?.counts).toEqual({ high: 2, medium: 0, low: 7, invalid: 1 });
    expect(result.people[1]?.band).toBe("two-thirds");
  });

  it("each difference is E314 with the hand-tally cell and the person's row", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(2),
        ballots,
        handTally: [
          handRow("1", { high: 5, medium: 3, low: 2 }, 0),
          handRow("2", { high: 2, medium: 0, low: 7 }, 0),
        ],
      })
    );
    expect(codesOf(result.problems)).toEqual(["E314", "E314", "E314"]);
    expect(result.problems[0]?.params).toEqual({
      name: "Người 1",
      countVi: "Tín nhiệm cao",
      countEn: "High confidence",
      ballots: 6,
      hand: 5,
    });
    expect(result.problems[0]?.refs).toEqual([ref("C2", HAND), ref("C2", ROSTER)]);
    expect(result.problems[1]?.params).toMatchObject({
      countEn: "Low confidence",
      ballots: 1,
      hand: 2,
    });
    expect(result.problems[2]?.params).toMatchObject({
      name: "Người 2",
      countVi: "Không hợp lệ",
      ballots: 1,
      hand: 0,
    });
    expect(result.problems[2]?.refs).toEqual([ref("F3", HAND), ref("C3", ROSTER)]);
    // The ballots decide the counts.
    expect(result.people[0]?.counts).toEqual({ high: 6, medium: 3, low: 1, invalid: 0 });
    expect(result.blocked).toBe(true);
  });

  it("a person missing from the hand tally is W303: counted from the ballots, not checked", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: people(2),
        ballots,
        handTally: [handRow("1", { high: 6, medium: 3, low: 1 })],
      })
    );
    const problem = onlyProblem(result.problems, "W303");
    expect(problem.params).toEqual({ name: "Người 2" });
    expect(result.blocked).toBe(false);
    expect(result.people[1]?.counts?.low).toBe(7);
  });

  it("hand-tally faults are still reported beside ballots", () => {
    const rows: HandTallyRow[] = [
      handRow("1", { high: 6, medium: 3 }),
      handRow("2", { high: 2, medium: -1, low: 7 }),
      handRow("5", { high: 0, medium: 0, low: 0 }),
    ];
    const result = tally(
      vote({ meeting: meeting({ collected: 10 }), people: people(2), ballots, handTally: rows })
    );
    expect(codesOf(result.problems).sort()).toEqual(["E306", "E309", "E313"]);
    expect(result.people[0]?.counts).toEqual({ high: 6, medium: 3, low: 1, invalid: 0 });
  });

  it("nq96-btn: a difference in the no-confidence count is E314", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 4 }),
        people: people(1),
        ballots: ballotsFor(4, { "1": { confidence: 1, noConfidence: 3 } }),
        handTally: [handRow("1", { confidence: 1, noConfidence: 2 })],
      })
    );
    const problem = onlyProblem(result.problems, "E314");
    expect(problem.params).toMatchObject({ countVi: "Không tín nhiệm", ballots: 3, hand: 2 });
    expect(problem.refs).toEqual([ref("D2", HAND), ref("C2", ROSTER)]);
  });
});

describe("no votes at all", () => {
  it("neither ballots nor a hand tally is E315, with no counts", () => {
    const result = tally(vote({ meeting: meeting({ collected: 3 }) }));
    expect(codesOf(result.problems)).toEqual(["E315"]);
    expect(result.people.every((person) => person.counts === null && person.band === null)).toBe(
      true
    );
    expect(result.meeting.validBallots).toBeNull();
    expect(result.blocked).toBe(true);
  });
});
