// The minutes' table columns and how wide each is: fixed for the figures, fitted to the longest
// name, position and outcome (within bounds, longer ones wrap).

import {
  bandConsequence,
  bandName,
  exclusionReasonText,
  levelsOf,
  type Lang,
  type PersonResult,
  type RegulationId,
  type TallyResult,
} from "../../../rules";
import { fitWidth } from "../style";
import type { TableColumns } from "./page";

const STT_WIDTH = 4;
const VALID_WIDTH = 7;
const NUMBER_WIDTH = 5;
const RATE_WIDTH = 8;
const NAME_WIDTH = { min: 16, max: 20 };
const POSITION_WIDTH = { min: 16, max: 32 };
/** Wide enough for the lowest band's name on one line, which most rows carry. */
const OUTCOME_WIDTH = { min: 16, max: 26 };

/** The sheet's width in columns: STT, name, position, valid entries, a count and a rate per
 * level, outcome. */
export function resultSheetWidth(regulation: RegulationId): number {
  return 5 + 2 * levelsOf(regulation).length;
}

export function tableColumns(
  result: TallyResult,
  consequencePerPerson: boolean,
  lang: Lang
): TableColumns {
  const people = result.people;
  const levelCount = levelsOf(result.regulation).length;
  const widths = [
    STT_WIDTH,
    fitWidth(
      people.map((person) => person.name),
      NAME_WIDTH
    ),
    fitWidth(
      people.map((person) => person.position),
      POSITION_WIDTH
    ),
    VALID_WIDTH,
    ...Array.from({ length: levelCount }, () => [NUMBER_WIDTH, RATE_WIDTH]).flat(),
    fitWidth(
      people.map((person) => outcomeOf(person, result.regulation, consequencePerPerson, lang)),
      OUTCOME_WIDTH
    ),
  ];
  return {
    widths,
    name: 2,
    position: 3,
    valid: 4,
    levels: Array.from({ length: levelCount }, (_, i) => 5 + 2 * i),
    last: widths.length,
  };
}

/** The last column: the band and, when the workbook asks for it, what the band entails on a line
 * of its own (never for the lowest band, which entails nothing); or why the person was not
 * voted on. */
export function outcomeOf(
  person: PersonResult,
  regulation: RegulationId,
  consequencePerPerson: boolean,
  lang: Lang
): string | null {
  if (person.exclusion) return exclusionReasonText(person.exclusion, lang);
  if (person.band === null) return null;
  const band = bandName(regulation, person.band, lang);
  if (person.band === "none" || !consequencePerPerson) return band;
  return `${band}\n${bandConsequence(regulation, person.band, lang)}`;
}
