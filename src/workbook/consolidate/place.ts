// Where a meeting votes, and what kind of place that is (rules.md section 7): the kind orders the
// places of a person voted on at two. The row `Loại nơi lấy phiếu` states it; when it is blank the
// regulation decides where it can: NQ 96 votes only on posts a People's Council (or the National
// Assembly) elects. QĐ 96 votes in Party committees, councils and workplaces alike, so the
// regulation cannot tell: the place's name decides, as the rules read it ("Ban Chấp hành …" is a
// Party committee), and the consolidation says so wherever that choice orders somebody's places.

import { placeKindOf, type PlaceKind, type RegulationId } from "../../rules";
import type { MeetingDetails } from "../placement";

/** How the kind was found: written in the workbook, from the regulation, or from the name. */
export type PlaceKindSource = "stated" | "regulation" | "name";

export interface MeetingPlace {
  /** The place's name: `Nơi lấy phiếu`, else the organization, else the meeting's name, else the
   * file's. */
  readonly name: string;
  readonly kind: PlaceKind;
  readonly source: PlaceKindSource;
}

export function meetingPlace(
  details: MeetingDetails,
  regulation: RegulationId,
  fileName: string
): MeetingPlace {
  const name = details.place ?? details.organization ?? details.meetingName ?? fileName;
  if (details.placeKind) return { name, kind: details.placeKind.value, source: "stated" };
  if (regulation !== "qd96") return { name, kind: "peoples-council", source: "regulation" };
  return { name, kind: placeKindOf(name), source: "name" };
}
