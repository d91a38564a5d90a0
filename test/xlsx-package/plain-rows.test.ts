// The fast pass over a sheet's rows (plain-rows.ts) against the strict scanner alone: on any
// sheet, the same cells, or the same error. Random sheets mix what the pass reads (plain cells,
// formulas, white space between elements) with what it must hand back (entities, inline strings,
// comments, single quotes, odd references, damaged tags), at every place in the rows.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PackageDamage } from "../../src/xlsx/package/damage";
import { readPlainRows } from "../../src/xlsx/package/plain-rows";
import { readZip } from "../../src/xlsx/package/zip";
import { readSheetXml, type SheetContext } from "../../src/xlsx/package/read-sheet";
import { XmlError } from "../../src/xlsx/package/xml-scan";

const CONTEXT: SheetContext = {
  sheet: "Phiếu",
  sharedStrings: ["TC", "T", "K", ""],
  dateStyles: new Set([1]),
  date1904: false,
};

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const TAIL = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

function sheet(rows: string): string {
  return `${HEAD}<sheetData>${rows}</sheetData>${TAIL}`;
}

/** What a reading gives: the content, or the error's kind and words. */
function outcome(xml: string, plainRows: boolean): unknown {
  try {
    return readSheetXml(xml, CONTEXT, plainRows);
  } catch (error) {
    if (error instanceof PackageDamage) {
      return { code: error.code, params: error.params, cause: String(error.cause) };
    }
    if (error instanceof XmlError) return { xml: error.message };
    throw error;
  }
}

/** Mostly what the pass reads, now and then what it must hand back: a sheet whose one odd piece
 * sits among plain ones is where a pass that takes too much would show. */
function mostlyPlain<T>(plain: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: odd, weight: 1 });
}

/** A type and a value that suits it. */
const TYPED_VALUE = fc.oneof(
  fc.record({ type: fc.constantFrom(undefined, "n"), value: fc.constantFrom("0", "7", "45000") }),
  fc.record({ type: fc.constant("s"), value: fc.constantFrom("0", "1", "2", "3") }),
  fc.record({ type: fc.constant("str"), value: fc.constantFrom("TC", "Nguyễn Văn A", "") }),
  fc.record({ type: fc.constant("b"), value: fc.constantFrom("0", "1") }),
  fc.record({ type: fc.constant("e"), value: fc.constant("#N/A") })
);

const ODD_ATTRIBUTE = fc.constantFrom(
  ' r="a1"',
  ' r="A01"',
  ' r="AAAA1"',
  ' r="A1048577"',
  ' t="x"',
  ' s="x"',
  ' cm="1"',
  " r='A1'",
  ' r="A1"s="1"',
  ' x:r="B1"',
  ' r="A&amp;1"',
  ' r = "A1"',
  '\tr="A1"',
  ' r="A<1"',
  ' t="&#115;"',
  ' s="&#49;"'
);

const ODD_VALUE = fc.constantFrom(
  " 1 ",
  "",
  "abc",
  "1e3",
  "TRUE",
  "a&amp;b",
  "a&b",
  "<![CDATA[1]]>"
);

const PLAIN_CELL = fc
  .record({
    address: fc.option(fc.constantFrom("A1", "B2", "C2", "AB17", "XFD1")),
    style: fc.option(fc.constantFrom("0", "1", "2")),
    typed: fc.option(TYPED_VALUE),
    odd: fc.option(ODD_ATTRIBUTE, { freq: 4 }),
    oddValue: fc.option(ODD_VALUE, { freq: 12 }),
    formula: fc.boolean(),
    spaced: fc.boolean(),
  })
  .map(({ address, style, typed, odd, oddValue, formula, spaced }) => {
    const attributes = [
      address === null ? "" : ` r="${address}"`,
      typed?.type === undefined ? "" : ` t="${typed.type}"`,
      style === null ? "" : ` s="${style}"`,
      odd ?? "",
    ].join("");
    const gap = spaced ? "\n  " : "";
    const f = formula ? `${gap}<f>SUM(A1:A2)</f>` : "";
    const value = oddValue ?? typed?.value;
    const v = value === undefined ? "" : `${gap}<v>${value}</v>`;
    return f === "" && v === "" && !spaced
      ? `<c${attributes}/>`
      : `<c${attributes}>${f}${v}${gap}</c>`;
  });

const CELL = mostlyPlain(
  PLAIN_CELL,
  fc.constantFrom(
    '<c r="A1" t="inlineStr"><is><t>TC</t></is></c>',
    '<c r="A1"><f t="shared" si="0"/><v>1</v></c>',
    '<c r="A1"><v/></c>',
    '<c r="A1"><!-- x --><v>1</v></c>',
    '<c r="A1"><v>1</v></c >',
    '<c r="A1"><v>1</x></c>',
    '<c r="A1"><v>1</v>',
    "<x:c/>",
    '<cc r="A1"><v>1</v></cc>',
    " ",
    "\n",
    "text"
  )
);

const ROW = mostlyPlain(
  fc
    .tuple(
      mostlyPlain(
        fc.option(fc.constantFrom("1", "2", "3")),
        fc.constantFrom("0", "1048577", "x", "02")
      ),
      fc.array(CELL, { maxLength: 5 }),
      fc.constantFrom("", "\n", " ")
    )
    .map(([number, cells, gap]) => {
      const r = number === null ? "" : ` r="${number}"`;
      return cells.length === 0 ? `<row${r}/>${gap}` : `<row${r}>${cells.join("")}</row>${gap}`;
    }),
  fc.constantFrom(
    "<!-- note -->",
    '<rows r="1"/>',
    "<row r='1'/>",
    '<row r="1">',
    "</row>",
    "<extLst/>",
    "x"
  )
);

describe("the fast pass over plain rows", () => {
  it("reads any sheet as the strict scanner does: the same cells, or the same error", () => {
    fc.assert(
      fc.property(fc.array(ROW, { maxLength: 8 }), (rows) => {
        const xml = sheet(rows.join(""));
        expect(outcome(xml, true)).toEqual(outcome(xml, false));
      }),
      { numRuns: 10_000 }
    );
  });

  it("reads the plain rows spreadsheet programs write", () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/>' +
        '<c r="C1" t="str"><f>A1</f><v>TC</v></c></row>\n' +
        '<row r="2"><c r="A2" s="1"><v>45000</v></c><c r="C2"><v>7</v></c></row>'
    );
    const content = readSheetXml(xml, CONTEXT, true);
    expect(content.cells).toEqual({
      rows: [1, 1, 2, 2],
      cols: [1, 3, 1, 3],
      values: ["TC", "TC", new Date(Date.UTC(2023, 2, 15)), 7],
    });
    expect(content.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("takes the whole of every sheet of the bundled sample, as ExcelJS wrote it", () => {
    const file = join(import.meta.dirname, "..", "..", "examples", "hoi-nghi-mau.xlsx");
    const archive = readZip(file, readFileSync(file));
    const sheets = archive.entries.filter((entry) => entry.name.startsWith("xl/worksheets/sheet"));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    for (const { name } of sheets) {
      const xml = archive.text(name)!;
      const from = xml.indexOf(">", xml.indexOf("<sheetData")) + 1;
      let cells = 0;
      const sink = { row() {}, cell: () => cells++, formula() {}, end() {} };
      const end = readPlainRows(xml, from, sink);
      expect(xml.startsWith("</sheetData>", end)).toBe(true);
      expect(cells).toBeGreaterThan(0);
    }
  });
});
