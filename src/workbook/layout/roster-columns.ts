// The result columns on the roster (workbook.md section 4.1): right of the user's columns after
// one empty column, one row per person on that person's own row. Only these cells, and the
// previous run's block, are touched; the user's cells keep their values and formats.

import {
  bandConsequence,
  bandName,
  exclusionReasonText,
  levelsOf,
  type Lang,
  type Level,
  type PersonResult,
  type RegulationId,
  type TallyResult,
} from "../../rules";
import type { RosterPlacement } from "../placement";
import type { SheetWrite } from "../plan";
import { RESULT_COLUMNS, ROSTER_HEADERS, voteWordsOf, type ResultColumnKey } from "../vocabulary";
import { rangeAddress, type CellBox } from "./a1";
import { rate, SheetDraft, type DraftCell } from "./draft";
import { BAND_FILLS, BODY_SIZE, fitWidth, font, HEADER_FILL } from "./style";

interface ResultColumn {
  readonly key: ResultColumnKey;
  /** Text columns (band, consequence) align left, figures centre. */
  readonly horizontal: "left" | "center";
  readonly cell: (person: PersonResult) => DraftCell;
}

/** Column widths fit the longest text of the column, header included, between these bounds.
 * Nothing wraps: the rows are the user's, their heights are not ours to change, and a wrapped
 * text in a row of fixed height would be cut. */
const WIDTH = { min: 10, max: 100 };

/** The columns in writing order: valid entries, each level's count and rate, band, consequence
 * (the order RESULT_COLUMN_ORDER states, by which parse recognizes the block). */
function resultColumns(regulation: RegulationId, lang: Lang): readonly ResultColumn[] {
  const levels = levelsOf(regulation);
  const numeric = (key: ResultColumnKey, cell: ResultColumn["cell"]): ResultColumn => ({
    key,
    horizontal: "center",
    cell,
  });
  return [
    numeric("validEntries", (person) => validEntries(person, levels)),
    ...levels.flatMap((level) => [
      numeric(level, (person) => person.counts?.[level] ?? null),
      numeric(`${level}Rate`, (person) => {
        const percent = person.percent?.[level];
        return percent === undefined ? null : rate(percent);
      }),
    ]),
    {
      key: "band",
      horizontal: "left",
      cell: (person) =>
        person.exclusion
          ? ROSTER_HEADERS.exclusion[lang]
          : person.band && bandName(regulation, person.band, lang),
    },
    {
      key: "consequence",
      horizontal: "left",
      cell: (person) =>
        person.exclusion
          ? exclusionReasonText(person.exclusion, lang)
          : person.band && bandConsequence(regulation, person.band, lang),
    },
  ];
}

/** How many result columns the roster gets under the regulation. */
export function resultColumnCount(regulation: RegulationId): number {
  return resultColumns(regulation, "vi").length;
}

/** A cell's text, for sizing its column; figures are narrower than any header. */
function textOf(cell: DraftCell): string | null {
  return typeof cell === "string" ? cell : null;
}

/** Entries that named a level: ballots collected less invalid entries (invalid ballots included). */
function validEntries(person: PersonResult, levels: readonly Level[]): number | null {
  const counts = person.counts;
  return counts ? levels.reduce((sum, level) => sum + (counts[level] ?? 0), 0) : null;
}

export interface RosterColumnsWrite {
  readonly write: SheetWrite;
  /** Every cell the block covers: the caption's row (when there is one) to the roster's last row.
   * The marker line records it; the next run owns exactly this rectangle. */
  readonly block: CellBox;
}

export function layoutRosterColumns(
  result: TallyResult,
  roster: RosterPlacement,
  lang: Lang
): RosterColumnsWrite {
  const columns = resultColumns(result.regulation, lang);
  const left = roster.lastUserColumn + 2;
  const right = left + columns.length - 1;
  const header = roster.headerRow;
  const block = {
    top: header > 1 ? header - 1 : header,
    left,
    bottom: Math.max(header, roster.lastRow),
    right,
  };
  const draft = new SheetDraft();

  // Caption above the headers, only when the header row has a row above it: the user's rows are
  // never moved to make room.
  if (header > 1) {
    const caption = { top: header - 1, left, bottom: header - 1, right };
    draft.write(header - 1, left, [[voteWordsOf(result.regulation).caption[lang]]]);
    draft.merge(caption);
    draft.format(caption, headerLook);
  }

  const headers = columns.map((column) => RESULT_COLUMNS[column.key][lang]);
  draft.write(header, left, [headers]);
  draft.format({ top: header, left, bottom: header, right }, { ...headerLook, border: "all-thin" });

  const placed = result.people
    .map((person) => ({ person, row: roster.personRows[person.id] }))
    .filter((entry): entry is { person: PersonResult; row: number } => entry.row !== undefined)
    .sort((a, b) => a.row - b.row)
    .map((entry) => ({ ...entry, cells: columns.map((column) => column.cell(entry.person)) }));
  for (const run of consecutiveRuns(placed)) {
    draft.write(
      run[0]!.row,
      left,
      run.map(({ cells }) => cells)
    );
  }

  if (roster.lastRow > header) {
    const body = { top: header + 1, bottom: roster.lastRow };
    draft.format(
      { ...body, left, right },
      { font: font(BODY_SIZE), vertical: "middle", border: "all-thin" }
    );
    columns.forEach((column, i) => {
      draft.format(
        { ...body, left: left + i, right: left + i },
        { horizontal: column.horizontal, wrap: false }
      );
    });
  }
  for (const { person, row } of placed) {
    if (person.band === "over-half" || person.band === "two-thirds") {
      draft.format({ top: row, left, bottom: row, right }, { fill: BAND_FILLS[person.band] });
    }
  }

  const write = draft.finish({
    sheet: roster.sheet,
    kind: "user",
    clear: roster.ownedBlock ? [rangeAddress(roster.ownedBlock)] : [],
    columnWidths: columns.map((_, i) => ({
      column: left + i,
      width: fitWidth([headers[i]!, ...placed.map(({ cells }) => textOf(cells[i]!))], WIDTH),
    })),
  });
  return { write, block };
}

const headerLook = {
  font: font(BODY_SIZE, { bold: true }),
  fill: HEADER_FILL,
  horizontal: "center",
  vertical: "middle",
  border: "outline-thin",
} as const;

/** Splits rows sorted by row number into runs of consecutive rows, each written as one block. */
function consecutiveRuns<T extends { readonly row: number }>(sorted: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const entry of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.row + 1 === entry.row) run.push(entry);
    else runs.push([entry]);
  }
  return runs;
}
