import { describe, expect, it } from "vitest";
import { meetingPlace } from "../../src/workbook/consolidate/place";
import type { MeetingDetails } from "../../src/workbook/placement";

const details = (more: Partial<MeetingDetails>): MeetingDetails => ({
  countingMembers: [],
  countingMemberPosts: [],
  consequencePerPerson: false,
  ...more,
});

describe("the kind of place a meeting votes at", () => {
  it("is the one the workbook states, whatever the regulation or the name", () => {
    const stated = details({
      place: "Ban Chấp hành Đảng bộ tỉnh",
      placeKind: { value: "workplace", ref: { sheet: "Hội nghị", cell: "B13" } },
    });
    expect(meetingPlace(stated, "qd96", "a.xlsx")).toEqual({
      name: "Ban Chấp hành Đảng bộ tỉnh",
      kind: "workplace",
      source: "stated",
    });
  });

  it("is the People's Council under NQ 96, either vote, when left blank", () => {
    for (const regulation of ["nq96", "nq96-btn"] as const) {
      expect(meetingPlace(details({ place: "Sở Tài chính" }), regulation, "a.xlsx")).toMatchObject({
        kind: "peoples-council",
        source: "regulation",
      });
    }
  });

  it("is read from the place's name under QĐ 96, which votes at every kind of place", () => {
    const kindOf = (place: string) => meetingPlace(details({ place }), "qd96", "a.xlsx");
    expect(kindOf("Ban Chấp hành Đảng bộ huyện Vân Phong")).toMatchObject({
      kind: "party-committee",
      source: "name",
    });
    expect(kindOf("HĐND huyện Vân Phong").kind).toBe("peoples-council");
    expect(kindOf("Sở Tài chính").kind).toBe("workplace");
  });

  it("is named by the organization, then the meeting, then the file, without a place", () => {
    expect(meetingPlace(details({ organization: "Huyện ủy" }), "qd96", "a.xlsx").name).toBe(
      "Huyện ủy"
    );
    expect(meetingPlace(details({ meetingName: "Hội nghị X" }), "qd96", "a.xlsx").name).toBe(
      "Hội nghị X"
    );
    expect(meetingPlace(details({}), "qd96", "a.xlsx").name).toBe("a.xlsx");
  });
});
