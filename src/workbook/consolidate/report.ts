// The consolidation's JSON report (workbook.md section 8), beside the tally's: the same numbers
// the consolidated workbook gets, stable key order. Percentages are the rules' rounded values.

import type { Band, Lang, PlaceKind, RegulationId } from "../../rules";
import { jsonProblem, type JsonProblem } from "../report";
import type { Consolidation } from "./consolidate";
import type { PlaceKindSource } from "./place";
import type { InputProblem, InputStatus } from "./summary";

export interface JsonConsolidation {
  readonly blocked: boolean;
  readonly inputs: readonly {
    readonly file: string;
    readonly status: InputStatus;
    readonly fingerprint: string | null;
    readonly meeting: {
      readonly name: string | null;
      readonly place: string;
      readonly placeKind: PlaceKind;
      readonly placeKindFrom: PlaceKindSource;
      readonly date: string;
      readonly regulation: RegulationId;
      readonly summoned: number;
      readonly present: number;
      readonly quorumMet: boolean;
      readonly collected: number;
      readonly bands: Readonly<Record<Band, number>>;
    } | null;
    readonly problems: readonly JsonProblem[];
  }[];
  readonly review: readonly {
    readonly file: string;
    readonly place: string;
    readonly id: string;
    readonly name: string;
    readonly band: Band;
    readonly percent: Readonly<Record<string, number>> | null;
  }[];
  readonly twoPlaces: readonly {
    readonly id: string | null;
    readonly name: string;
    readonly joinedBy: "id" | "name";
    readonly flagged: boolean;
    readonly places: readonly {
      readonly place: string;
      readonly kind: PlaceKind;
      readonly regulation: RegulationId;
      readonly kept: boolean;
      readonly counts: Readonly<Record<string, number>> | null;
      readonly percent: Readonly<Record<string, number>> | null;
      readonly band: Band | null;
    }[];
  }[];
  readonly ranking: readonly {
    readonly file: string;
    readonly place: string;
    readonly people: readonly {
      readonly rank: number;
      readonly id: string;
      readonly name: string;
      readonly count: number;
      readonly percent: number | null;
    }[];
  }[];
  readonly problems: readonly JsonProblem[];
}

function inputProblemJson(problem: InputProblem, lang: Lang): JsonProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    sheet: problem.sheet,
    cell: problem.cell,
    message: problem.message[lang],
    action: problem.action?.[lang] ?? null,
  };
}

function isoDate({ year, month, day }: { year: number; month: number; day: number }): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function consolidationReport(consolidation: Consolidation, lang: Lang): JsonConsolidation {
  return {
    blocked: consolidation.blocked,
    inputs: consolidation.inputs.map((input) => {
      const meeting = input.meeting;
      return {
        file: input.file,
        status: input.status,
        fingerprint: input.fingerprint,
        meeting: meeting && {
          name: meeting.name,
          place: meeting.place.name,
          placeKind: meeting.place.kind,
          placeKindFrom: meeting.place.source,
          date: isoDate(meeting.date),
          regulation: meeting.regulation,
          summoned: meeting.figures.summoned,
          present: meeting.figures.present,
          quorumMet: meeting.figures.quorumMet,
          collected: meeting.figures.collected,
          bands: meeting.bands,
        },
        problems: input.problems.map((problem) => inputProblemJson(problem, lang)),
      };
    }),
    review: consolidation.review.map(({ band, person, at }) => ({
      file: at.file,
      place: at.meeting.place.name,
      id: person.id,
      name: person.name,
      band,
      percent: person.percent,
    })),
    twoPlaces: consolidation.severalPlaces.map(({ person, joinedBy }) => ({
      id: person.id,
      name: person.name,
      joinedBy,
      flagged: person.flagged,
      places: person.places.map((place) => ({
        place: place.place,
        kind: place.kind,
        regulation: place.regulation,
        kept: place.kept,
        counts: place.person.counts,
        percent: place.person.percent,
        band: place.person.band,
      })),
    })),
    ranking: consolidation.meetings.flatMap(({ file, meeting }) =>
      meeting.ranking === null
        ? []
        : [
            {
              file,
              place: meeting.place.name,
              people: meeting.ranking.map((person) => ({ ...person })),
            },
          ]
    ),
    problems: consolidation.problems.map((problem) => jsonProblem(problem, lang)),
  };
}
