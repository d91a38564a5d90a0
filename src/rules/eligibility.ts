// Who is not voted on (rules.md section 6): a person with an announced retirement, or appointed
// or elected in the calendar year of the vote, or excluded for another reason the user wrote.

import { formatDate, isRealDate } from "./dates";
import { ruleProblem } from "./problems";
import { foldText, hasWordStartingWith } from "./text";
import type { CivilDate, Exclusion, ExclusionKind, Lang, PersonInput, Problem } from "./types";

// Folded words (no diacritics, lowercase) that start a word of the reason.
const RETIREMENT_WORDS = ["nghi huu", "retire"];
const APPOINTMENT_WORDS = ["bo nhiem", "bau", "appointed", "elected"];

/** What a written reason is about; retirement is looked for first ("nghỉ hưu", "retire…"),
 * then an appointment or election ("bổ nhiệm", "bầu", "appointed", "elected"). */
export function exclusionKindOf(reason: string): ExclusionKind {
  const folded = foldText(reason);
  if (hasWordStartingWith(folded, RETIREMENT_WORDS)) return "retirement";
  if (hasWordStartingWith(folded, APPOINTMENT_WORDS)) return "appointed-this-year";
  return "other";
}

function appointedReason(appointedOn: CivilDate, lang: Lang): string {
  const date = formatDate(appointedOn);
  return lang === "vi"
    ? `Được bổ nhiệm, bầu cử trong năm lấy phiếu (${date})`
    : `Appointed or elected in the year of the vote (${date})`;
}

/** Whether the person is voted on. A written reason decides first, in the user's words; else a
 * date of appointment in the calendar year of the vote (`voteDate` null when the meeting's date
 * is not a real date: then the date cannot decide). An unreal appointment date is E203. */
export function exclusionOf(
  person: PersonInput,
  voteDate: CivilDate | null,
  problems: Problem[]
): Exclusion | null {
  const appointedOn = person.appointedOn;
  const appointedIsReal = appointedOn === undefined || isRealDate(appointedOn.value);
  if (appointedOn !== undefined && !appointedIsReal) {
    problems.push(
      ruleProblem("E203", { name: person.name, date: formatDate(appointedOn.value) }, [
        appointedOn.ref,
        person.ref,
      ])
    );
  }

  const written = person.exclusionReason?.value.trim() ?? "";
  if (written !== "") return { kind: exclusionKindOf(written), reason: written };

  if (
    appointedOn !== undefined &&
    appointedIsReal &&
    voteDate !== null &&
    appointedOn.value.year === voteDate.year
  ) {
    return {
      kind: "appointed-this-year",
      reason: appointedReason(appointedOn.value, "vi"),
      appointedOn: appointedOn.value,
    };
  }
  return null;
}

/** The reason to show in `lang`: the user's own words as written, or the generated reason for a
 * date of appointment in the voting year in that language. */
export function exclusionReasonText(exclusion: Exclusion, lang: Lang): string {
  return exclusion.appointedOn === undefined
    ? exclusion.reason
    : appointedReason(exclusion.appointedOn, lang);
}
