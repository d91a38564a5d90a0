import { describe, expect, it } from "vitest";
import { exclusionKindOf, exclusionReasonText, tally } from "../../src/rules";
import {
  ballot,
  ballotsFor,
  codesOf,
  handRow,
  meeting,
  onlyProblem,
  person,
  people,
  ref,
  vote,
} from "./build";

describe("exclusionKindOf", () => {
  it("finds an announced retirement, with or without diacritics, in either language", () => {
    expect(exclusionKindOf("Đã có thông báo nghỉ công tác chờ nghỉ hưu")).toBe("retirement");
    expect(exclusionKindOf("NGHI  HUU từ 01/10/2023")).toBe("retirement");
    expect(exclusionKindOf("Retirement announced")).toBe("retirement");
    expect(exclusionKindOf("retires in October")).toBe("retirement");
  });

  it("finds an appointment or election", () => {
    expect(exclusionKindOf("Được bổ nhiệm tháng 3/2023")).toBe("appointed-this-year");
    expect(exclusionKindOf("Mới được bầu")).toBe("appointed-this-year");
    expect(exclusionKindOf("Được BẦU CỬ bổ sung")).toBe("appointed-this-year");
    expect(exclusionKindOf("Appointed in March")).toBe("appointed-this-year");
    expect(exclusionKindOf("elected this year")).toBe("appointed-this-year");
  });

  it("looks for retirement first", () => {
    expect(exclusionKindOf("Được bổ nhiệm nhưng có thông báo nghỉ hưu")).toBe("retirement");
  });

  it("calls anything else other, and does not match inside words", () => {
    expect(exclusionKindOf("Nghỉ ốm dài ngày")).toBe("other");
    expect(exclusionKindOf("Đi học tập trung")).toBe("other");
    // "bảo" is not "bầu"; "unelected" does not start with "elected".
    expect(exclusionKindOf("Đang bảo vệ luận án")).toBe("other");
    expect(exclusionKindOf("unelected body")).toBe("other");
  });
});

describe("eligibility in a tally", () => {
  const date = { year: 2023, month: 6, day: 15 };

  it("excludes by a written reason, in the user's words, with no counts or percentages", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 2, date }),
        people: [
          person("1", {
            exclusionReason: { value: "  Chờ nghỉ hưu  ", ref: ref("H2", "Danh sách") },
          }),
          person("2"),
        ],
        ballots: ballotsFor(2, { "2": { high: 2 } }),
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.people[0]).toMatchObject({
      exclusion: { kind: "retirement", reason: "Chờ nghỉ hưu" },
      counts: null,
      percent: null,
      band: null,
    });
    expect(result.people[1]?.exclusion).toBeNull();
  });

  it("a blank reason excludes nobody", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1, date }),
        people: [person("1", { exclusionReason: { value: "   " } })],
        ballots: ballotsFor(1, { "1": { high: 1 } }),
      })
    );
    expect(result.people[0]?.exclusion).toBeNull();
    expect(result.people[0]?.counts?.high).toBe(1);
  });

  it("excludes by a date of appointment in the calendar year of the vote", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1, date }),
        people: [
          person("1", { appointedOn: { value: { year: 2023, month: 3, day: 15 } } }),
          person("2", { appointedOn: { value: { year: 2023, month: 12, day: 31 } } }),
          person("3", { appointedOn: { value: { year: 2022, month: 12, day: 31 } } }),
        ],
        ballots: ballotsFor(1, { "3": { high: 1 } }),
      })
    );
    expect(result.people[0]?.exclusion).toEqual({
      kind: "appointed-this-year",
      reason: "Được bổ nhiệm, bầu cử trong năm lấy phiếu (15/03/2023)",
      appointedOn: { year: 2023, month: 3, day: 15 },
    });
    // The calendar year decides, even after the vote's date.
    expect(result.people[1]?.exclusion?.kind).toBe("appointed-this-year");
    expect(result.people[2]?.exclusion).toBeNull();
    expect(result.people[2]?.counts?.high).toBe(1);
  });

  it("gives the generated reason in either language, and the user's words as written", () => {
    const generated = {
      kind: "appointed-this-year" as const,
      reason: "…",
      appointedOn: { year: 2023, month: 1, day: 2 },
    };
    expect(exclusionReasonText(generated, "vi")).toBe(
      "Được bổ nhiệm, bầu cử trong năm lấy phiếu (02/01/2023)"
    );
    expect(exclusionReasonText(generated, "en")).toBe(
      "Appointed or elected in the year of the vote (02/01/2023)"
    );
    expect(exclusionReasonText({ kind: "other", reason: "Nghỉ ốm" }, "en")).toBe("Nghỉ ốm");
  });

  it("a written reason wins over the date", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1, date }),
        people: [
          person("1", {
            appointedOn: { value: { year: 2023, month: 3, day: 15 } },
            exclusionReason: { value: "Nghỉ ốm dài ngày" },
          }),
        ],
        ballots: ballotsFor(1, {}),
      })
    );
    expect(result.people[0]?.exclusion).toEqual({ kind: "other", reason: "Nghỉ ốm dài ngày" });
  });

  it("an appointment date that does not exist is E203 and decides nothing", () => {
    const appointedOn = { value: { year: 2023, month: 13, day: 1 }, ref: ref("G2", "Danh sách") };
    const result = tally(
      vote({
        meeting: meeting({ collected: 1, date }),
        people: [person("1", { appointedOn })],
        ballots: ballotsFor(1, { "1": { high: 1 } }),
      })
    );
    const problem = onlyProblem(result.problems, "E203");
    expect(problem.params).toEqual({ name: "Người 1", date: "01/13/2023" });
    expect(problem.refs).toEqual([ref("G2", "Danh sách"), ref("C2", "Danh sách")]);
    expect(result.people[0]?.exclusion).toBeNull();
  });

  it("a voting date that does not exist cannot exclude by date", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1, date: { year: 2023, month: 4, day: 31 } }),
        people: [person("1", { appointedOn: { value: { year: 2023, month: 3, day: 1 } } })],
        ballots: ballotsFor(1, {}),
      })
    );
    expect(codesOf(result.problems)).toEqual(["E107"]);
    expect(result.people[0]?.exclusion).toBeNull();
  });

  it("entries on ballots for an excluded person are W201, not counted", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 3, date }),
        people: [person("1", { exclusionReason: { value: "Chờ nghỉ hưu" } }), person("2")],
        ballots: [
          ballot(1, { "1": "low", "2": "high" }),
          ballot(2, { "1": "blank", "2": "high" }),
          ballot(3, { "1": "invalid", "2": "high" }),
        ],
      })
    );
    const problem = onlyProblem(result.problems, "W201");
    expect(problem.params).toEqual({ name: "Người 1", count: 2 });
    expect(problem.refs).toEqual([ref("C2"), ref("C4"), ref("C2", "Danh sách")]);
    expect(result.blocked).toBe(false);
    expect(result.people[0]?.counts).toBeNull();
  });

  it("counts on the hand tally for an excluded person are W201, not counted", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 5, date }),
        people: [person("1", { exclusionReason: { value: "Chờ nghỉ hưu" } }), person("2")],
        handTally: [
          handRow("1", { high: 2, medium: 1 }),
          handRow("2", { high: 5, medium: 0, low: 0 }),
        ],
      })
    );
    const problem = onlyProblem(result.problems, "W201");
    expect(problem.params).toEqual({ name: "Người 1", count: 3 });
    expect(problem.refs[0]).toEqual(ref("A2", "Kiểm phiếu"));
    expect(result.people[0]?.counts).toBeNull();
    expect(result.people[1]?.counts).toEqual({ high: 5, medium: 0, low: 0, invalid: 0 });
  });

  it("an excluded person needs no hand-tally row, and a row of zeros says nothing", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 5, date }),
        people: [
          person("1", { exclusionReason: { value: "Chờ nghỉ hưu" } }),
          person("2"),
          person("3"),
        ],
        handTally: [
          handRow("2", { high: 5, medium: 0, low: 0 }),
          handRow("3", { high: 5, medium: 0, low: 0 }),
        ],
      })
    );
    expect(result.problems).toEqual([]);
    const withZeros = tally(
      vote({
        meeting: meeting({ collected: 5, date }),
        people: [person("1", { exclusionReason: { value: "Chờ nghỉ hưu" } })],
        handTally: [handRow("1", { high: 0, medium: 0, low: 0 })],
      })
    );
    expect(withZeros.problems).toEqual([]);
  });
});

describe("the roster", () => {
  it("an id used twice is E201; the later row gets no counts", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        people: [
          person("1"),
          person("2"),
          { ...person("1"), name: "Người khác", ref: ref("C9", "Danh sách") },
        ],
        ballots: [ballot(1, { "1": "high", "2": "low" })],
      })
    );
    const problem = onlyProblem(result.problems, "E201");
    expect(problem.params).toEqual({ id: "1", name: "Người khác" });
    expect(problem.refs).toEqual([ref("C9", "Danh sách"), ref("C2", "Danh sách")]);
    expect(result.people[0]?.counts?.high).toBe(1);
    expect(result.people[2]?.counts).toBeNull();
    expect(result.people[2]?.band).toBeNull();
  });

  it("an empty roster is E202", () => {
    const result = tally(
      vote({ meeting: meeting({ collected: 1 }), people: [], ballots: ballotsFor(1, {}) })
    );
    expect(codesOf(result.problems)).toEqual(["E202"]);
    expect(result.blocked).toBe(true);
    expect(result.people).toEqual([]);
  });

  it("keeps the roster's order and fields in the result", () => {
    const result = tally(
      vote({
        meeting: meeting({ collected: 1 }),
        people: [person("2", { unit: "Sở Tài chính", group: "Khối UBND" }), ...people(1)],
        ballots: ballotsFor(1, {}),
      })
    );
    expect(result.people.map((p) => p.id)).toEqual(["2", "1"]);
    expect(result.people[0]).toMatchObject({
      name: "Người 2",
      position: "Phó Giám đốc",
      unit: "Sở Tài chính",
      group: "Khối UBND",
    });
    expect(result.people[0]?.ref).toEqual(ref("C3", "Danh sách"));
    expect(result.people[1]).not.toHaveProperty("unit");
    expect(result.people[1]).not.toHaveProperty("group");
  });
});
