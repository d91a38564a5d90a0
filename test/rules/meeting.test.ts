import { describe, expect, it } from "vitest";
import { tally, type MeetingInput } from "../../src/rules";
import { ballotsFor, codesOf, meeting, nonFiniteNumbers, onlyProblem, vote } from "./build";

const FIGURES = ["summoned", "present", "issued", "collected"] as const;

/** The standard meeting (10 summoned, present, issued and collected) with one figure changed. */
function withFigure(figure: (typeof FIGURES)[number], value: number): MeetingInput {
  const base = meeting({ collected: 10 });
  return { ...base, [figure]: { ...base[figure], value } };
}

describe("meeting figures", () => {
  it("accept a consistent meeting without any problem", () => {
    const result = tally(
      vote({ meeting: meeting({ collected: 10 }), ballots: ballotsFor(10, {}) })
    );
    expect(result.problems).toEqual([]);
    expect(result.meeting).toEqual({
      summoned: 10,
      present: 10,
      issued: 10,
      collected: 10,
      validBallots: 10,
      invalidBallots: 0,
      quorumMet: true,
    });
  });

  for (const figure of FIGURES) {
    for (const value of [-1, 2.5]) {
      it(`${figure} = ${value} is E101 naming the figure and its cell`, () => {
        const input = withFigure(figure, value);
        const result = tally(vote({ meeting: input, ballots: ballotsFor(10, {}) }));
        const problem = onlyProblem(result.problems, "E101");
        expect(problem.params.value).toBe(value);
        expect(problem.params.figureVi).toMatch(/^Số /);
        expect(problem.refs).toEqual([input[figure].ref]);
        expect(result.blocked).toBe(true);
        expect(nonFiniteNumbers(result)).toEqual([]);
      });
    }

    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      it(`${figure} = ${value} is E102 and is reported as 0, never NaN`, () => {
        const input = withFigure(figure, value);
        const result = tally(vote({ meeting: input, ballots: ballotsFor(10, {}) }));
        expect(onlyProblem(result.problems, "E102").refs).toEqual([input[figure].ref]);
        expect(result.meeting[figure]).toBe(0);
        expect(result.blocked).toBe(true);
        expect(nonFiniteNumbers(result)).toEqual([]);
      });
    }
  }

  it("an unusable ballots collected leaves percentages and bands undecided", () => {
    const result = tally(
      vote({ meeting: withFigure("collected", 2.5), ballots: ballotsFor(10, {}) })
    );
    expect(result.people.every((person) => person.percent === null && person.band === null)).toBe(
      true
    );
    // The counts themselves come from the ballots and stay known.
    expect(result.people[0]?.counts).toEqual({ high: 0, medium: 0, low: 0, invalid: 10 });
  });

  it("unknown attendance cannot show the quorum met, and is not checked further", () => {
    const result = tally(vote({ meeting: withFigure("present", -3), ballots: ballotsFor(10, {}) }));
    expect(result.meeting.quorumMet).toBe(false);
    expect(codesOf(result.problems)).toEqual(["E101"]);
  });

  it("no ballot collected is E103, with no percentage", () => {
    const result = tally(
      vote({ meeting: meeting({ collected: 0, issued: 10, present: 10 }), ballots: [] })
    );
    expect(codesOf(result.problems)).toEqual(["E103"]);
    expect(result.problems[0]?.refs).toEqual([{ sheet: "Hội nghị", cell: "B9" }]);
    expect(result.people[0]?.percent).toBeNull();
    expect(result.people[0]?.band).toBeNull();
    expect(result.blocked).toBe(true);
    expect(nonFiniteNumbers(result)).toEqual([]);
  });

  it("more people present than summoned is E104", () => {
    const result = tally(
      vote({
        meeting: meeting({ summoned: 9, present: 10, collected: 10 }),
        ballots: ballotsFor(10, {}),
      })
    );
    const problem = onlyProblem(result.problems, "E104");
    expect(problem.params).toEqual({ present: 10, summoned: 9 });
    expect(problem.refs.map((ref) => ref.cell)).toEqual(["B7", "B6"]);
  });

  it("more ballots collected than issued is E105", () => {
    const result = tally(
      vote({
        meeting: meeting({ issued: 9, present: 10, collected: 10 }),
        ballots: ballotsFor(10, {}),
      })
    );
    const problem = onlyProblem(result.problems, "E105");
    expect(problem.params).toEqual({ collected: 10, issued: 9 });
    expect(problem.refs.map((ref) => ref.cell)).toEqual(["B9", "B8"]);
  });

  it("more ballots issued than people present is only a warning W101", () => {
    const result = tally(
      vote({
        meeting: meeting({ issued: 11, present: 10, collected: 10 }),
        ballots: ballotsFor(10, {}),
      })
    );
    expect(codesOf(result.problems)).toEqual(["W101"]);
    expect(result.problems[0]?.params).toEqual({ issued: 11, present: 10 });
    expect(result.blocked).toBe(false);
  });

  it("collected equal to issued and issued equal to present raise nothing", () => {
    const result = tally(
      vote({
        meeting: meeting({ summoned: 10, present: 10, issued: 10, collected: 10 }),
        ballots: ballotsFor(10, {}),
      })
    );
    expect(result.problems).toEqual([]);
  });

  it("a voting date that does not exist is E107", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10, date: { year: 2023, month: 2, day: 29 } }),
        ballots: ballotsFor(10, {}),
      })
    );
    const problem = onlyProblem(result.problems, "E107");
    expect(problem.params).toEqual({ date: "29/02/2023" });
    expect(problem.refs).toEqual([{ sheet: "Hội nghị", cell: "B3" }]);
  });

  it("29 February of a leap year is a real date", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10, date: { year: 2024, month: 2, day: 29 } }),
        ballots: ballotsFor(10, {}),
      })
    );
    expect(result.problems).toEqual([]);
  });
});
