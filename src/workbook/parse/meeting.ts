// Sheet `Hội nghị` (workbook.md 1): one label and its value per row, in any order. The value is
// the first non-blank cell right of the label, so labels in column A with values in B, or a label
// merged over two columns, read the same.

import type {
  ExtraNamePolicy,
  PlaceKind,
  MeetingInput,
  MeetingParts,
  Problem,
  SourceRef,
  Sourced,
} from "../../rules";
import { minutesOf } from "../clock-time";
import type { CellValue } from "../grid";
import type { ExtraNamesRow, MeetingDetails } from "../placement";
import { workbookProblem } from "../problems";
import {
  EXTRA_NAME_POLICIES,
  MEETING_LABELS,
  PLACE_KINDS,
  REQUIRED_MEETING_LABELS,
  YES_NO,
  type Term,
} from "../vocabulary";
import { readClockTime } from "./clock-time";
import { termLookup } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText, readable, readDate, readRegulation, readText, readWholeNumber } from "./values";

type LabelKey = keyof typeof MEETING_LABELS;

interface LabelledValue {
  readonly label: SourceRef;
  readonly value: CellValue;
  /** The value's cell, or where it belongs when it is missing. */
  readonly ref: SourceRef;
}

export interface ParsedMeeting {
  /** Null when a required value could not be read (the problems say why). */
  readonly meeting: MeetingInput | null;
  /** The values that could be read, for the checks that need only them. */
  readonly read: MeetingParts;
  readonly details: MeetingDetails;
}

export const meetingLabelOf = termLookup(Object.entries(MEETING_LABELS) as [LabelKey, Term][]);

/** The label a cell holds, if any (labels are text). */
function labelAt(view: SheetView, row: number, col: number): LabelKey | undefined {
  const value = view.value(row, col);
  return typeof value === "string" ? meetingLabelOf(value) : undefined;
}

/** Each label's value; a label found twice is E011 (which value is meant is not guessed). */
function labelledValues(
  view: SheetView,
  problems: Problem[]
): Partial<Record<LabelKey, LabelledValue>> {
  const found: Partial<Record<LabelKey, LabelledValue>> = {};
  const { top, left, bottom, right } = view.box;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const key = labelAt(view, row, col);
      if (key === undefined) continue;
      const label = view.ref(row, col);
      const first = found[key];
      if (first) {
        problems.push(
          workbookProblem(
            "E011",
            {
              sheet: view.name,
              label: cellText(view.value(row, col)),
              cell: label.cell,
              first: first.label.cell,
            },
            [label, first.label]
          )
        );
        break;
      }
      let valueCol = (view.mergeAt(row, col)?.right ?? col) + 1;
      const missingAt = view.ref(row, valueCol);
      while (valueCol <= right && isBlank(view.value(row, valueCol))) valueCol++;
      found[key] =
        valueCol <= right
          ? { label, value: view.value(row, valueCol), ref: view.ref(row, valueCol) }
          : { label, value: null, ref: missingAt };
      break; // one label per row: the rest of the row is its value
    }
  }
  return found;
}

const extraNamePolicyOf = termLookup(
  Object.entries(EXTRA_NAME_POLICIES) as [ExtraNamePolicy, Term][]
);

/** The extra-names row: what it states and where; a value that is not an accepted one is E015
 * (never guessed: it decides which ballots count). */
function extraNamesRow(
  view: SheetView,
  entry: LabelledValue | undefined,
  problems: Problem[]
): ExtraNamesRow {
  if (!entry) {
    // Appended under everything the sheet holds, in the column of its other labels.
    const labelCol = Math.max(view.box.left, 1);
    const row = Math.max(view.box.bottom, 0) + 1;
    return { cell: view.ref(row, labelCol + 1), newLabel: view.ref(row, labelCol) };
  }
  const { value, ref } = entry;
  if (isBlank(value)) return { cell: ref };
  if (!readable(value, ref, MEETING_LABELS.extraNames.vi, problems))
    return { stated: null, cell: ref };
  const policy = typeof value === "string" ? extraNamePolicyOf(value) : undefined;
  if (policy) return { stated: policy, cell: ref };
  const accepted = (lang: "vi" | "en") =>
    Object.values(EXTRA_NAME_POLICIES)
      .map((term) => `“${term[lang]}”`)
      .join(lang === "vi" ? " hoặc " : " or ");
  problems.push(
    workbookProblem(
      "E015",
      {
        cell: ref.cell,
        value: cellText(value),
        labelVi: MEETING_LABELS.extraNames.vi,
        labelEn: MEETING_LABELS.extraNames.en,
        acceptedVi: accepted("vi"),
        acceptedEn: accepted("en"),
      },
      [ref]
    )
  );
  return { stated: null, cell: ref };
}

const yesNoOf = termLookup(Object.entries(YES_NO) as ["yes" | "no", Term][]);

/** The consequence setting: blank or missing is no; a value that is neither yes nor no is E053. */
function consequencePerPerson(entry: LabelledValue | undefined, problems: Problem[]): boolean {
  if (!entry || isBlank(entry.value)) return false;
  const { value, ref } = entry;
  if (!readable(value, ref, MEETING_LABELS.consequencePerPerson.vi, problems)) return false;
  const answer = typeof value === "string" ? yesNoOf(value) : undefined;
  if (answer === undefined) {
    const { vi: labelVi, en: labelEn } = MEETING_LABELS.consequencePerPerson;
    const params = { cell: ref.cell, value: cellText(value), labelVi, labelEn };
    problems.push(workbookProblem("E053", params, [ref]));
  }
  return answer === "yes";
}

/** A list written in one cell, separated by `;`. */
function listOf(text: string | undefined): string[] {
  return (text ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const placeKindOfTerm = termLookup(Object.entries(PLACE_KINDS) as [PlaceKind, Term][]);

/** The place kind the row states; blank is none (the regulation decides); any other value is
 * E060: it orders the places of a person voted on at several, so it is never guessed. */
function placeKindRow(
  entry: LabelledValue | undefined,
  problems: Problem[]
): Sourced<PlaceKind> | undefined {
  if (!entry || isBlank(entry.value)) return undefined;
  const { value, ref } = entry;
  if (!readable(value, ref, MEETING_LABELS.placeKind.vi, problems)) return undefined;
  const kind = typeof value === "string" ? placeKindOfTerm(value) : undefined;
  if (kind) return { value: kind, ref };
  const accepted = (lang: "vi" | "en") =>
    Object.values(PLACE_KINDS)
      .map((term) => `“${term[lang]}”`)
      .join(", ");
  const params = {
    cell: ref.cell,
    value: cellText(value),
    acceptedVi: accepted("vi"),
    acceptedEn: accepted("en"),
  };
  problems.push(workbookProblem("E060", params, [ref]));
  return undefined;
}

export function parseMeeting(view: SheetView, problems: Problem[]): ParsedMeeting {
  const found = labelledValues(view, problems);
  for (const key of REQUIRED_MEETING_LABELS) {
    if (!found[key]) {
      const { vi, en } = MEETING_LABELS[key];
      problems.push(
        workbookProblem("E010", { sheet: view.name, labelVi: vi, labelEn: en }, [
          view.ref(Math.max(view.box.top, 1), Math.max(view.box.left, 1)),
        ])
      );
    }
  }
  const read = <T>(
    key: LabelKey,
    reader: (v: CellValue, ref: SourceRef, field: string, p: Problem[]) => T | null
  ): Sourced<T> | null => {
    const entry = found[key];
    if (!entry) return null;
    const value = reader(entry.value, entry.ref, MEETING_LABELS[key].vi, problems);
    return value === null ? null : { value, ref: entry.ref };
  };
  const text = (key: LabelKey): Sourced<string> | null =>
    read(key, (v, ref, field, p) => readText(v, ref, field, p, false) ?? null);

  const date = read("date", readDate);
  const regulation = read("regulation", readRegulation);
  const summoned = read("summoned", readWholeNumber);
  const present = read("present", readWholeNumber);
  const issued = read("issued", readWholeNumber);
  const collected = read("collected", readWholeNumber);
  const place = text("place");
  const members = text("countingMembers");
  const posts = text("countingMemberPosts");
  const countingMembers = listOf(members?.value);
  const countingMemberPosts = listOf(posts?.value);
  if (posts?.ref && countingMemberPosts.length !== countingMembers.length) {
    const first = members?.ref ?? found.countingMembers?.ref ?? posts.ref;
    const params = {
      cell: posts.ref.cell,
      posts: countingMemberPosts.length,
      members: countingMembers.length,
      first: first.cell,
    };
    problems.push(workbookProblem("E052", params, [posts.ref, first]));
  }
  const time = (key: "startTime" | "endTime") =>
    found[key] && !isBlank(found[key].value) ? read(key, readClockTime) : null;
  const start = time("startTime");
  const end = time("endTime");
  if (start?.ref && end?.ref && minutesOf(end.value) < minutesOf(start.value)) {
    const params = {
      cell: end.ref.cell,
      end: cellText(found.endTime?.value ?? null),
      first: start.ref.cell,
      start: cellText(found.startTime?.value ?? null),
    };
    problems.push(workbookProblem("E051", params, [end.ref, start.ref]));
  }
  const placeKind = placeKindRow(found.placeKind, problems);

  const details: MeetingDetails = {
    meetingName: text("name")?.value,
    organization: text("organization")?.value,
    parentOrganization: text("parentOrganization")?.value,
    place: place?.value,
    town: text("town")?.value,
    ...(start && { startTime: start.value }),
    ...(end && { endTime: end.value }),
    chair: text("chair")?.value,
    secretary: text("secretary")?.value,
    countingHead: text("countingHead")?.value,
    countingHeadPost: text("countingHeadPost")?.value,
    countingMembers,
    countingMemberPosts:
      countingMemberPosts.length === countingMembers.length ? countingMemberPosts : [],
    consequencePerPerson: consequencePerPerson(found.consequencePerPerson, problems),
    extraNames: extraNamesRow(view, found.extraNames, problems),
    ...(placeKind && { placeKind }),
  };
  const parts: MeetingParts = {
    ...(regulation && { regulation: regulation.value }),
    ...(date && { date }),
    ...(place && { place }),
    ...(summoned && { summoned }),
    ...(present && { present }),
    ...(issued && { issued }),
    ...(collected && { collected }),
  };
  const meeting: MeetingInput | null =
    date && regulation && summoned && present && issued && collected
      ? { ...parts, regulation: regulation.value, date, summoned, present, issued, collected }
      : null;
  return { meeting, read: parts, details };
}
