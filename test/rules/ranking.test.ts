import { describe, expect, it } from "vitest";
import { rankByTopLevel, tally } from "../../src/rules";
import { ballotsFor, meeting, people, person, vote } from "./build";

describe("rankByTopLevel", () => {
  it("ranks by high confidence; ties share a rank and keep the roster's order", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 10 }),
        people: [...people(4), person("5", { exclusionReason: { value: "Chờ nghỉ hưu" } })],
        ballots: ballotsFor(10, {
          "1": { high: 5 },
          "2": { high: 8 },
          "3": { high: 5 },
          "4": { high: 2 },
          "5": { high: 10 },
        }),
      })
    );
    expect(rankByTopLevel(result)).toEqual([
      { id: "2", name: "Người 2", count: 8, percent: 80, rank: 1 },
      { id: "1", name: "Người 1", count: 5, percent: 50, rank: 2 },
      { id: "3", name: "Người 3", count: 5, percent: 50, rank: 2 },
      { id: "4", name: "Người 4", count: 2, percent: 20, rank: 4 },
    ]);
  });

  it("does not depend on the roster's order except among ties", () => {
    const plan = { "1": { high: 3 }, "2": { high: 9 }, "3": { high: 3 } };
    const ranks = (order: string[]) =>
      rankByTopLevel(
        tally(
          vote({
            meeting: meeting({ collected: 10 }),
            people: order.map((id) => person(id)),
            ballots: ballotsFor(10, plan),
          })
        )
      ).map((entry) => [entry.id, entry.rank]);
    expect(ranks(["1", "2", "3"])).toEqual([
      ["2", 1],
      ["1", 2],
      ["3", 2],
    ]);
    expect(ranks(["3", "2", "1"])).toEqual([
      ["2", 1],
      ["3", 2],
      ["1", 2],
    ]);
  });

  it("ranks the no-confidence vote by confidence", () => {
    const result = tally(
      vote({
        meeting: meeting({ regulation: "nq96-btn", collected: 4 }),
        people: people(2),
        ballots: ballotsFor(4, { "1": { confidence: 1 }, "2": { confidence: 3 } }),
      })
    );
    expect(rankByTopLevel(result).map((entry) => [entry.id, entry.rank, entry.percent])).toEqual([
      ["2", 1, 75],
      ["1", 2, 25],
    ]);
  });

  it("leaves out people without counts and gives no percent without a base", () => {
    const base = meeting({ collected: 2 });
    const result = tally(
      vote({
        meeting: { ...base, collected: { value: 0.5 } },
        people: people(1),
        ballots: ballotsFor(2, { "1": { high: 2 } }),
      })
    );
    expect(rankByTopLevel(result)).toEqual([
      { id: "1", name: "Người 1", count: 2, percent: null, rank: 1 },
    ]);
    const noVotes = tally(vote({ meeting: meeting({ collected: 2 }) }));
    expect(rankByTopLevel(noVotes)).toEqual([]);
  });
});
