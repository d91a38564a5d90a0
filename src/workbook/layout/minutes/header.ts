// The minutes' header by regulation (Hướng dẫn 36-HD/VPTW for the Party's documents, Nghị định
// 30/2020/NĐ-CP for the State's): the organization, under its parent when given, top left; the
// Party's or the State's name top right, the dateline under it; then the title block.

import { formatDate, regulationName, type Lang, type RegulationId } from "../../../rules";
import { MEETING_LABELS, voteWordsOf } from "../../vocabulary";
import { font } from "../style";
import { dateline, WORDS } from "../words";
import { SIZE, type MinutesPage, type ResultSheetArgs } from "./page";

/** The lines at the top right: the Party's name for qd96, the State's with its motto otherwise. */
function nationalHeading(regulation: RegulationId, lang: Lang): readonly string[] {
  return regulation === "qd96" ? [WORDS.party[lang]] : [WORDS.state[lang], WORDS.motto[lang]];
}

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

export function header(page: MinutesPage, args: ResultSheetArgs): void {
  const { details, lang, result } = args;
  const { columns } = page;
  const left = { left: 1, right: columns.position };
  const right = { left: columns.position + 1, right: columns.last };
  const bold = { font: font(SIZE.body, { bold: true }), horizontal: "center" } as const;
  const plain = { font: font(SIZE.body), horizontal: "center" } as const;
  const leftLines = [
    ...(details.parentOrganization
      ? [{ text: upper(details.parentOrganization), look: plain }]
      : []),
    ...(details.organization ? [{ text: upper(details.organization), look: bold }] : []),
  ];
  const rightLines = [
    ...nationalHeading(result.regulation, lang).map((text) => ({ text, look: bold })),
    {
      text: dateline(args.meetingDate, lang, details.town),
      look: { font: font(SIZE.body, { italic: true }), horizontal: "center" } as const,
    },
  ];
  const top = page.row;
  leftLines.forEach(({ text, look }, i) => page.text(top + i, left.left, left.right, text, look));
  rightLines.forEach(({ text, look }, i) =>
    page.text(top + i, right.left, right.right, text, look)
  );
  page.row = top + Math.max(leftLines.length, rightLines.length);
  page.skip();
  titleBlock(page, args);
}

function titleBlock(page: MinutesPage, args: ResultSheetArgs): void {
  const { details, lang, result } = args;
  const centered = { horizontal: "center" } as const;
  const vote = voteWordsOf(result.regulation);
  page.line(vote.title[lang], { ...centered, font: font(SIZE.title, { bold: true }) });
  if (details.meetingName) {
    page.line(details.meetingName, { ...centered, font: font(SIZE.meeting, { bold: true }) });
  }
  const facts = [
    ...(details.place ? [`${vote.place[lang]}: ${details.place}`] : []),
    `${vote.date[lang]}: ${formatDate(args.meetingDate)}`,
  ];
  page.line(facts.join(" – "), { ...centered, font: font(SIZE.body) });
  page.line(`${MEETING_LABELS.regulation[lang]}: ${regulationName(result.regulation, lang)}`, {
    ...centered,
    font: font(SIZE.notes, { italic: true }),
  });
  page.skip();
}
