import { describe, expect, it } from "vitest";
import { quorumMet, quorumRequired, tally } from "../../src/rules";
import { ballotsFor, codesOf, meeting, onlyProblem, vote } from "./build";

describe("quorum", () => {
  it("is met at exactly two thirds and not one short", () => {
    expect(quorumMet(30, 45)).toBe(true);
    expect(quorumMet(29, 45)).toBe(false);
    expect(quorumMet(2, 3)).toBe(true);
    expect(quorumMet(1, 3)).toBe(false);
    // 2/3 of 10 is 6.67: 7 is needed.
    expect(quorumMet(7, 10)).toBe(true);
    expect(quorumMet(6, 10)).toBe(false);
  });

  it("requires ⌈2S/3⌉ people", () => {
    expect(quorumRequired(45)).toBe(30);
    expect(quorumRequired(10)).toBe(7);
    expect(quorumRequired(1)).toBe(1);
    expect(quorumRequired(0)).toBe(0);
  });

  const run = (regulation: "qd96" | "nq96" | "nq96-btn", present: number) =>
    tally(
      vote({
        meeting: meeting({ regulation, summoned: 45, present, collected: present }),
        ballots: ballotsFor(present, {}),
      })
    );

  it("qd96: one short of two thirds is a blocking error E106 naming both cells", () => {
    const result = run("qd96", 29);
    const problem = onlyProblem(result.problems, "E106");
    expect(problem.params).toEqual({ present: 29, summoned: 45, required: 30 });
    expect(problem.refs).toEqual([
      { sheet: "Hội nghị", cell: "B7" },
      { sheet: "Hội nghị", cell: "B6" },
    ]);
    expect(result.meeting.quorumMet).toBe(false);
    expect(result.blocked).toBe(true);
  });

  it("qd96: exactly two thirds present is met and raises nothing", () => {
    const result = run("qd96", 30);
    expect(result.meeting.quorumMet).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.blocked).toBe(false);
  });

  for (const regulation of ["nq96", "nq96-btn"] as const) {
    it(`${regulation}: one short of two thirds is only a warning W102`, () => {
      const result = run(regulation, 29);
      expect(codesOf(result.problems)).toEqual(["W102"]);
      expect(result.meeting.quorumMet).toBe(false);
      expect(result.blocked).toBe(false);
    });
  }
});
