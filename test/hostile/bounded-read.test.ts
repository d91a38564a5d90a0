// Reading costs by the cells that hold data, never by declared ranges: validations over whole
// columns or the whole sheet, a million styled empty rows and 20,000 merged areas are read from
// the file and checked in seconds, with the grid no larger than the data. (The command line
// tallies and writes the same files in corpus.test.ts.)

import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/workbook/run";
import { editParts, packageGridsOf } from "../helpers/package-read";
import { standardWorkbook } from "../workbook-parse/standard";

const BALLOTS = "xl/worksheets/sheet3.xml";
/** Seconds, on a test machine shared by many runs; an idle one needs a fraction. */
const LIMIT_MS = 15_000;

async function standardBytes(): Promise<Uint8Array> {
  return new Uint8Array(await standardWorkbook().xlsx.writeBuffer());
}

/** Reads and checks; the grid of the ballot sheet and the problems' codes, within the limit. */
function readAndCheck(bytes: Uint8Array) {
  const started = performance.now();
  const grids = packageGridsOf(bytes);
  const checked = checkWorkbook(grids);
  expect(performance.now() - started).toBeLessThan(LIMIT_MS);
  return { ballots: grids.sheets[2]!, codes: new Set(checked.problems.map((p) => p.code)) };
}

function validation(range: string): (xml: string) => string {
  const rule =
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${range}">` +
    `<formula1>"1,2,3,0"</formula1></dataValidation></dataValidations>`;
  return (xml) => xml.replace("</sheetData>", `</sheetData>${rule}`);
}

describe("bounded reading", () => {
  it.each(["C2:Q1048576", "A1:XFD1048576"])("a validation on %s costs nothing", async (range) => {
    const { ballots, codes } = readAndCheck(
      editParts(await standardBytes(), { [BALLOTS]: validation(range) })
    );
    expect(ballots.values.length).toBe(6);
    expect([...codes].filter((code) => code.startsWith("E"))).toEqual([]);
  });

  it("1,048,570 styled empty rows add no row to the grid", async () => {
    const rows: string[] = [];
    for (let row = 7; row <= 1_048_576; row++)
      rows.push(`<row r="${row}" s="1" customFormat="1"/>`);
    const bytes = editParts(await standardBytes(), {
      [BALLOTS]: (xml) => xml.replace("</sheetData>", `${rows.join("")}</sheetData>`),
    });
    const { ballots, codes } = readAndCheck(bytes);
    expect(ballots.values.length).toBe(6);
    expect([...codes].filter((code) => code.startsWith("E"))).toEqual([]);
  });

  it("20,000 merged areas on a sheet of notes are read as merges, not as cells", async () => {
    const workbook = standardWorkbook();
    workbook.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
    const merges = Array.from(
      { length: 20_000 },
      (_, i) => `<mergeCell ref="A${i + 2}:C${i + 2}"/>`
    );
    const bytes = editParts(new Uint8Array(await workbook.xlsx.writeBuffer()), {
      "xl/worksheets/sheet5.xml": (xml) =>
        xml.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="20000">${merges.join("")}</mergeCells>`
        ),
    });
    const started = performance.now();
    const notes = packageGridsOf(bytes).sheets[4]!;
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    expect(notes.merges).toHaveLength(20_000);
    expect(notes.values).toHaveLength(20_001);
    expect(notes.values[0]).toEqual(["ghi chú", null, null]);
  });
});
