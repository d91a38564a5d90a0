// The extra-names rule (rules.md section 2) as a setting kept in the workbook (workbook.md 1): the
// meeting sheet's row decides, so that every clerk on the same file gets the same count. Here: the
// settings a run counts with, the problems the setting causes or meets, how many ballots it
// decides, and the write that changes the row.

import {
  DEFAULT_SETTINGS,
  tally,
  type ExtraNamePolicy,
  type Lang,
  type Problem,
  type Settings,
  type VoteInput,
} from "../rules";
import type { ExtraNamesRow } from "./placement";
import type { WritePlan } from "./plan";
import { workbookProblem } from "./problems";
import { extraNamesDropDown } from "./template";
import { EXTRA_NAME_POLICIES, MEETING_LABELS } from "./vocabulary";

const TEXT_FORMAT = "@";

/** The label and a policy's value, in both languages, for a message's params. */
function settingParams(policy: ExtraNamePolicy) {
  return {
    labelVi: MEETING_LABELS.extraNames.vi,
    labelEn: MEETING_LABELS.extraNames.en,
    valueVi: EXTRA_NAME_POLICIES[policy].vi,
    valueEn: EXTRA_NAME_POLICIES[policy].en,
  };
}

/** The settings a run counts with. The workbook's row decides; `override` (the command line's
 * --extra-names) applies only where the row states nothing, and says so (W017); one that
 * disagrees with the row is E016. */
export function settingsInForce(
  row: ExtraNamesRow | undefined,
  override: ExtraNamePolicy | undefined,
  problems: Problem[]
): Settings {
  const stated = row?.stated;
  if (stated) {
    if (override !== undefined && override !== stated) {
      const params = { option: override, cell: row.cell.cell, ...settingParams(stated) };
      problems.push(workbookProblem("E016", params, [row.cell]));
    }
    return { extraNames: stated, ref: row.cell };
  }
  if (override === undefined || stated === null) return DEFAULT_SETTINGS;
  problems.push(
    workbookProblem("W017", settingParams(override), row ? [row.newLabel ?? row.cell] : [])
  );
  return { extraNames: override };
}

/** How many ballots the setting decides: those invalid when an extra name voids the ballot but
 * valid when it is ignored, found by counting with both. Null without ballots to count. */
export function ballotsDecidedByExtraNames(input: VoteInput): number | null {
  if (input.ballots === undefined) return null;
  const invalid = (extraNames: ExtraNamePolicy) =>
    tally({ ...input, settings: { extraNames } }).meeting.invalidBallots ?? 0;
  return invalid("void-ballot") - invalid("ignore-name");
}

/** E018, when the ballots and the hand tally differ (E314) while extra names void ballots: the
 * hand tally may have counted those ballots as valid. Null when the setting cannot be the cause. */
export function extraNamesHint(input: VoteInput, ruleProblems: readonly Problem[]): Problem | null {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  if (settings.extraNames !== "void-ballot") return null;
  if (!ruleProblems.some((problem) => problem.code === "E314")) return null;
  const count = ballotsDecidedByExtraNames(input) ?? 0;
  if (count === 0) return null;
  const params = { count, ...settingParams(settings.extraNames) };
  return workbookProblem("E018", params, settings.ref ? [settings.ref] : []);
}

/** Writes `policy` into the row as text: only the value's cell, plus the label (and the value's
 * drop-down) when the row is missing. */
export function extraNamesPlan(row: ExtraNamesRow, policy: ExtraNamePolicy, lang: Lang): WritePlan {
  const value = EXTRA_NAME_POLICIES[policy].vi;
  const cell = (at: string, text: string) => ({
    at,
    values: [[text]],
    numberFormats: [[TEXT_FORMAT]],
  });
  const label = row.newLabel;
  return {
    sheets: [
      {
        sheet: row.cell.sheet,
        kind: "user",
        clear: [],
        blocks: [
          ...(label ? [cell(label.cell, MEETING_LABELS.extraNames.vi)] : []),
          cell(row.cell.cell, value),
        ],
        formats: [],
        merges: [],
        columnWidths: [],
        rowHeights: [],
        validations: label ? [extraNamesDropDown(row.cell.cell, lang)] : [],
      },
    ],
  };
}
