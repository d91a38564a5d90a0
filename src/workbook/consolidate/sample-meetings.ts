// Two more made-up meetings of huyện Vân Phong beside the bundled sample (the Party Executive
// Committee), so that a consolidation has something to show: the district People's Council (NQ 96,
// its kind inferred from the regulation) and the district People's Committee, a workplace (QĐ 96,
// its kind written in the workbook). Both rosters have a Mã column.
//
// Three people sit on both, joined by their Mã; one of them falls over half at the People's
// Committee only. The Council's chair also sits on the Executive Committee, whose roster has no
// Mã: that join is by name only, and flagged. With `threePlaces`, the Council's vice-chair is
// voted on at all three places, which is an error (QĐ 96: at most two): kept out of examples/ so
// that consolidating the bundled examples succeeds, and used by the tests.

import type { RegulationId } from "../../rules";
import { sampleWorkbook } from "../sample";
import type { RosterRow, StandardWorkbook } from "../template";
import { PLACE_KINDS, REGULATION_TEXTS } from "../vocabulary";

interface Seat {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly position: string;
}

interface MeetingSpec {
  readonly file: string;
  readonly regulation: RegulationId;
  readonly people: number;
  readonly ballots: number;
  readonly seed: number;
  readonly idPrefix: string;
  readonly meeting: StandardWorkbook["meeting"];
  readonly seats: readonly Seat[];
}

const SHARED = {
  chau: { id: "VP-001", name: "Phạm Minh Châu" },
  lan: { id: "VP-002", name: "Hoàng Thị Lan" },
  thanh: { id: "VP-003", name: "Bùi Văn Thành" },
  /** On the Executive Committee's roster too (STT 4), which has no Mã. */
  hai: { id: "VP-004", name: "Dương Minh Hải" },
  /** On the Executive Committee's roster too (STT 15): a third place with `threePlaces`. */
  trang: { id: "VP-005", name: "Trần Thị Trang" },
} as const;

/** Rows 0, 2, 4, 7, 9, 11 of 12 people are ordinary in the sample (sampleRoleAt); of 10 people,
 * 0, 3, 6, 9 are, and row 5 is over half. */
function specs(threePlaces: boolean): MeetingSpec[] {
  const trangAt = (index: number, position: string): Seat[] =>
    threePlaces ? [{ index, ...SHARED.trang, position }] : [];
  return [
    {
      file: "hdnd-huyen-van-phong.xlsx",
      regulation: "nq96",
      people: 12,
      ballots: 36,
      seed: 3,
      idPrefix: "HĐ",
      meeting: {
        name: "Kỳ họp thứ bảy Hội đồng nhân dân huyện Vân Phong khóa XX",
        organization: "Hội đồng nhân dân huyện Vân Phong, tỉnh Hải Lâm",
        place: "Hội đồng nhân dân huyện Vân Phong",
      },
      seats: [
        { index: 0, ...SHARED.chau, position: "Chủ tịch UBND huyện" },
        { index: 2, ...SHARED.lan, position: "Phó Chủ tịch UBND huyện" },
        { index: 4, ...SHARED.thanh, position: "Trưởng phòng Tài chính - Kế hoạch" },
        { index: 7, ...SHARED.hai, position: "Chủ tịch HĐND huyện" },
        ...trangAt(9, "Phó Chủ tịch HĐND huyện"),
      ],
    },
    {
      file: "ubnd-huyen-van-phong.xlsx",
      regulation: "qd96",
      people: 10,
      ballots: 30,
      seed: 5,
      idPrefix: "UB",
      meeting: {
        name: "Hội nghị lấy phiếu tín nhiệm tại Ủy ban nhân dân huyện Vân Phong",
        organization: "Ủy ban nhân dân huyện Vân Phong, tỉnh Hải Lâm",
        place: "Ủy ban nhân dân huyện Vân Phong",
        placeKind: PLACE_KINDS.workplace.vi,
      },
      seats: [
        { index: 0, ...SHARED.chau, position: "Chủ tịch UBND huyện" },
        { index: 3, ...SHARED.lan, position: "Phó Chủ tịch UBND huyện" },
        { index: 5, ...SHARED.thanh, position: "Trưởng phòng Tài chính - Kế hoạch" },
        ...trangAt(9, "Phó Chủ tịch HĐND huyện"),
      ],
    },
  ];
}

function meetingOf(spec: MeetingSpec): StandardWorkbook {
  const sample = sampleWorkbook({
    regulation: spec.regulation,
    people: spec.people,
    ballots: spec.ballots,
    seed: spec.seed,
  });
  const seatAt = new Map(spec.seats.map((seat) => [seat.index, seat]));
  const roster = sample.roster.map((row, index): RosterRow => {
    const seat = seatAt.get(index);
    const id = `${spec.idPrefix}-${String(row.order).padStart(2, "0")}`;
    return seat
      ? { ...row, id: seat.id, name: seat.name, position: seat.position }
      : { ...row, id };
  });
  const nameOf = new Map(roster.map((row) => [row.order, row.name]));
  return {
    ...sample,
    meeting: {
      ...sample.meeting,
      ...spec.meeting,
      regulation: REGULATION_TEXTS[spec.regulation],
    },
    roster,
    handTally: sample.handTally.map((line) => ({ ...line, name: nameOf.get(line.order) })),
  };
}

/** The two meetings, each with the file name it is saved under in examples/. */
export function sampleMeetings(
  options: { readonly threePlaces?: boolean } = {}
): { readonly file: string; readonly workbook: StandardWorkbook }[] {
  return specs(options.threePlaces ?? false).map((spec) => ({
    file: spec.file,
    workbook: meetingOf(spec),
  }));
}
