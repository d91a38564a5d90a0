// @vitest-environment jsdom
// One vocabulary: the same sample tallied once per regulation and language, then read back from
// the four places a user sees the result — the command line's table, the pane, the result columns
// on the roster and the printed `Kết quả` sheet. Each surface is read as a user reads it (its
// cells, lines and labels), and their band, level and quorum words must be the same.

import "../taskpane/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { resultText } from "../../src/cli/table";
import { createExcelHost } from "../../src/excel/addin-host";
import { applyPlan } from "../../src/excel/apply";
import type { TallyOutcome } from "../../src/excel/host";
import {
  cellAt,
  FakeExcel,
  findSheet,
  keyPosition,
  workbookOf,
  type FakeSheet,
} from "../../src/fake-excel";
import type { Lang, RegulationId } from "../../src/rules/types";
import { BandCounts } from "../../src/taskpane/BandCounts";
import { MeetingFigures } from "../../src/taskpane/MeetingFigures";
import { STRINGS } from "../../src/taskpane/strings";
import { checkWorkbook } from "../../src/workbook/run";
import { samplePlan } from "../../src/workbook/sample";
import { ROSTER_HEADERS, SHEETS } from "../../src/workbook/vocabulary";
import { planToGrids } from "../helpers/plan-to-grids";

afterEach(cleanup);

/** What a surface calls things: the bands people fell in, the levels counted, the quorum. */
interface Words {
  readonly bands: readonly string[];
  readonly levels?: readonly string[];
  readonly quorum: string;
}

const sorted = (words: Iterable<string>) => [...new Set(words)].sort();

function cliWords(regulation: RegulationId, lang: Lang): Words & { title: string } {
  const grids = planToGrids(samplePlan({ regulation }));
  const lines = resultText(checkWorkbook(grids), lang).split("\n");
  const cells = (line: string) => line.trim().split(/ {2,}/);
  const header = lines.findIndex((line) => line.startsWith(`${ROSTER_HEADERS.order[lang]}  `));
  const end = lines.indexOf("", header);
  const bands = lines
    .slice(header + 1, end)
    .map((line) => cells(line).at(-1)!)
    .filter((band) => !band.startsWith(ROSTER_HEADERS.exclusion[lang]));
  return {
    title: lines[0]!,
    bands: sorted(bands),
    levels: cells(lines[header]!).slice(2, -1),
    quorum: /\(([^)]+)\)/.exec(lines[2]!)![1]!,
  };
}

/** The sheet's cells as rows of text, by row and column number. */
function textAt(sheet: FakeSheet): (row: number, column: number) => string | null {
  return (row, column) => {
    const value = cellAt(sheet, row, column).value;
    return value === null || value === undefined || value === "" ? null : String(value);
  };
}

/** Where a text is on a sheet: the first cell holding exactly it. */
function find(sheet: FakeSheet, text: string): { row: number; column: number } {
  const found = [...sheet.cells].find(([, cell]) => cell.value === text);
  expect(found, `“${text}” on ${sheet.name}`).toBeDefined();
  return keyPosition(found![0]);
}

/** The rightmost column holding text on a row. */
function lastColumn(sheet: FakeSheet, row: number): number {
  const columns = [...sheet.cells]
    .filter(([key, cell]) => keyPosition(key).row === row && cell.value !== null)
    .map(([key]) => keyPosition(key).column);
  return Math.max(...columns);
}

function rosterWords(sheet: FakeSheet, lang: Lang): Omit<Words, "quorum"> {
  const at = textAt(sheet);
  // The result block's headers: valid entries, a count and a rate per level, band, consequence.
  const valid = find(sheet, lang === "vi" ? "Phiếu hợp lệ" : "Valid entries");
  const band = lastColumn(sheet, valid.row) - 1;
  const levels: string[] = [];
  for (let column = valid.column + 1; column < band; column += 2)
    levels.push(at(valid.row, column)!);
  const bands: string[] = [];
  for (let row = valid.row + 1; at(row, 1) !== null; row++) {
    const text = at(row, band);
    if (text !== null && text !== ROSTER_HEADERS.exclusion[lang]) bands.push(text);
  }
  return { bands: sorted(bands), levels };
}

function resultSheetWords(sheet: FakeSheet, lang: Lang): Words & { texts: readonly string[] } {
  const at = textAt(sheet);
  // The table's first header row: STT, name, position, valid entries, a merged pair per level,
  // band / outcome.
  const position = find(sheet, ROSTER_HEADERS.position[lang]);
  const outcome = lastColumn(sheet, position.row);
  const levels: string[] = [];
  for (let column = position.column + 2; column < outcome; column += 2)
    levels.push(at(position.row, column)!);
  const bands: string[] = [];
  for (let row = position.row + 2; at(row, 1) !== null; row++) {
    // A person voted on: the band, then on a line of its own any consequence; a person not
    // voted on: the reason, beside the levels' merged "Không lấy phiếu".
    const excluded = at(row, position.column + 1) === ROSTER_HEADERS.exclusion[lang];
    const text = at(row, outcome);
    if (!excluded && text !== null) bands.push(text.split("\n")[0]!);
  }
  const label = find(sheet, STRINGS[lang].quorumLabel);
  let value = label.column + 1;
  while (at(label.row, value) === null) value++;
  return {
    texts: [...sheet.cells.values()].map((cell) => String(cell.value)),
    bands: sorted(bands),
    levels,
    quorum: at(label.row, value)!,
  };
}

function paneWords(outcome: TallyOutcome, regulation: RegulationId, lang: Lang): Words {
  if (!outcome.written) throw new Error("the sample did not tally");
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <MeetingFigures report={outcome.report} lang={lang} />
      <BandCounts bands={outcome.bands} regulation={regulation} lang={lang} label="bands" />
    </FluentProvider>
  );
  const pairs = (list: HTMLElement) =>
    [...list.querySelectorAll("dt")].map((dt) => [
      dt.textContent!,
      dt.nextElementSibling!.textContent!,
    ]);
  const bands = pairs(within(view.container).getByLabelText("bands"))
    .filter(([term, count]) => count !== "0" && term !== ROSTER_HEADERS.exclusion[lang])
    .map(([term]) => term!);
  const figures = pairs(within(view.container).getByLabelText(STRINGS[lang].meetingHeading));
  const quorum = figures.find(([term]) => term === STRINGS[lang].quorumLabel)![1]!;
  return { bands: sorted(bands), quorum };
}

async function tallied(regulation: RegulationId, lang: Lang) {
  const fake = new FakeExcel(workbookOf({ Sheet1: [] }));
  await fake.run((context) => applyPlan(context, samplePlan({ regulation }), fake.support));
  const before = fake.workbook.sheets.map((sheet) => sheet.name);
  const host = createExcelHost({ run: fake.run, support: fake.support });
  const outcome = await host.tallyAndWrite({ lang });
  expect(outcome.written).toBe(true);
  const results = fake.workbook.sheets.find((sheet) => !before.includes(sheet.name))!;
  return { outcome, roster: findSheet(fake.workbook, SHEETS.roster.vi)!, results };
}

describe.each([
  { regulation: "qd96", lang: "vi" },
  { regulation: "nq96", lang: "vi" },
  { regulation: "nq96-btn", lang: "vi" },
  { regulation: "qd96", lang: "en" },
  { regulation: "nq96", lang: "en" },
  { regulation: "nq96-btn", lang: "en" },
] as const)("$regulation in $lang", ({ regulation, lang }) => {
  it("uses the same band, level and quorum words on all four surfaces", async () => {
    const { outcome, roster, results } = await tallied(regulation, lang);
    const cli = cliWords(regulation, lang);
    const sheet = resultSheetWords(results, lang);
    const columns = rosterWords(roster, lang);
    const pane = paneWords(outcome, regulation, lang);

    // Not vacuous: people fall in more than one band, and every level is named.
    expect(cli.bands.length).toBeGreaterThanOrEqual(2);
    expect(cli.levels!.length).toBe(regulation === "nq96-btn" ? 2 : 3);

    expect(columns.bands).toEqual(cli.bands);
    expect(sheet.bands).toEqual(cli.bands);
    expect(pane.bands).toEqual(cli.bands);
    expect(columns.levels).toEqual(cli.levels);
    expect(sheet.levels).toEqual(cli.levels);
    expect(sheet.quorum).toBe(cli.quorum);
    expect(pane.quorum).toBe(cli.quorum);
    expect(sheet.texts).toContain(cli.title);
  });
});
