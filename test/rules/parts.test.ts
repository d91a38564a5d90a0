// The checks a vote's parts allow on their own: each runs when what it needs was read, and a part
// that was not read hides no other problem and causes none.

import { describe, expect, it } from "vitest";
import { checkVoteParts, type BallotInput } from "../../src/rules";
import { meeting, ref } from "./build";

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

function numbered(...numbers: string[]): BallotInput[] {
  return numbers.map((number, index) => ({
    number: { value: number, ref: ref(`A${index + 2}`) },
    invalid: false,
    entries: [],
  }));
}

describe("checkVoteParts", () => {
  it("checks the quorum when attendance and the regulation were read, whatever else was not", () => {
    const { present, summoned, regulation } = meeting({ collected: 5, present: 5, summoned: 9 });
    expect(codes(checkVoteParts({ meeting: { present, summoned, regulation } }))).toEqual(["E106"]);
    // Without the regulation, a shortfall cannot be told blocking (E106) or not (W102).
    expect(checkVoteParts({ meeting: { present, summoned } })).toEqual([]);
  });

  it("compares the ballot rows with ballots collected, counting rows whose number is unread", () => {
    const read = meeting({ collected: 5 });
    const ballots = { rows: 6, numbered: numbered("1", "2", "3", "4") };
    const problems = checkVoteParts({ meeting: read, ballots });
    expect(codes(problems)).toEqual(["E302"]);
    expect(problems[0]?.params).toEqual({ ballots: 6, collected: 5 });
    expect(problems[0]?.refs).toEqual([read.collected.ref]);
    // Ballots collected not read: nothing to compare with.
    expect(checkVoteParts({ meeting: {}, ballots })).toEqual([]);
  });

  it("reports a ballot number used twice and names written in", () => {
    const ballots = numbered("1", "2", "1");
    const withExtra = [
      { ...ballots[0]!, extraNames: [{ value: "Phạm Văn Dũng", ref: ref("F2") }] },
    ];
    const problems = checkVoteParts({
      meeting: meeting({ collected: 3 }),
      ballots: { rows: 3, numbered: [...withExtra, ...ballots.slice(1)] },
    });
    expect(codes(problems)).toEqual(["E301", "W301"]);
  });
});
