// The ballots to print and the blank count sheet, from the workbook's grids: what must pass before
// a vote (the meeting's date and regulation, the roster), who is printed and in which order, how
// many copies, two to a page, and the add-in's own sheets told from a user's.

import { describe, expect, it } from "vitest";
import { checkBallotForms, planBallotForms } from "../../src/workbook/ballot-forms";
import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";
import { checkWorkbook } from "../../src/workbook/run";
import { SAMPLE_DEFAULTS, samplePlan } from "../../src/workbook/sample";
import { templatePlan } from "../../src/workbook/template";
import type { SheetWrite, WritePlan } from "../../src/workbook/plan";
import { planToGrids } from "../helpers/plan-to-grids";

function sampleGrids(people = 15, regulation: "qd96" | "nq96" | "nq96-btn" = "qd96") {
  return planToGrids(samplePlan({ ...SAMPLE_DEFAULTS, people, regulation }));
}

/** The grids with `change` applied to each cell of one sheet. */
function editSheet(
  grids: WorkbookGrids,
  sheet: string,
  change: (value: CellValue, row: number, column: number) => CellValue
): WorkbookGrids {
  return {
    sheets: grids.sheets.map((grid): Grid => {
      if (grid.sheet !== sheet) return grid;
      const values = grid.values.map((line, r) =>
        line.map((value, c) => change(value, grid.top + r, grid.left + c))
      );
      return { ...grid, values };
    }),
  };
}

/** Every text written on a sheet, top to bottom. */
function texts(write: SheetWrite): string[] {
  return write.blocks.flatMap((block) =>
    block.values.flat().filter((value): value is string => typeof value === "string")
  );
}

function sheetOf(plan: WritePlan, name: string): SheetWrite {
  const write = plan.sheets.find((sheet) => sheet.sheet === name);
  expect(write, name).toBeDefined();
  return write!;
}

/** The names on the first ballot, in its order: the rows that start with a number. */
function firstBallotNames(write: SheetWrite, people: number): string[] {
  return write.blocks
    .flatMap((block) => block.values)
    .filter((line) => typeof line[0] === "number")
    .slice(0, people)
    .map((line) => String(line[1]));
}

const presentOf = (grids: WorkbookGrids) => checkWorkbook(grids).meeting!.present;

describe("ballots from the sample", () => {
  const grids = sampleGrids();
  const check = checkBallotForms(grids);
  const voted = checkWorkbook(grids).people.filter((person) => person.exclusion === null);
  const excluded = checkWorkbook(grids).people.filter((person) => person.exclusion !== null);

  it("pass with no problem, as many copies as people present, the excluded left off", () => {
    expect(check.problems).toEqual([]);
    expect(check.blocked).toBe(false);
    expect(check.copies).toBe(presentOf(grids));
    expect(excluded.length).toBeGreaterThan(0);
    expect(check.content!.people.map((person) => person.name)).toEqual(
      voted.map((person) => person.name)
    );
    const plan = planBallotForms(check, "vi");
    const written = plan.sheets.flatMap(texts);
    for (const person of excluded) expect(written).not.toContain(person.name);
  });

  it("print one ballot per copy, two to a page, with a break after each page's second", () => {
    const ballots = sheetOf(planBallotForms(check, "vi"), "Phiếu in");
    const titles = texts(ballots).filter((text) => text === "PHIẾU LẤY PHIẾU TÍN NHIỆM");
    expect(titles).toHaveLength(check.copies!);
    const cuts = texts(ballots).filter((text) => text.includes("cắt theo đường này"));
    expect(cuts).toHaveLength(Math.floor(check.copies! / 2));
    expect(ballots.page!.rowBreaks).toHaveLength(Math.ceil(check.copies! / 2) - 1);
    expect(ballots.page!.orientation).toBe("portrait");
    expect(ballots.page!.centerFooter).toBe("");
    expect(ballots.activate).toBe(true);
  });

  it("carry nothing that tells one ballot from another", () => {
    const ballots = sheetOf(planBallotForms({ ...check, copies: 2 }, "vi"), "Phiếu in");
    const values = (blocks: SheetWrite["blocks"]) => blocks.map((block) => block.values);
    // The second ballot's blocks follow the cut line: same texts, shifted rows.
    const cutIndex = ballots.blocks.findIndex((block) =>
      String(block.values[0]?.[0]).includes("cắt")
    );
    expect(cutIndex).toBeGreaterThan(0);
    const one = ballots.blocks.slice(0, cutIndex);
    const two = ballots.blocks.slice(cutIndex + 1, cutIndex + 1 + one.length);
    expect(values(two)).toEqual(values(one));
  });

  it("follow the order of the ballot sheet's columns", () => {
    // Swap the first two person columns' headers on Phiếu: the ballot swaps the two names.
    const ballotSheet = grids.sheets.find((grid) => grid.sheet === "Phiếu")!;
    const headerRow = ballotSheet.values.findIndex((line) => line.includes("Số phiếu"));
    const header = ballotSheet.values[headerRow]!;
    const firstPerson = header.indexOf("1");
    const [a, b] = [header[firstPerson], header[firstPerson + 1]];
    const swapped = editSheet(grids, "Phiếu", (value, row, column) => {
      if (row !== ballotSheet.top + headerRow) return value;
      if (column === ballotSheet.left + firstPerson) return b!;
      if (column === ballotSheet.left + firstPerson + 1) return a!;
      return value;
    });
    const names = checkBallotForms(swapped).content!.people.map((person) => person.name);
    const original = check.content!.people.map((person) => person.name);
    expect(names.slice(0, 2)).toEqual([original[1], original[0]]);
    expect(names.slice(2)).toEqual(original.slice(2));
    const written = firstBallotNames(
      sheetOf(planBallotForms(checkBallotForms(swapped), "vi"), "Phiếu in"),
      2
    );
    expect(written).toEqual(names.slice(0, 2));
  });

  it("write sheets that a later check and tally do not take for inputs", () => {
    // Without a hand tally sheet, a sheet with the levels as headers would be taken for one.
    const ballotsOnly = { sheets: grids.sheets.filter((grid) => grid.sheet !== "Kiểm phiếu") };
    const plan = planBallotForms(check, "vi");
    const after = { sheets: [...ballotsOnly.sheets, ...planToGrids(plan).sheets] };
    expect(checkWorkbook(after).problems).toEqual(checkWorkbook(ballotsOnly).problems);
    expect(checkBallotForms(after).problems).toEqual([]);
  });
});

describe("what the ballots need", () => {
  it("a blank template: the date, the regulation, the present count and a roster, not the figures known after the vote", () => {
    const check = checkBallotForms(planToGrids(templatePlan({ lang: "vi", people: 5 })));
    expect(check.blocked).toBe(true);
    expect(check.content).toBeNull();
    const codes = check.problems.map((problem) => `${problem.code} ${problem.params.field ?? ""}`);
    expect(codes).toEqual([
      "E007 Ngày lấy phiếu",
      "E007 Quy định áp dụng",
      "E007 Số người có mặt",
      "E022 ",
    ]);
  });

  it("no present count when the copies are given", () => {
    const grids = editSheet(sampleGrids(), "Hội nghị", (value, row, column) =>
      column === 2 && row === presentRow(sampleGrids()) ? null : value
    );
    expect(checkBallotForms(grids).problems.map((problem) => problem.code)).toEqual(["E007"]);
    const given = checkBallotForms(grids, { copies: 3 });
    expect(given.problems).toEqual([]);
    expect(given.copies).toBe(3);
  });

  it("somebody to vote on (E056)", () => {
    const grids = sampleGrids(8);
    const roster = grids.sheets.find((grid) => grid.sheet === "Danh sách")!;
    const headerRow = roster.values.findIndex((line) => line.includes("Không lấy phiếu"));
    const column = roster.values[headerRow]!.indexOf("Không lấy phiếu");
    const everyone = editSheet(grids, "Danh sách", (value, row, col) =>
      row > roster.top + headerRow &&
      col === roster.left + column &&
      roster.values[row - roster.top]![1]
        ? "Nghỉ hưu"
        : value
    );
    const check = checkBallotForms(everyone);
    expect(check.problems.map((problem) => problem.code)).toEqual(["E056"]);
    expect(check.blocked).toBe(true);
  });

  it("a number of copies one sheet holds (E057)", () => {
    const grids = editSheet(sampleGrids(), "Hội nghị", (value, row, column) =>
      column === 2 && row === presentRow(sampleGrids()) ? 0 : value
    );
    const problems = checkBallotForms(grids).problems.filter((problem) => problem.code === "E057");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.refs[0]).toEqual({
      sheet: "Hội nghị",
      cell: `B${presentRow(sampleGrids())}`,
    });
    expect(checkBallotForms(sampleGrids(), { copies: 1001 }).problems[0]!.code).toBe("E057");
  });

  it("a user's sheet named like the ballots is never replaced (E058)", () => {
    const grids = sampleGrids();
    const user: Grid = {
      sheet: "Phiếu in",
      top: 1,
      left: 1,
      values: [["Phiếu của tôi"]],
      numberFormats: [],
      merges: [],
      tables: [],
    };
    const check = checkBallotForms({ sheets: [...grids.sheets, user] });
    expect(check.problems.map((problem) => problem.code)).toEqual(["E058"]);
    expect(check.blocked).toBe(true);
  });
});

describe("groups", () => {
  /** The sample with a Khối column: the first half of the roster in one group, the rest in
   * another. */
  function withGroups(grids: WorkbookGrids): WorkbookGrids {
    const roster = grids.sheets.find((grid) => grid.sheet === "Danh sách")!;
    const header = roster.values.findIndex((line) => line.includes("Họ và tên"));
    const people = roster.values.length - header - 1;
    return {
      sheets: grids.sheets.map((grid) =>
        grid !== roster
          ? grid
          : {
              ...grid,
              values: grid.values.map((line, i) => [
                ...line,
                i === header
                  ? "Khối"
                  : i < header
                    ? null
                    : i - header <= people / 2
                      ? "Khối Đảng"
                      : "Khối chính quyền",
              ]),
              numberFormats: [],
            }
      ),
    };
  }

  it("print each group's subheading above its people, numbered on through the groups", () => {
    const check = checkBallotForms(withGroups(sampleGrids()), { copies: 1 });
    expect(check.problems).toEqual([]);
    const plan = planBallotForms(check, "vi");
    for (const name of ["Phiếu in", "Phiếu kiểm"]) {
      const written = texts(sheetOf(plan, name));
      const party = written.indexOf("Khối Đảng");
      const government = written.indexOf("Khối chính quyền");
      expect(party, name).toBeGreaterThan(0);
      expect(government, name).toBeGreaterThan(party);
      expect(written.indexOf(check.content!.people[0]!.name), name).toBeGreaterThan(party);
      expect(written.indexOf(check.content!.people.at(-1)!.name), name).toBeGreaterThan(government);
    }
    const numbers = sheetOf(plan, "Phiếu in").blocks.flatMap((block) =>
      block.values.map((line) => line[0]).filter((value) => typeof value === "number")
    );
    expect(numbers).toEqual(check.content!.people.map((_, i) => i + 1));
  });

  it("print no subheading for a roster without groups", () => {
    const plan = planBallotForms(checkBallotForms(sampleGrids(), { copies: 1 }), "vi");
    expect(plan.sheets.flatMap(texts)).not.toContain("Không thuộc khối nào");
  });
});

describe("pages", () => {
  it.each([
    [8, 2],
    [15, 2],
    [40, 1],
  ])("%i people print %i ballot(s) to a page", (people, perPage) => {
    const check = checkBallotForms(sampleGrids(people), { copies: 4 });
    const ballots = sheetOf(planBallotForms(check, "vi"), "Phiếu in");
    expect(ballots.page!.rowBreaks).toHaveLength(4 / perPage - 1);
  });

  it("the no-confidence vote prints its own title and two boxes", () => {
    const check = checkBallotForms(sampleGrids(15, "nq96-btn"), { copies: 1 });
    const ballots = sheetOf(planBallotForms(check, "vi"), "Phiếu in");
    expect(texts(ballots)).toContain("PHIẾU BỎ PHIẾU TÍN NHIỆM");
    expect(texts(ballots)).toEqual(expect.arrayContaining(["Tín nhiệm", "Không tín nhiệm"]));
    expect(texts(ballots)).not.toContain("Tín nhiệm cao");
  });
});

function presentRow(grids: WorkbookGrids): number {
  const meeting = grids.sheets.find((grid) => grid.sheet === "Hội nghị")!;
  return meeting.top + meeting.values.findIndex((line) => line[0] === "Số người có mặt");
}
