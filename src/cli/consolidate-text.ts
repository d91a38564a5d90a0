// The consolidation as the terminal shows it: one line per input, the people to review and those
// at two places, then the problems with what to do, as the tally's table does.

import { bandName, formatPercent, type Lang, type PersonResult, type RegulationId } from "../rules";
import type { Consolidation } from "../workbook/consolidate/consolidate";
import { lowestLevelOf } from "../workbook/consolidate/summary";
import { describeAction } from "../workbook/problems";
import { describeProblem } from "../workbook/run";
import { alignColumns } from "./table";

const WORDS = {
  vi: {
    head: ["STT", "Tệp", "Nơi lấy phiếu", "Quy định", "Thu về", "Quá nửa", "Từ 2/3", "Tình trạng"],
    status: {
      counted: "đã tổng hợp",
      blocked: "còn lỗi chặn",
      unreadable: "không đọc được",
      consolidation: "bảng tổng hợp, bỏ qua",
      duplicate: "trùng tệp khác, tính một lần",
    },
    review: "Cần xem xét",
    twoPlaces: "Hai nơi",
    byName: "ghép theo họ tên, cần xác nhận",
    problems: "Vấn đề",
    none: "Không có vấn đề nào.",
    action: "Cần làm",
  },
  en: {
    head: ["No.", "File", "Place", "Regulation", "Collected", "Over half", "2/3+", "Status"],
    status: {
      counted: "consolidated",
      blocked: "blocked",
      unreadable: "unreadable",
      consolidation: "a consolidation, skipped",
      duplicate: "same vote as another, counted once",
    },
    review: "To review",
    twoPlaces: "Two places",
    byName: "joined by name, to confirm",
    problems: "Problems",
    none: "No problems.",
    action: "What to do",
  },
} as const;

function low(person: PersonResult, regulation: RegulationId, lang: Lang): string {
  const percent = person.percent?.[lowestLevelOf(regulation)];
  return percent === undefined ? "" : formatPercent(percent, lang);
}

export function consolidationText(consolidation: Consolidation, lang: Lang): string {
  const words = WORDS[lang];
  const rows = consolidation.inputs.map((input, index) => {
    const meeting = input.meeting;
    return [
      String(index + 1),
      input.file,
      meeting?.place.name ?? "",
      meeting?.regulation ?? "",
      meeting ? String(meeting.figures.collected) : "",
      meeting ? String(meeting.bands["over-half"]) : "",
      meeting ? String(meeting.bands["two-thirds"]) : "",
      words.status[input.status],
    ];
  });
  const lines = [...alignColumns([[...words.head], ...rows]), ""];
  lines.push(`${words.review} (${consolidation.review.length}):`);
  for (const { band, person, at } of consolidation.review) {
    const regulation = at.meeting.regulation;
    lines.push(
      `  ${person.name} · ${at.meeting.place.name} · ${low(person, regulation, lang)} · ` +
        bandName(regulation, band, lang)
    );
  }
  lines.push("", `${words.twoPlaces} (${consolidation.severalPlaces.length}):`);
  for (const { person, joinedBy } of consolidation.severalPlaces) {
    const places = person.places.map(
      (place) => `${place.place} ${low(place.person, place.regulation, lang)}`
    );
    const flag = person.flagged ? " !" : "";
    const join = joinedBy === "name" ? ` (${words.byName})` : "";
    lines.push(`  ${person.name}${join}${flag}: ${places.join(" | ")}`);
  }
  lines.push("");
  if (consolidation.problems.length === 0) {
    lines.push(words.none);
  } else {
    lines.push(`${words.problems} (${consolidation.problems.length}):`);
    for (const problem of consolidation.problems) {
      lines.push(`  ${problem.code} ${describeProblem(problem, lang)}`);
      const action = describeAction(problem, lang);
      if (action !== null) lines.push(`      ${words.action}: ${action}`);
    }
  }
  for (const input of consolidation.inputs.filter((input) => input.status !== "counted")) {
    for (const problem of input.problems.filter((problem) => problem.severity === "error")) {
      const where = problem.cell === null ? "" : ` ${problem.sheet}!${problem.cell}`;
      lines.push(`  ${input.file}${where}: ${problem.code} ${problem.message[lang]}`);
    }
  }
  return lines.join("\n");
}
