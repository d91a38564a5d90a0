// The readable result the command line prints: the meeting figures, one line per person, the
// problems with their cells. Plain text that reads well in a terminal and in a log.

import {
  bandName,
  exclusionReasonText,
  formatPercent,
  levelName,
  levelsOf,
  quorumStateName,
  regulationName,
  type Lang,
  type PersonResult,
  type Problem,
  type RegulationId,
  type TallyResult,
} from "../rules";
import { describeAction } from "../workbook/problems";
import { describeProblem, type CheckedWorkbook } from "../workbook/run";
import { RESULT_COLUMNS, ROSTER_HEADERS, voteWordsOf } from "../workbook/vocabulary";

// Names of bands, levels, the quorum and the vote come from the rules and the vocabulary, so that
// the table says what the pane and the workbook say.
const WORDS = {
  vi: {
    figures: (m: TallyResult["meeting"]) =>
      `Triệu tập ${m.summoned}, có mặt ${m.present} (${quorumStateName(m.quorumMet, "vi")}); ` +
      `phát ra ${m.issued}, thu về ${m.collected}` +
      (m.validBallots === null
        ? ""
        : `, hợp lệ ${m.validBallots}, không hợp lệ ${m.invalidBallots}`),
    problems: "Vấn đề",
    error: "lỗi",
    warning: "cảnh báo",
    none: "Không có vấn đề nào.",
    action: "Cần làm",
  },
  en: {
    figures: (m: TallyResult["meeting"]) =>
      `Summoned ${m.summoned}, present ${m.present} (${quorumStateName(m.quorumMet, "en")}); ` +
      `issued ${m.issued}, collected ${m.collected}` +
      (m.validBallots === null ? "" : `, valid ${m.validBallots}, invalid ${m.invalidBallots}`),
    problems: "Problems",
    error: "error",
    warning: "warning",
    none: "No problems.",
    action: "What to do",
  },
} as const;

function personCells(regulation: RegulationId, person: PersonResult, lang: Lang): string[] {
  const levels = levelsOf(regulation);
  if (person.exclusion !== null) {
    const reason = `${ROSTER_HEADERS.exclusion[lang]}: ${exclusionReasonText(person.exclusion, lang)}`;
    return [...levels.map(() => ""), reason];
  }
  return [
    ...levels.map((level) => {
      const count = person.counts?.[level];
      const percent = person.percent?.[level];
      if (count === undefined || percent === undefined) return "";
      return `${count} (${formatPercent(percent, lang)})`;
    }),
    person.band === null ? "" : bandName(regulation, person.band, lang),
  ];
}

export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join("  ")
      .trimEnd()
  );
}

export function resultText(checked: CheckedWorkbook, lang: Lang): string {
  const words = WORDS[lang];
  const lines: string[] = [];
  const { regulation, meeting, result } = checked;
  if (regulation !== null && meeting !== null) {
    lines.push(
      voteWordsOf(regulation).title[lang],
      regulationName(regulation, lang),
      words.figures(meeting),
      ""
    );
  }
  // Counts, percentages and bands only when there is a result: never under an error.
  if (result !== null) {
    const levels = levelsOf(result.regulation);
    const header = [
      ROSTER_HEADERS.order[lang],
      ROSTER_HEADERS.name[lang],
      ...levels.map((level) => levelName(level, lang)),
      RESULT_COLUMNS.band[lang],
    ];
    const body = result.people.map((person, index) => [
      String(index + 1),
      person.name,
      ...personCells(result.regulation, person, lang),
    ]);
    lines.push(...alignColumns([header, ...body]), "");
  }
  lines.push(...problemLines(checked.problems, lang));
  return lines.join("\n");
}

/** Each problem with its cell, its message and what to do; or that there is none. */
export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  const words = WORDS[lang];
  if (problems.length === 0) return [words.none];
  const lines = [`${words.problems} (${problems.length}):`];
  for (const problem of problems) {
    const ref = problem.refs[0];
    const where = ref ? `${ref.sheet}!${ref.cell} ` : "";
    const severity = problem.severity === "error" ? words.error : words.warning;
    lines.push(`  ${problem.code} [${severity}] ${where}${describeProblem(problem, lang)}`);
    const action = describeAction(problem, lang);
    if (action !== null) lines.push(`      ${words.action}: ${action}`);
  }
  return lines;
}
