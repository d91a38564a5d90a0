// What parse learns about where things are, and layout needs in order to write only into the
// places the add-in owns.

import type { PlaceKind } from "../rules/places";
import type { ExtraNamePolicy, SourceRef, Sourced } from "../rules/types";
import type { ClockTime } from "./clock-time";
import type { CellBox } from "./layout/a1";

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

/** A signer of the minutes: a name and, when given, a post. */
export interface Signer {
  readonly name: string;
  readonly post?: string;
}

/** The meeting's descriptive fields (printed on the minutes) and the extra-names row. */
export interface MeetingDetails {
  readonly meetingName?: string;
  readonly organization?: string;
  readonly parentOrganization?: string;
  readonly place?: string;
  /** The town of the dateline. */
  readonly town?: string;
  readonly startTime?: ClockTime;
  readonly endTime?: ClockTime;
  readonly chair?: string;
  readonly secretary?: string;
  readonly countingHead?: string;
  readonly countingHeadPost?: string;
  readonly countingMembers: readonly string[];
  /** One per member, in the members' order; empty when the row is missing or blank. */
  readonly countingMemberPosts: readonly string[];
  /** The setting that prints each band's consequence beside the person, not only in the notes. */
  readonly consequencePerPerson: boolean;
  /** Absent when there is no meeting sheet. */
  readonly extraNames?: ExtraNamesRow;
  /** The place kind the row `Loại nơi lấy phiếu` states; absent when it is missing, blank or
   * not an accepted value (E060 says so). */
  readonly placeKind?: Sourced<PlaceKind>;
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
  /** The rectangle a previous run wrote on the roster, as its marker line records it, when it
   * still holds that run's block: it is cleared and written anew. Null when there is none; the
   * cells of an old block nobody recorded are then the user's, like any other. */
  readonly ownedBlock: CellBox | null;
}

export interface ResultSheetState {
  /** The name the sheet has or will have. */
  readonly name: string;
  readonly exists: boolean;
  /** True when it exists and carries the add-in's marker line (a previous run wrote it). */
  readonly ours: boolean;
  /** The rectangle that run wrote on the roster, as its marker line records it; null when the
   * sheet is not the add-in's. */
  readonly rosterBlock: CellBox | null;
}
