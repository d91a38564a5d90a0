import { describe, expect, it } from "vitest";
import { REGULATION_IDS, type RegulationId } from "../../src/rules/types";
import { parseRange } from "../../src/workbook/layout/a1";
import type { ListValidation, WritePlan } from "../../src/workbook/plan";
import {
  TEMPLATE_BALLOT_ROWS,
  TEMPLATE_DEFAULT_PEOPLE,
  TEMPLATE_MAX_PEOPLE,
  templatePlan,
} from "../../src/workbook/template";
import {
  BALLOT_HEADERS,
  ENTRY_CODES,
  EXTRA_NAME_POLICIES,
  HAND_TALLY_HEADERS,
  MEETING_LABELS,
  REGULATION_TEXTS,
  ROSTER_HEADERS,
  SHEETS,
} from "../../src/workbook/vocabulary";
import { expectTextAndFonts, gridOf, tableOf } from "./plan-checks";

const sheetOf = (plan: WritePlan, name: string) =>
  plan.sheets.find((sheet) => sheet.sheet === name)!;

/** Excel refuses a validation message over 225 characters and an inline list over 255. */
const MAX_MESSAGE = 225;
const MAX_INLINE_LIST = 255;

function cellsOf(validations: readonly ListValidation[]): Map<string, ListValidation> {
  const cells = new Map<string, ListValidation>();
  for (const validation of validations) {
    const box = parseRange(validation.range)!;
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++)
        cells.set(`${row},${column}`, validation);
    }
  }
  return cells;
}

describe("templatePlan", () => {
  it("writes the four standard sheets, in order, as the add-in's own, Hội nghị active", () => {
    const plan = templatePlan({ lang: "vi" });
    expect(plan.sheets.map((sheet) => sheet.sheet)).toEqual([
      SHEETS.meeting.vi,
      SHEETS.roster.vi,
      SHEETS.ballots.vi,
      SHEETS.handTally.vi,
    ]);
    expect(plan.sheets.every((sheet) => sheet.kind === "own" && sheet.clear.length === 0)).toBe(
      true
    );
    expect(plan.sheets.filter((sheet) => sheet.activate).map((sheet) => sheet.sheet)).toEqual([
      SHEETS.meeting.vi,
    ]);
  });

  it.each(["vi", "en"] as const)("keeps every string as text and names every font (%s)", (lang) => {
    for (const regulation of [undefined, ...REGULATION_IDS]) {
      expectTextAndFonts(templatePlan({ lang, people: 7, ...(regulation && { regulation }) }));
    }
  });

  it("lists every meeting label in column A with an empty value, the regulation filled when given", () => {
    for (const regulation of [undefined, "nq96"] as const) {
      const grid = gridOf(
        templatePlan({ lang: "vi", ...(regulation && { regulation }) }),
        SHEETS.meeting.vi
      );
      const labelled = grid.values.filter((row) =>
        Object.values(MEETING_LABELS).some((label) => label.vi === row[0])
      );
      expect(labelled.map((row) => row[0])).toEqual(
        Object.values(MEETING_LABELS).map((label) => label.vi)
      );
      const values = labelled.map((row) => row[1] ?? null);
      const regulationAt = Object.keys(MEETING_LABELS).indexOf("regulation");
      const extraNamesAt = Object.keys(MEETING_LABELS).indexOf("extraNames");
      const consequenceAt = Object.keys(MEETING_LABELS).indexOf("consequencePerPerson");
      expect(values[regulationAt]).toBe(regulation ? REGULATION_TEXTS[regulation] : null);
      // The settings are stated from the start: their defaults, seen and kept in the file.
      expect(values[extraNamesAt]).toBe(EXTRA_NAME_POLICIES["ignore-name"].vi);
      expect(values[consequenceAt]).toBe("Không");
      const stated = [regulationAt, extraNamesAt, consequenceAt];
      expect(
        values.filter((_value, index) => !stated.includes(index)).every((value) => value === null)
      ).toBe(true);
    }
  });

  it("offers the regulation texts, the extra-names rules, yes / no to the consequence setting and the place kinds in drop-downs", () => {
    const plan = templatePlan({ lang: "vi" });
    const meeting = sheetOf(plan, SHEETS.meeting.vi);
    const grid = gridOf(plan, SHEETS.meeting.vi);
    const rowOf = (label: string) =>
      grid.values.findIndex((values) => values[0] === label) + grid.top;
    expect(meeting.validations).toEqual([
      expect.objectContaining({
        range: `B${rowOf(MEETING_LABELS.regulation.vi)}`,
        list: Object.values(REGULATION_TEXTS),
      }),
      expect.objectContaining({
        range: `B${rowOf(MEETING_LABELS.extraNames.vi)}`,
        list: ["Bỏ qua tên ghi thêm", "Cả phiếu không hợp lệ"],
      }),
      expect.objectContaining({
        range: `B${rowOf(MEETING_LABELS.consequencePerPerson.vi)}`,
        list: ["Có", "Không"],
      }),
      expect.objectContaining({
        range: `B${rowOf(MEETING_LABELS.placeKind.vi)}`,
        list: ["Cấp ủy đảng", "Hội đồng nhân dân", "Nơi công tác"],
      }),
    ]);
  });

  it("numbers the roster, the ballot columns and the hand tally with the same STT", () => {
    const people = 12;
    const plan = templatePlan({ lang: "vi", people });
    const roster = tableOf(plan, SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
    expect(roster.headers).toEqual(
      ["order", "name", "position", "unit", "appointedOn", "exclusion"].map(
        (key) => ROSTER_HEADERS[key as keyof typeof ROSTER_HEADERS].vi
      )
    );
    const orders = roster.rows.map((row) => row[0]);
    expect(orders).toEqual(Array.from({ length: people }, (_, index) => index + 1));
    expect(roster.rows.every((row) => row.slice(1).every((value) => value === null))).toBe(true);

    const ballots = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
    expect(ballots.headers).toEqual([
      BALLOT_HEADERS.number.vi,
      BALLOT_HEADERS.invalid.vi,
      ...orders.map(String),
      BALLOT_HEADERS.extraNames.vi,
    ]);
    expect(ballots.rows).toEqual([]);

    // The hand tally is prepared for as many people, but left empty: it is optional.
    const tally = tableOf(plan, SHEETS.handTally.vi, ROSTER_HEADERS.order.vi);
    expect(tally.rows).toEqual([]);
    const body = sheetOf(plan, SHEETS.handTally.vi).blocks.find(
      (block) => block.at === `A${tally.headerRow + 1}`
    );
    expect(body?.values).toHaveLength(people);
  });

  it.each([
    ["qd96", ["high", "medium", "low"]],
    ["nq96", ["high", "medium", "low"]],
    ["nq96-btn", ["confidence", "noConfidence"]],
  ] as const)("gives the hand tally the count columns of %s", (regulation, levels) => {
    const tally = tableOf(
      templatePlan({ lang: "vi", regulation }),
      SHEETS.handTally.vi,
      ROSTER_HEADERS.order.vi
    );
    expect(tally.headers).toEqual([
      ROSTER_HEADERS.order.vi,
      ROSTER_HEADERS.name.vi,
      ...levels.map((level) => HAND_TALLY_HEADERS[level].vi),
      HAND_TALLY_HEADERS.invalid.vi,
    ]);
  });

  it.each([undefined, ...REGULATION_IDS])(
    "puts a drop-down of the accepted codes on every ballot cell (%s)",
    (regulation?: RegulationId) => {
      const people = 9;
      const plan = templatePlan({ lang: "vi", people, ...(regulation && { regulation }) });
      const { headerRow } = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
      const cells = cellsOf(sheetOf(plan, SHEETS.ballots.vi).validations);
      const scheme = ENTRY_CODES[regulation === "nq96-btn" ? "twoLevel" : "threeLevel"];
      const accepted = scheme.flatMap((entry) => entry.codes);
      const expected = [...accepted].sort().join(",");
      const wrong: string[] = [];
      for (let row = headerRow + 1; row <= headerRow + TEMPLATE_BALLOT_ROWS; row++) {
        for (let column = 3; column <= 2 + people; column++) {
          const list = cells.get(`${row},${column}`)?.list;
          if ([...(list ?? [])].sort().join(",") !== expected) wrong.push(`${row},${column}`);
        }
        if (cells.get(`${row},2`)?.list.join() !== "x") wrong.push(`${row},2`);
      }
      expect(wrong).toEqual([]);
      expect(cells.has(`${headerRow},3`)).toBe(false);
      expect(cells.has(`${headerRow + 1},${3 + people}`)).toBe(false);
      // The first code of each mark comes first: those are the ones the template offers.
      const first = cells.get(`${headerRow + 1},3`)!;
      expect(first.list.slice(0, scheme.length)).toEqual(scheme.map((entry) => entry.codes[0]));
    }
  );

  it.each(["vi", "en"] as const)(
    "keeps validation lists and messages within Excel's limits (%s)",
    (lang) => {
      for (const regulation of REGULATION_IDS) {
        for (const sheet of templatePlan({ lang, regulation }).sheets) {
          for (const validation of sheet.validations) {
            expect(validation.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
            expect(validation.message.trim()).not.toBe("");
            // An input message guides the typing before any refusal.
            expect(validation.prompt).toBe(validation.message);
            expect(validation.list.join(",").length).toBeLessThanOrEqual(MAX_INLINE_LIST);
            expect(validation.list.some((item) => item.includes(","))).toBe(false);
          }
        }
      }
    }
  );

  it("writes instructions above each table: Vietnamese then English, or English only", () => {
    const notes = (lang: "vi" | "en") => {
      const grid = gridOf(templatePlan({ lang }), SHEETS.roster.vi);
      const header = grid.values.findIndex((row) => row[0] === ROSTER_HEADERS.order.vi);
      return grid.values
        .slice(0, header)
        .map((row) => row[0])
        .filter((text) => text !== null);
    };
    const vi = notes("vi");
    const en = notes("en");
    expect(vi[0]).toBe("DANH SÁCH NGƯỜI ĐƯỢC LẤY PHIẾU TÍN NHIỆM");
    expect(en[0]).toBe("THE PEOPLE VOTED ON");
    // Vietnamese mode: the English notes follow the Vietnamese ones, the same notes as English mode.
    expect(vi.slice(-(en.length - 1))).toEqual(en.slice(1));
    expect(vi.length).toBe(2 * en.length - 1);
    // A blank row separates the notes from the header (layout's caption row on Danh sách).
    const grid = gridOf(templatePlan({ lang: "en" }), SHEETS.roster.vi);
    const header = grid.values.findIndex((row) => row[0] === ROSTER_HEADERS.order.vi);
    expect(grid.values[header - 1]!.every((value) => value === null)).toBe(true);
  });

  it("keeps the canonical Vietnamese sheet names and headers in English", () => {
    const vi = templatePlan({ lang: "vi" });
    const en = templatePlan({ lang: "en" });
    expect(en.sheets.map((sheet) => sheet.sheet)).toEqual(vi.sheets.map((sheet) => sheet.sheet));
    for (const [sheet, first] of [
      [SHEETS.roster.vi, ROSTER_HEADERS.order.vi],
      [SHEETS.ballots.vi, BALLOT_HEADERS.number.vi],
      [SHEETS.handTally.vi, ROSTER_HEADERS.order.vi],
    ] as const) {
      expect(tableOf(en, sheet, first).headers).toEqual(tableOf(vi, sheet, first).headers);
    }
  });

  it("prepares the ballot rows and sets a width for every column of each table", () => {
    const people = 5;
    const plan = templatePlan({ lang: "vi", people });
    const widths = (name: string) => sheetOf(plan, name).columnWidths.map((width) => width.column);
    expect(widths(SHEETS.roster.vi)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(widths(SHEETS.ballots.vi)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(widths(SHEETS.handTally.vi)).toEqual([1, 2, 3, 4, 5, 6]);
    const ballots = sheetOf(plan, SHEETS.ballots.vi);
    const { headerRow } = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
    const body = ballots.blocks.find((block) => block.at === `A${headerRow + 1}`)!;
    expect(body.values).toHaveLength(TEMPLATE_BALLOT_ROWS);
    // Codes typed into the prepared rows stay text ("1", not the number 1).
    expect(body.numberFormats.every((row) => row.slice(1).every((format) => format === "@"))).toBe(
      true
    );
  });

  it("defaults to TEMPLATE_DEFAULT_PEOPLE people", () => {
    const roster = tableOf(templatePlan({ lang: "vi" }), SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
    expect(roster.rows).toHaveLength(TEMPLATE_DEFAULT_PEOPLE);
  });

  it("accepts up to TEMPLATE_MAX_PEOPLE people", () => {
    const plan = templatePlan({ lang: "vi", people: TEMPLATE_MAX_PEOPLE });
    const ballots = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
    expect(ballots.headers.at(-2)).toBe(String(TEMPLATE_MAX_PEOPLE));
  });

  it.each([0, 1.5, TEMPLATE_MAX_PEOPLE + 1, Number.NaN])(
    "refuses %s people with a RangeError",
    (people) => {
      expect(() => templatePlan({ lang: "vi", people })).toThrow(RangeError);
    }
  );
});
