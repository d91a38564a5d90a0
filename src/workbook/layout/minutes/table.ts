// The table of the minutes: two header rows (repeated on every printed page), then one row per
// person in the roster's order, each person's valid entries beside their counts; when the roster
// has groups, a subheading row wherever the group changes.

import { levelName, levelsOf, type PersonResult } from "../../../rules";
import { ROSTER_HEADERS } from "../../vocabulary";
import { rate, type DraftCell, type FormatSpec } from "../draft";
import { BAND_FILLS, font, HEADER_FILL, lineCount, rowHeightFor } from "../style";
import { WORDS } from "../words";
import { outcomeOf } from "./columns";
import { SIZE, type MinutesPage, type ResultSheetArgs } from "./page";

/** Rows from top to bottom that print together. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

export interface PrintedTable {
  /** The two header rows. */
  readonly titleRows: RowSpan;
  /** Each person's row, with the group subheading above it when there is one. */
  readonly people: readonly RowSpan[];
}

export function table(page: MinutesPage, args: ResultSheetArgs): PrintedTable {
  const { lang } = args;
  const titleRows = headerRows(page, args);
  const people: RowSpan[] = [];
  const subheadings: { row: number; text: string }[] = [];
  const banded: { row: number; band: keyof typeof BAND_FILLS }[] = [];
  const grouped = args.result.people.some((person) => person.group !== undefined);
  let group: string | null = null;
  const first = page.row;
  args.result.people.forEach((person, i) => {
    const top = page.row;
    const name = person.group ?? WORDS.noGroup[lang];
    if (grouped && name !== group) {
      subheadings.push({ row: page.row, text: name });
      page.row += 1;
      group = name;
    }
    if (person.band === "over-half" || person.band === "two-thirds") {
      banded.push({ row: page.row, band: person.band });
    }
    personRow(page, args, person, i + 1);
    people.push({ top, bottom: page.row - 1 });
  });
  // The body's look once for all rows (a hundred thousand rows stay a handful of formats), then
  // what differs: subheadings and band fills, later formats winning.
  if (page.row > first) bodyLook(page, { top: first, bottom: page.row - 1 });
  for (const { row, text } of subheadings) {
    page.text(row, 1, page.columns.last, text, {
      font: font(SIZE.body, { bold: true, italic: true }),
      horizontal: "left",
    });
  }
  for (const { row, band } of banded) {
    page.draft.format(
      { top: row, left: 1, bottom: row, right: page.columns.last },
      {
        fill: BAND_FILLS[band],
      }
    );
  }
  page.skip();
  return { titleRows, people };
}

function bodyLook(page: MinutesPage, body: RowSpan): void {
  const { columns } = page;
  const look = (left: number, right: number, spec: FormatSpec) =>
    page.draft.format({ ...body, left, right }, spec);
  look(1, columns.last, { font: font(SIZE.body), vertical: "middle", border: "all-thin" });
  look(1, 1, { horizontal: "center" });
  look(columns.name, columns.position, { horizontal: "left", wrap: true });
  look(columns.valid, columns.last - 1, { horizontal: "center" });
  look(columns.last, columns.last, { horizontal: "left", wrap: true });
}

function headerRows(page: MinutesPage, args: ResultSheetArgs): RowSpan {
  const { lang, result } = args;
  const { columns } = page;
  const levels = levelsOf(result.regulation);
  const top = page.row;
  const bottom = top + 1;
  const tallTexts: [number, string][] = [
    [1, ROSTER_HEADERS.order[lang]],
    [columns.name, ROSTER_HEADERS.name[lang]],
    [columns.position, ROSTER_HEADERS.position[lang]],
    [columns.valid, WORDS.validEntries[lang]],
    [
      columns.last,
      args.details.consequencePerPerson ? WORDS.bandAndConsequence[lang] : WORDS.band[lang],
    ],
  ];
  for (const [column, text] of tallTexts) {
    page.draft.write(top, column, [[text], [null]]);
    page.draft.merge({ top, left: column, bottom, right: column });
  }
  levels.forEach((level, i) => {
    const left = columns.levels[i]!;
    page.draft.write(top, left, [
      [levelName(level, lang), null],
      [WORDS.votes[lang], WORDS.share[lang]],
    ]);
    page.draft.merge({ top, left, bottom: top, right: left + 1 });
  });
  const box = { top, left: 1, bottom, right: columns.last };
  page.draft.format(box, {
    font: font(SIZE.body, { bold: true }),
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: "all-thin",
  });
  const linesIn = (text: string, left: number, right = left) =>
    lineCount(text, page.width(left, right));
  const upper = Math.max(
    ...levels.map((level, i) =>
      linesIn(levelName(level, lang), columns.levels[i]!, columns.levels[i]! + 1)
    )
  );
  const lower = Math.max(
    linesIn(WORDS.votes[lang], columns.levels[0]!),
    linesIn(WORDS.share[lang], columns.levels[0]! + 1)
  );
  // The merged tall cells need both rows together.
  const tall = Math.max(...tallTexts.map(([column, text]) => linesIn(text, column)));
  const lowerHeight = rowHeightFor(lower);
  page.height(top, Math.max(rowHeightFor(upper), rowHeightFor(tall) - lowerHeight));
  page.height(bottom, lowerHeight);
  page.row = bottom + 1;
  return { top, bottom };
}

function personRow(page: MinutesPage, args: ResultSheetArgs, person: PersonResult, order: number) {
  const { lang, result } = args;
  const { columns } = page;
  const row = page.row;
  const levels = levelsOf(result.regulation);
  const outcome = outcomeOf(person, result.regulation, args.details.consequencePerPerson, lang);
  if (person.exclusion) {
    page.draft.write(row, 1, [
      [order, person.name, person.position, ROSTER_HEADERS.exclusion[lang]],
    ]);
    page.draft.merge({ top: row, left: columns.valid, bottom: row, right: columns.last - 1 });
    page.draft.write(row, columns.last, [[outcome]]);
  } else {
    const counts = person.counts;
    const valid = counts ? levels.reduce((sum, level) => sum + (counts[level] ?? 0), 0) : null;
    const figures = levels.flatMap((level): DraftCell[] => {
      const percent = person.percent?.[level];
      return [counts?.[level] ?? null, percent === undefined ? null : rate(percent)];
    });
    page.draft.write(row, 1, [[order, person.name, person.position, valid, ...figures, outcome]]);
  }
  const lines = Math.max(
    lineCount(person.name, columns.widths[columns.name - 1]!),
    lineCount(person.position, columns.widths[columns.position - 1]!),
    outcome === null ? 1 : lineCount(outcome, columns.widths[columns.last - 1]!)
  );
  page.height(row, rowHeightFor(lines));
  page.row += 1;
}
