import { describe, expect, it } from "vitest";
import {
  checkPlaces,
  placeKindOf,
  tally,
  type PersonInput,
  type PlaceKind,
  type PlaceMeeting,
  type RegulationId,
} from "../../src/rules";
import { ballotsFor, codesOf, meeting, onlyProblem, person } from "./build";

/** A meeting at `place` where each person gets `low` of 10 ballots as tín nhiệm thấp. */
function placeMeeting(
  place: string,
  voted: readonly { readonly person: PersonInput; readonly low: number }[],
  options: { rank?: number; sharedIds?: boolean; kind?: PlaceKind; regulation?: RegulationId } = {}
): PlaceMeeting {
  const result = tally({
    meeting: meeting({ regulation: options.regulation ?? "qd96", collected: 10 }),
    people: voted.map((entry) => entry.person),
    ballots: ballotsFor(
      10,
      Object.fromEntries(voted.map(({ person: p, low }) => [p.id, { low, high: 10 - low }]))
    ),
  });
  return {
    place,
    kind: options.kind ?? placeKindOf(place),
    ...(options.rank === undefined ? {} : { rank: options.rank }),
    sharedIds: options.sharedIds ?? true,
    result,
  };
}

const an = (id: string, name: string) => person(id, { name });

describe("placeKindOf", () => {
  it("recognises Party committees", () => {
    expect(placeKindOf("Ban Chấp hành Đảng bộ tỉnh")).toBe("party-committee");
    expect(placeKindOf("Ban Thường vụ Tỉnh ủy")).toBe("party-committee");
    expect(placeKindOf("Đảng ủy phường 9")).toBe("party-committee");
    expect(placeKindOf("BAN CHAP HANH dang bo huyen")).toBe("party-committee");
  });

  it("recognises People's Councils", () => {
    expect(placeKindOf("Hội đồng nhân dân tỉnh")).toBe("peoples-council");
    expect(placeKindOf("HĐND huyện Thanh Hà")).toBe("peoples-council");
    expect(placeKindOf("hdnd xa")).toBe("peoples-council");
  });

  it("calls anything else a workplace", () => {
    expect(placeKindOf("Sở Tài chính")).toBe("workplace");
    expect(placeKindOf("Ban Tổ chức Tỉnh ủy")).toBe("workplace");
    expect(placeKindOf("")).toBe("workplace");
  });
});

describe("checkPlaces", () => {
  const a = an("CB01", "Nguyễn Văn A");
  const b = an("CB02", "Trần Thị B");

  it("shows two places side by side, never added together, and flags a band", () => {
    const result = checkPlaces([
      placeMeeting(
        "Ban Chấp hành Đảng bộ tỉnh",
        [
          { person: a, low: 6 },
          { person: b, low: 1 },
        ],
        { rank: 3 }
      ),
      placeMeeting("Hội đồng nhân dân tỉnh", [{ person: a, low: 2 }], {
        rank: 3,
        regulation: "nq96",
      }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.blocked).toBe(false);
    const [first, second] = result.people;
    expect(first?.id).toBe("CB01");
    expect(
      first?.places.map((place) => [
        place.place,
        place.kind,
        place.regulation,
        place.person.counts?.low,
      ])
    ).toEqual([
      ["Ban Chấp hành Đảng bộ tỉnh", "party-committee", "qd96", 6],
      ["Hội đồng nhân dân tỉnh", "peoples-council", "nq96", 2],
    ]);
    expect(first?.places.every((place) => place.kept)).toBe(true);
    expect(first?.worstBand).toBe("over-half");
    expect(first?.flagged).toBe(true);
    expect(second?.name).toBe("Trần Thị B");
    expect(second?.worstBand).toBe("none");
    expect(second?.flagged).toBe(false);
  });

  it("more than two places is E204, keeping the highest committee and the council", () => {
    const result = checkPlaces([
      placeMeeting("Sở Tài chính", [{ person: a, low: 0 }]),
      placeMeeting("Ban Chấp hành Đảng bộ huyện", [{ person: a, low: 0 }], { rank: 2 }),
      placeMeeting("HĐND tỉnh", [{ person: a, low: 0 }], { rank: 3 }),
      placeMeeting("Ban Chấp hành Đảng bộ tỉnh", [{ person: a, low: 0 }], { rank: 3 }),
    ]);
    const problem = onlyProblem(result.problems, "E204");
    expect(problem.params).toEqual({
      name: "Nguyễn Văn A",
      count: 4,
      places: "Ban Chấp hành Đảng bộ tỉnh; Ban Chấp hành Đảng bộ huyện; HĐND tỉnh; Sở Tài chính",
      kept: "Ban Chấp hành Đảng bộ tỉnh; HĐND tỉnh",
    });
    expect(problem.refs).toHaveLength(4);
    expect(result.blocked).toBe(true);
    expect(result.people[0]?.places.map((place) => place.kept)).toEqual([true, false, true, false]);
  });

  it("a Standing Committee member is kept in the Executive Committee and the Council", () => {
    const result = checkPlaces([
      placeMeeting("Ban Thường vụ Tỉnh ủy", [{ person: a, low: 0 }], { rank: 3 }),
      placeMeeting("Ban Tuyên giáo Tỉnh ủy", [{ person: a, low: 0 }]),
      placeMeeting("Ban Chấp hành Đảng bộ tỉnh", [{ person: a, low: 0 }], { rank: 3 }),
      placeMeeting("Hội đồng nhân dân tỉnh", [{ person: a, low: 0 }], { rank: 3 }),
    ]);
    expect(onlyProblem(result.problems, "E204").params.kept).toBe(
      "Ban Chấp hành Đảng bộ tỉnh; Hội đồng nhân dân tỉnh"
    );
  });

  it("without a council, the workplace comes before a lower Party committee", () => {
    const result = checkPlaces([
      placeMeeting("Đảng ủy xã", [{ person: a, low: 0 }], { rank: 1 }),
      placeMeeting("Ban Chấp hành Đảng bộ huyện", [{ person: a, low: 0 }], { rank: 2 }),
      placeMeeting("UBND huyện", [{ person: a, low: 0 }]),
    ]);
    expect(onlyProblem(result.problems, "E204").params.kept).toBe(
      "Ban Chấp hành Đảng bộ huyện; UBND huyện"
    );
  });

  it("two Party committees only are within the limit", () => {
    const result = checkPlaces([
      placeMeeting("Đảng ủy xã", [{ person: a, low: 0 }], { rank: 1 }),
      placeMeeting("Ban Chấp hành Đảng bộ huyện", [{ person: a, low: 0 }], { rank: 2 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.people[0]?.places.map((place) => place.place)).toEqual([
      "Ban Chấp hành Đảng bộ huyện",
      "Đảng ủy xã",
    ]);
  });

  it("the same person twice at the same place is E205", () => {
    const result = checkPlaces([
      placeMeeting("Sở Tài chính", [{ person: a, low: 0 }]),
      placeMeeting("SỞ TÀI CHÍNH ", [{ person: a, low: 0 }]),
    ]);
    const problem = onlyProblem(result.problems, "E205");
    expect(problem.params).toEqual({ name: "Nguyễn Văn A", place: "SỞ TÀI CHÍNH " });
    expect(result.people[0]?.places).toHaveLength(1);
  });

  it("matches by id where meetings share ids: a namesake with another id is someone else", () => {
    const namesake = an("CB99", "Nguyễn Văn A");
    const result = checkPlaces([
      placeMeeting("Sở Tài chính", [{ person: a, low: 0 }]),
      placeMeeting("Sở Xây dựng", [{ person: namesake, low: 0 }]),
    ]);
    expect(result.people.map((p) => [p.id, p.places.length])).toEqual([
      ["CB01", 1],
      ["CB99", 1],
    ]);
  });

  it("matches by normalized name where a meeting has only order numbers", () => {
    const byOrder = person("1", { name: "nguyễn  văn a" });
    const result = checkPlaces([
      placeMeeting("Ban Chấp hành Đảng bộ tỉnh", [{ person: a, low: 0 }], { rank: 3 }),
      placeMeeting("Sở Tài chính", [{ person: byOrder, low: 7 }], { sharedIds: false }),
      placeMeeting("Sở Xây dựng", [{ person: person("1", { name: "Lê C" }), low: 0 }], {
        sharedIds: false,
      }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.people).toHaveLength(2);
    expect(result.people[0]?.places.map((place) => place.place)).toEqual([
      "Ban Chấp hành Đảng bộ tỉnh",
      "Sở Tài chính",
    ]);
    expect(result.people[0]?.worstBand).toBe("two-thirds");
    expect(result.people[1]).toMatchObject({ id: null, name: "Lê C" });
  });

  it("a name shared by several ids cannot be matched: W202, kept apart", () => {
    const namesake = an("CB99", "Nguyễn Văn A");
    const byOrder = person("3", { name: "Nguyễn Văn A" });
    const result = checkPlaces([
      placeMeeting("Sở Tài chính", [
        { person: a, low: 0 },
        { person: namesake, low: 0 },
      ]),
      placeMeeting("HĐND tỉnh", [{ person: byOrder, low: 0 }], { sharedIds: false }),
    ]);
    const problem = onlyProblem(result.problems, "W202");
    expect(problem.params).toEqual({ name: "Nguyễn Văn A", place: "HĐND tỉnh" });
    expect(result.blocked).toBe(false);
    expect(result.people).toHaveLength(3);
  });

  it("a place where the person is not voted on does not count", () => {
    const retired = person("CB01", {
      name: "Nguyễn Văn A",
      exclusionReason: { value: "Chờ nghỉ hưu" },
    });
    const result = checkPlaces([
      placeMeeting("Ban Chấp hành Đảng bộ tỉnh", [{ person: a, low: 0 }]),
      placeMeeting("HĐND tỉnh", [{ person: a, low: 0 }]),
      placeMeeting("Sở Tài chính", [{ person: retired, low: 0 }]),
    ]);
    expect(codesOf(result.problems)).toEqual([]);
    expect(result.people[0]?.places).toHaveLength(2);
  });
});
