// How a consolidation this program wrote is known again: its sheets' names and the marker line at
// the foot of `Tổng hợp`, "phieu-tin-nhiem 0.1.0 · tổng hợp · 3 hội nghị". Such a file may be
// replaced by the next consolidation, and is skipped when found among the inputs (W068).

import type { Lang } from "../../rules";
import type { WorkbookGrids } from "../grid";
import { RESULT_SHEET_MARKER } from "../result-marker";

export const CONSOLIDATION_SHEETS = {
  summary: "Tổng hợp",
  review: "Cần xem xét",
  twoPlaces: "Hai nơi",
  ranking: "Xếp hạng",
} as const;

const WORDS = {
  vi: { kind: "tổng hợp", meetings: "hội nghị" },
  en: { kind: "consolidation", meetings: "meetings" },
} as const;

export function consolidationMarker(version: string, meetings: number, lang: Lang): string {
  const words = WORDS[lang];
  return `${RESULT_SHEET_MARKER} ${version} · ${words.kind} · ${meetings} ${words.meetings}`;
}

const MARKER = new RegExp(
  `^${RESULT_SHEET_MARKER} \\d+\\.\\d+\\.\\d+\\S* · (${WORDS.vi.kind}|${WORDS.en.kind}) · \\d+ `
);

/** A workbook whose `Tổng hợp` sheet carries the marker line. */
export function isConsolidation(grids: WorkbookGrids): boolean {
  const sheet = grids.sheets.find((grid) => grid.sheet === CONSOLIDATION_SHEETS.summary);
  return (
    sheet !== undefined &&
    sheet.values.some((row) => row.some((value) => typeof value === "string" && MARKER.test(value)))
  );
}
