// The package writer on a small hand-made package, where every detail can be looked at: sheet-
// scoped names follow their sheets when the result sheet is removed from the middle and added at
// the end, a calculation chain naming a rewritten sheet is dropped, strings are never formulas,
// a validation replaces what any validation said for its cells and keeps the rest, styles the
// file already has are reused, and a package the writer cannot edit is a coded problem.

import { describe, expect, it } from "vitest";
import type { SheetWrite, WritePlan } from "../../src/workbook/plan";
import { FileFailure } from "../../src/xlsx/file-problems";
import { applyPlanToPackage } from "../../src/xlsx/package/apply-package";
import { without } from "../../src/xlsx/package/sheet-patch";
import { readZip } from "../../src/xlsx/package/zip";
import { storedZip } from "../helpers/stored-zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const TIMES_BOLD =
  '<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Times New Roman"/></font>';

function sheetXml(
  inner: string,
  views = '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
) {
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${views}<sheetData>${inner}</sheetData></worksheet>`;
}

/** Sheets A, Kết quả (a previous run's, in the middle), B; a name scoped to each; a calcChain
 * naming A's cells. */
function smallPackage(overrides: Readonly<Record<string, string | null>> = {}): Uint8Array {
  const parts: Record<string, string | null> = {
    "[Content_Types].xml":
      `<?xml version="1.0"?><Types xmlns="${TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      [1, 2, 3]
        .map(
          (n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${SHEET_TYPE}"/>`
        )
        .join("") +
      `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Kết quả" sheetId="2" r:id="rId2"/><sheet name="B" sheetId="3" r:id="rId3"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'Kết quả\'!$A$1:$B$2</definedName>' +
      '<definedName name="Mine" localSheetId="2">B!$A$1</definedName><definedName name="Everyone">A!$A$1</definedName></definedNames></workbook>',
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0"?><Relationships xmlns="${RELS}">` +
      [1, 2, 3]
        .map(
          (n) =>
            `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`
        )
        .join("") +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    "xl/styles.xml":
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>${TIMES_BOLD}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml":
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>` +
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="D1"><v>9</v></c></row><row r="2"><c r="D2"><v>8</v></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="D1:E1"/><mergeCell ref="G1:H1"/></mergeCells>' +
      '<dataValidations count="1"><dataValidation type="whole" sqref="C1:C10"><formula1>0</formula1></dataValidation></dataValidations>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    "xl/worksheets/sheet2.xml": sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>old</t></is></c></row>',
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
    ),
    "xl/worksheets/sheet3.xml": sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
    ),
    "xl/calcChain.xml": `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="A1" i="1"/></calcChain>`,
    ...overrides,
  };
  const present = Object.entries(parts).filter(
    (entry): entry is [string, string] => entry[1] !== null
  );
  return storedZip(Object.fromEntries(present));
}

const EMPTY: Omit<SheetWrite, "sheet" | "kind"> = {
  clear: [],
  blocks: [],
  formats: [],
  merges: [],
  columnWidths: [],
  rowHeights: [],
  validations: [],
};

const PLAN: WritePlan = {
  sheets: [
    {
      ...EMPTY,
      sheet: "A",
      kind: "user",
      clear: ["D1:D2"],
      blocks: [
        {
          at: "A3",
          values: [['=HYPERLINK("x")', 46000, 0.5]],
          numberFormats: [["@", "dd/mm/yyyy", "0.000"]],
        },
      ],
      formats: [{ range: "A3:C3", font: { name: "Times New Roman", size: 11, bold: true } }],
      validations: [{ range: "C3:C4", list: ["1", "2"], message: "Chọn 1 hoặc 2" }],
    },
    {
      ...EMPTY,
      sheet: "Kết quả",
      kind: "own",
      blocks: [{ at: "A1", values: [["mới"]], numberFormats: [["@"]] }],
      page: {
        paper: "A4",
        orientation: "portrait",
        fitToPagesWide: 1,
        printArea: "A1:C9",
        printTitleRows: "2:3",
        centerFooter: "&P",
        margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
        centerHorizontally: true,
      },
      activate: true,
    },
  ],
};

function written(bytes = smallPackage(), plan = PLAN) {
  const archive = readZip(
    "out.xlsx",
    applyPlanToPackage("in.xlsx", readZip("in.xlsx", bytes), plan)
  );
  return (name: string) => archive.text(name);
}

describe("the workbook parts", () => {
  it("moves the result sheet to the end, its old names gone and B's name following B", () => {
    const workbook = written()("xl/workbook.xml")!;
    expect(
      workbook.match(/<sheet [^>]*name="[^"]*"/g)!.map((tag) => /name="([^"]*)"/.exec(tag)![1])
    ).toEqual(["A", "B", "Kết quả"]);
    expect(workbook).toContain('<definedName name="Mine" localSheetId="1">B!$A$1</definedName>');
    expect(workbook).toContain('<definedName name="Everyone">A!$A$1</definedName>');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="2">\'Kết quả\'!$A$1:$C$9</definedName>'
    );
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="2">\'Kết quả\'!$2:$3</definedName>'
    );
    expect(workbook.match(/Print_Area/g)).toHaveLength(1);
    expect(workbook).toContain('<workbookView activeTab="2"/>');
  });

  it("unselects every other tab, the one it does not rewrite by its view alone", () => {
    const text = written();
    expect(text("xl/worksheets/sheet3.xml")).toBe(
      sheetXml(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
      )
    );
    expect(text("xl/worksheets/sheet2.xml")).toContain('tabSelected="1"');
    expect(text("xl/worksheets/sheet2.xml")).toContain("mới");
  });

  it("drops a calculation chain that names a rewritten sheet, with its relationship and type", () => {
    const text = written();
    expect(text("xl/calcChain.xml")).toBeUndefined();
    expect(text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text("[Content_Types].xml")).not.toContain("calcChain");
  });

  it("adds the defined names after the sheet list, past Excel's mc:AlternateContent", () => {
    const workbook =
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      '<workbookPr/><mc:AlternateContent><mc:Choice Requires="x15"/></mc:AlternateContent>' +
      '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="3" r:id="rId3"/></sheets>' +
      '<calcPr calcId="1"/></workbook>';
    const text = written(smallPackage({ "xl/workbook.xml": workbook }))("xl/workbook.xml")!;
    const order = [
      "<workbookPr",
      "<mc:AlternateContent",
      "<bookViews",
      "<sheets",
      "<definedNames",
      "<calcPr",
    ];
    const at = order.map((tag) => text.indexOf(tag));
    expect(at.every((offset) => offset >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("keeps a calculation chain that names only sheets it does not touch", () => {
    const chain = `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="A1" i="3"/></calcChain>`;
    expect(written(smallPackage({ "xl/calcChain.xml": chain }))("xl/calcChain.xml")).toBe(chain);
  });
});

describe("the result sheet's page", () => {
  it("breaks above each row the plan names, after the footer as the schema orders it", () => {
    const [user, own] = PLAN.sheets as [SheetWrite, SheetWrite];
    const plan = { sheets: [user, { ...own, page: { ...own.page!, rowBreaks: [4, 7] } }] };
    const sheet = written(smallPackage(), plan)("xl/worksheets/sheet2.xml")!;
    expect(sheet).toMatch(
      /<\/headerFooter><rowBreaks count="2" manualBreakCount="2"><brk id="3" max="16383" man="1"\/><brk id="6" max="16383" man="1"\/><\/rowBreaks>/
    );
    expect(written()("xl/worksheets/sheet2.xml")).not.toContain("rowBreaks");
  });
});

describe("a user sheet", () => {
  const sheet = written()("xl/worksheets/sheet1.xml")!;

  it("writes a string that looks like a formula as text, never as a formula", () => {
    expect(sheet).toContain(
      '<c r="A3" t="inlineStr" s="1"><is><t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t></is></c>'
    );
    expect(sheet.match(/<f>/g)).toHaveLength(1);
  });

  it("empties the cleared range and the merges touching it, and keeps the rest", () => {
    expect(sheet).not.toContain('r="D1"');
    expect(sheet).not.toContain('r="D2"');
    expect(sheet).not.toContain("D1:E1");
    expect(sheet).toContain('<mergeCell ref="G1:H1"/>');
    expect(sheet).toContain('<c r="A1"><f>1+1</f><v>2</v></c>');
  });

  it("clears what any validation said for the plan's cells, keeps it elsewhere, adds the range", () => {
    expect(sheet).toContain(
      '<dataValidation type="whole" sqref="C1:C2 C5:C10"><formula1>0</formula1>'
    );
    expect(sheet).toContain('sqref="C3:C4"><formula1>&quot;1,2&quot;</formula1></dataValidation>');
    expect(sheet.indexOf("<mergeCells")).toBeLessThan(sheet.indexOf("<dataValidations"));
    expect(sheet.indexOf("<dataValidations")).toBeLessThan(sheet.indexOf("<pageMargins"));
  });

  it("puts a new <cols> where the schema does, passing over an mc:AlternateContent", () => {
    const alternate =
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><mc:AlternateContent><mc:Choice Requires="x14"/></mc:AlternateContent>' +
      '<sheetFormatPr defaultRowHeight="15"/><sheetData/></worksheet>';
    const plan: WritePlan = {
      sheets: [{ ...EMPTY, sheet: "A", kind: "user", columnWidths: [{ column: 2, width: 9 }] }],
    };
    const text = written(
      smallPackage({ "xl/worksheets/sheet1.xml": alternate }),
      plan
    )("xl/worksheets/sheet1.xml")!;
    const order = ["<mc:AlternateContent", "<sheetFormatPr", "<cols", "<sheetData"];
    const at = order.map((tag) => text.indexOf(tag));
    expect(at.every((offset) => offset >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("reuses the file's own font and number format, numbering a new format after them", () => {
    const styles = written()("xl/styles.xml")!;
    expect(styles).toContain('<fonts count="2">');
    expect(styles).toContain('<numFmt numFmtId="171" formatCode="0.000"/>');
    expect(styles).toContain('<numFmts count="2">');
    expect(styles).toContain(
      '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" applyNumberFormat="1" applyFont="1"/>'
    );
    expect(styles).toContain('<xf numFmtId="170" fontId="1"');
  });
});

describe("a package the writer cannot edit", () => {
  function failure(bytes: Uint8Array): FileFailure {
    try {
      applyPlanToPackage("in.xlsx", readZip("in.xlsx", bytes), PLAN);
    } catch (error) {
      if (error instanceof FileFailure) return error;
      throw error;
    }
    throw new Error("no failure");
  }

  it("is F021, naming the part, when the styles part is missing", () => {
    const error = failure(smallPackage({ "xl/styles.xml": null }));
    expect(error.code).toBe("F021");
    expect(error.params).toEqual({ file: "in.xlsx", part: "xl/styles.xml" });
  });

  it("is F022 when the sheet to write uses prefixed element names", () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`;
    expect(failure(smallPackage({ "xl/worksheets/sheet1.xml": prefixed })).code).toBe("F022");
  });
});

describe("a range without a hole", () => {
  it("is what lies around the hole, in at most four rectangles", () => {
    const range = { top: 1, left: 1, bottom: 10, right: 10 };
    expect(without(range, { top: 20, left: 1, bottom: 30, right: 1 })).toEqual([range]);
    expect(without(range, { top: 4, left: 4, bottom: 6, right: 6 })).toEqual([
      { top: 1, left: 1, bottom: 3, right: 10 },
      { top: 7, left: 1, bottom: 10, right: 10 },
      { top: 4, bottom: 6, left: 1, right: 3 },
      { top: 4, bottom: 6, left: 7, right: 10 },
    ]);
    expect(without(range, { top: 1, left: 1, bottom: 10, right: 10 })).toEqual([]);
  });
});
