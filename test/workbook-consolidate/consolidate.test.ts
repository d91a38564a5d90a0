import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/workbook/consolidate/consolidate";
import { CONSOLIDATION_PROBLEMS } from "../../src/workbook/consolidate/problems";
import { skippedInput } from "../../src/workbook/consolidate/summary";
import { sampleWorkbook } from "../../src/workbook/sample";
import { standardWorkbookPlan } from "../../src/workbook/template";
import { sampleConsolidation, sampleInputs, summaryOf } from "./meetings";

const HDND = "Hội đồng nhân dân huyện Vân Phong";
const UBND = "Ủy ban nhân dân huyện Vân Phong";
const BCH = "Ban Chấp hành Đảng bộ huyện Vân Phong";

describe("consolidating the sample and its two meetings", () => {
  const consolidation = sampleConsolidation();

  it("counts all three and stands without an error", () => {
    expect(consolidation.meetings.map((m) => m.file)).toEqual([
      "hoi-nghi-mau.xlsx",
      "hdnd-huyen-van-phong.xlsx",
      "ubnd-huyen-van-phong.xlsx",
    ]);
    expect(consolidation.blocked).toBe(false);
  });

  it("joins three people by Mã, their places in priority order, each result on its own", () => {
    const byId = consolidation.severalPlaces.filter(({ joinedBy }) => joinedBy === "id");
    expect(byId.map(({ person }) => [person.id, person.name])).toEqual([
      ["VP-001", "Phạm Minh Châu"],
      ["VP-002", "Hoàng Thị Lan"],
      ["VP-003", "Bùi Văn Thành"],
    ]);
    for (const { person } of byId) {
      expect(person.places.map((place) => [place.place, place.kind])).toEqual([
        [HDND, "peoples-council"],
        [UBND, "workplace"],
      ]);
      // Never added together: each place keeps the counts of its own ballots collected.
      const [council, workplace] = person.places;
      expect(Object.values(council!.person.counts!).reduce((a, b) => a + b, 0)).toBe(36);
      expect(Object.values(workplace!.person.counts!).reduce((a, b) => a + b, 0)).toBe(30);
    }
  });

  it("flags the person who falls over half at one place only", () => {
    const thanh = consolidation.severalPlaces.find(({ person }) => person.id === "VP-003");
    expect(thanh?.person.places.map((place) => place.person.band)).toEqual(["none", "over-half"]);
    expect(thanh?.person.flagged).toBe(true);
    expect(thanh?.person.worstBand).toBe("over-half");
    const others = consolidation.severalPlaces.filter(({ person }) => person.id !== "VP-003");
    expect(others.every(({ person }) => !person.flagged)).toBe(true);
  });

  it("joins the Council's chair to the Executive Committee by name only, and says so (W065)", () => {
    const hai = consolidation.severalPlaces.find(({ person }) => person.name === "Dương Minh Hải");
    expect(hai?.joinedBy).toBe("name");
    expect(hai?.person.places.map((place) => place.place)).toEqual([BCH, HDND]);
    const w065 = consolidation.problems.filter((problem) => problem.code === "W065");
    expect(w065.map((problem) => problem.params.name)).toEqual(["Dương Minh Hải"]);
  });

  it("says where a place kind read from the name orders somebody's places (W069)", () => {
    const w069 = consolidation.problems.filter((problem) => problem.code === "W069");
    expect(w069.map((problem) => problem.params)).toEqual([
      { place: BCH, kindVi: "Cấp ủy đảng", kindEn: "Party committee", count: 1 },
    ]);
  });

  it("lists everyone in a band, two thirds first, then the higher share of low", () => {
    const rows = consolidation.review.map((row) => [
      row.band,
      row.person.name,
      row.person.percent?.low,
    ]);
    expect(rows.map(([band]) => band)).toEqual([
      "two-thirds",
      "two-thirds",
      "two-thirds",
      "over-half",
      "over-half",
      "over-half",
    ]);
    const lows = rows.map(([, , low]) => low as number);
    expect(lows.slice(3)).toEqual([...lows.slice(3)].sort((a, b) => b - a));
    expect(rows).toContainEqual(["over-half", "Bùi Văn Thành", 56.67]);
  });

  it("ranks each QĐ 96 meeting only", () => {
    const ranked = consolidation.meetings.map((m) => m.meeting.ranking !== null);
    expect(ranked).toEqual([true, false, true]);
  });
});

describe("a person at three places", () => {
  const consolidation = sampleConsolidation({ threePlaces: true });

  it("is an error (E204) naming all three places and the two the priority keeps", () => {
    const e204 = consolidation.problems.find((problem) => problem.code === "E204");
    expect(e204?.params).toEqual({
      name: "Trần Thị Trang",
      count: 3,
      places: `${BCH}; ${HDND}; ${UBND}`,
      kept: `${BCH}; ${HDND}`,
    });
    expect(consolidation.blocked).toBe(true);
  });
});

describe("inputs that cannot be counted", () => {
  const [sample, council, workplace] = sampleInputs();

  it("are listed with their problems (W066, W067) and the rest are consolidated", () => {
    const unreadable = skippedInput("broken.xlsx", "unreadable", [
      {
        code: "F001",
        severity: "error",
        sheet: null,
        cell: null,
        message: { vi: "không phải .xlsx", en: "not an .xlsx" },
        action: null,
      },
    ]);
    const base = sampleWorkbook({ seed: 9 });
    const noCollected = { ...base, meeting: { ...base.meeting, collected: undefined } };
    const blocked = summaryOf("blocked.xlsx", standardWorkbookPlan(noCollected));
    expect(blocked.status).toBe("blocked");
    expect(blocked.problems.map((problem) => problem.code)).toContain("E007");
    const consolidation = consolidate([sample!, unreadable, blocked, council!, workplace!]);
    expect(consolidation.meetings).toHaveLength(3);
    expect(consolidation.blocked).toBe(false);
    expect(consolidation.problems.slice(0, 2).map((p) => [p.code, p.params])).toEqual([
      ["W066", { file: "broken.xlsx", code: "F001" }],
      ["W067", { file: "blocked.xlsx", count: 1 }],
    ]);
  });

  it("leave nothing to consolidate when none is counted (E061)", () => {
    const consolidation = consolidate([skippedInput("a.xlsx", "consolidation", [])]);
    expect(consolidation.problems.map((p) => p.code)).toEqual(["W068", "E061"]);
    expect(consolidation.blocked).toBe(true);
  });

  it("count the same vote given twice once, from the first file, with W062 naming both", () => {
    const alone = consolidate([sample!]);
    const consolidation = consolidate([sample!, { ...sample!, file: "copy.xlsx" }]);
    const w062 = consolidation.problems.find((problem) => problem.code === "W062");
    expect(w062?.params).toEqual({
      file: "copy.xlsx",
      other: "hoi-nghi-mau.xlsx",
      fingerprint: sample!.fingerprint,
    });
    expect(consolidation.inputs.map((input) => input.status)).toEqual(["counted", "duplicate"]);
    expect(consolidation.meetings.map((meeting) => meeting.file)).toEqual(["hoi-nghi-mau.xlsx"]);
    expect(consolidation.review).toEqual(alone.review);
    expect(consolidation.problems.filter((problem) => problem.code !== "W062")).toEqual(
      alone.problems
    );
    expect(consolidation.blocked).toBe(false);
  });
});

describe("the consolidation's catalogue", () => {
  it("uses only the codes E061–E064 and W062–W069, each with the severity its letter says", () => {
    for (const [code, spec] of Object.entries(CONSOLIDATION_PROBLEMS)) {
      expect(code).toMatch(/^(E06[1-4]|W06[2-9])$/);
      expect(spec.severity).toBe(code.startsWith("E") ? "error" : "warning");
    }
  });
});
