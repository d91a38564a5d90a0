// What parse learns about where things are, and layout needs in order to write only into the
// places the add-in owns.

import type { ExtraNamePolicy, SourceRef } from "../rules/types";

/** The meeting sheet's row of the extra-names rule (rules.md section 2): what it states, and
 * where it is or would go, so that the pane can show it and write it. */
export interface ExtraNamesRow {
  /** Absent when the row is missing or its value blank (the default applies); null when the
   * value is not one of the accepted ones (E015 says so). */
  readonly stated?: ExtraNamePolicy | null;
  /** The value's cell; where the value goes when the row is missing. */
  readonly cell: SourceRef;
  /** Set only when the row is missing: where its label goes, below the sheet's last used row. */
  readonly newLabel?: SourceRef;
}

/** The meeting's descriptive fields (printed on the summary) and the extra-names row. */
export interface MeetingDetails {
  readonly meetingName?: string;
  readonly organization?: string;
  readonly place?: string;
  readonly countingHead?: string;
  readonly countingMembers: readonly string[];
  /** Absent when there is no meeting sheet. */
  readonly extraNames?: ExtraNamesRow;
}

export interface RosterPlacement {
  /** The roster sheet's name as the user wrote it. */
  readonly sheet: string;
  /** 1-based row of the roster's header. */
  readonly headerRow: number;
  /** 1-based rightmost column holding the user's content (result columns excluded). */
  readonly lastUserColumn: number;
  /** 1-based last row of the roster's data. */
  readonly lastRow: number;
  /** Person id → 1-based row on the roster. */
  readonly personRows: Readonly<Record<string, number>>;
  /** The result block a previous run wrote (its columns, and the caption's row when there is
   * one), to be replaced; null when there is none. */
  readonly ownedBlock: {
    readonly firstColumn: number;
    readonly lastColumn: number;
    readonly captionRow: number | null;
    /** The lowest row holding anything in the block's columns, when below `lastRow` (people
     * removed from the end of the roster since): the block is cleared down to it. */
    readonly lastRow?: number;
  } | null;
}

export interface ResultSheetState {
  /** The name the sheet has or will have. */
  readonly name: string;
  readonly exists: boolean;
  /** True when it exists and carries the add-in's marker (a previous run wrote it). */
  readonly ours: boolean;
}
