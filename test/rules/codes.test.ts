// Every code of the catalogue is reachable from tally or checkPlaces, and its messages fill
// completely in both languages from the params the rules give it.

import { describe, expect, it } from "vitest";
import {
  checkPlaces,
  DEFAULT_SETTINGS,
  formatProblem,
  RULE_PROBLEMS,
  tally,
  type MeetingInput,
  type PlaceMeeting,
  type Problem,
  type RuleProblemCode,
  type VoteInput,
} from "../../src/rules";
import { ballot, ballotsFor, handRow, meeting, people, person, vote } from "./build";

const ten = meeting({ collected: 10 });
const withValue = (figure: keyof MeetingInput & ("present" | "collected"), value: number) => ({
  ...ten,
  [figure]: { ...ten[figure], value },
});
const run = (input: Partial<VoteInput>) =>
  tally(vote({ meeting: ten, ballots: ballotsFor(10, {}), ...input })).problems;
const handAlone = (rows: VoteInput["handTally"], collected = 10) =>
  tally(vote({ meeting: meeting({ collected }), people: people(1), handTally: rows })).problems;
const at = (place: string, id: string, name: string, sharedIds = true): PlaceMeeting => ({
  place,
  kind: "workplace",
  sharedIds,
  result: tally(
    vote({
      meeting: meeting({ collected: 1 }),
      people: [person(id, { name })],
      ballots: ballotsFor(1, {}),
    })
  ),
});

const SCENARIOS: Readonly<Record<RuleProblemCode, () => readonly Problem[]>> = {
  E101: () => run({ meeting: withValue("present", -1) }),
  E102: () => run({ meeting: withValue("present", Number.NaN) }),
  E103: () => run({ meeting: meeting({ collected: 0, issued: 1 }), ballots: [] }),
  E104: () => run({ meeting: meeting({ collected: 10, summoned: 9 }) }),
  E105: () => run({ meeting: meeting({ collected: 10, issued: 9, present: 10 }) }),
  E106: () => run({ meeting: meeting({ collected: 10, summoned: 16 }) }),
  E107: () => run({ meeting: meeting({ collected: 10, date: { year: 2023, month: 0, day: 1 } }) }),
  W101: () => run({ meeting: meeting({ collected: 10, issued: 11, present: 10 }) }),
  W102: () => run({ meeting: meeting({ regulation: "nq96", collected: 10, summoned: 16 }) }),
  E201: () => run({ people: [person("1"), person("1")] }),
  E202: () => run({ people: [] }),
  E203: () =>
    run({ people: [person("1", { appointedOn: { value: { year: 2023, month: 2, day: 30 } } })] }),
  E204: () => checkPlaces([at("A", "CB1", "X"), at("B", "CB1", "X"), at("C", "CB1", "X")]).problems,
  E205: () => checkPlaces([at("A", "CB1", "X"), at("A", "CB1", "X")]).problems,
  W201: () =>
    run({
      people: [person("1", { exclusionReason: { value: "Chờ nghỉ hưu" } })],
      ballots: ballotsFor(10, { "1": { high: 1 } }),
    }),
  W202: () =>
    checkPlaces([at("A", "CB1", "X"), at("A", "CB2", "X"), at("B", "1", "X", false)]).problems,
  E301: () => run({ ballots: [...ballotsFor(9, {}), ballot(1, {})] }),
  E302: () => run({ ballots: ballotsFor(9, {}) }),
  E303: () => run({ ballots: ballotsFor(10, { "9": { high: 1 } }) }),
  E304: () =>
    run({
      ballots: [
        {
          ...ballot(1, {}),
          entries: [
            { personId: "1", mark: "high" },
            { personId: "1", mark: "low" },
          ],
        },
        ...ballotsFor(10, {}).slice(1),
      ],
    }),
  E305: () => run({ ballots: ballotsFor(10, { "1": { confidence: 1 } }) }),
  E306: () => handAlone([handRow("1", { high: 10, medium: 0, low: 0 }), handRow("2", { high: 0 })]),
  E307: () => handAlone([]),
  E308: () =>
    handAlone([
      handRow("1", { high: 10, medium: 0, low: 0 }),
      handRow("1", { high: 10, medium: 0, low: 0 }),
    ]),
  E309: () => handAlone([handRow("1", { high: 1.5, medium: 0, low: 0 })]),
  E310: () => handAlone([handRow("1", { high: Number.POSITIVE_INFINITY, medium: 0, low: 0 })]),
  E311: () => handAlone([handRow("1", { high: 1, medium: 0, low: 0 }, 0)]),
  E312: () => handAlone([handRow("1", { high: 11, medium: 0, low: 0 })]),
  E313: () => handAlone([handRow("1", { high: 10, medium: 0 })]),
  E314: () => run({ people: people(1), handTally: [handRow("1", { high: 1, medium: 0, low: 0 })] }),
  E315: () => tally(vote({ meeting: ten })).problems,
  W301: () =>
    run({
      ballots: [ballot(1, {}, { extraNames: [{ value: "Y" }] }), ...ballotsFor(10, {}).slice(1)],
    }),
  W302: () =>
    run({
      settings: { ...DEFAULT_SETTINGS, extraNames: "void-ballot" },
      ballots: [ballot(1, {}, { extraNames: [{ value: "Y" }] }), ...ballotsFor(10, {}).slice(1)],
    }),
  W303: () => run({ people: people(1), handTally: [] }),
};

describe("the problem catalogue", () => {
  it("has a scenario for every code, and codes only in the rules' ranges", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(RULE_PROBLEMS).sort());
    for (const code of Object.keys(RULE_PROBLEMS)) expect(code).toMatch(/^[EW][1-3]\d\d$/);
  });

  it("gives errors E codes and warnings W codes", () => {
    for (const [code, spec] of Object.entries(RULE_PROBLEMS)) {
      expect(spec.severity).toBe(code.startsWith("E") ? "error" : "warning");
    }
  });

  for (const [code, scenario] of Object.entries(SCENARIOS)) {
    it(`${code} is reachable, with the catalogue's severity and complete messages`, () => {
      const problems = scenario().filter((problem) => problem.code === code);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.severity).toBe(RULE_PROBLEMS[code as RuleProblemCode].severity);
        for (const lang of ["vi", "en"] as const) {
          const message = formatProblem(problem, lang, RULE_PROBLEMS);
          expect(message).not.toMatch(/[{}]/);
          expect(message).not.toMatch(/NaN|undefined|Infinity/);
        }
      }
    });
  }
});
