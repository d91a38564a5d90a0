// Every word the task pane shows, in Vietnamese and English. Messages about the workbook's
// problems come from the host already translated; these are the pane's own words. Names the
// workbook and the command line also show (bands, the quorum, the regulations, the meeting's
// labels) come from the rules and the vocabulary: one name for one thing.

import { quorumLabel, quorumStateName } from "../rules/regulations";
import type { ExtraNamePolicy, Lang, RegulationId, Severity } from "../rules/types";
import {
  EXTRA_NAME_POLICIES,
  MEETING_LABELS,
  REGULATION_TEXTS,
  SHEETS,
} from "../workbook/vocabulary";
import { CONSOLIDATION_SHEETS } from "../workbook/consolidate/marker";

export interface PaneStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly languageNames: Readonly<Record<Lang, string>>;

  readonly checkHeading: string;
  readonly checkIntro: string;
  readonly checkButton: string;
  readonly checking: string;
  readonly regulationLabel: string;
  readonly regulationNames: Readonly<Record<RegulationId, string>>;
  readonly meetingHeading: string;
  readonly meetingUnreadable: string;
  readonly figures: {
    readonly summoned: string;
    readonly present: string;
    readonly issued: string;
    readonly collected: string;
    readonly validBallots: string;
    readonly invalidBallots: string;
  };
  readonly notAvailable: string;
  readonly quorumLabel: string;
  readonly quorumMet: string;
  readonly quorumNotMet: string;
  readonly quorumRule: string;
  readonly problemsHeading: string;
  readonly noProblems: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly cellLabel: string;
  readonly actionLabel: string;
  readonly goToCell: (place: string) => string;
  readonly checkedStatus: (errors: number, warnings: number) => string;
  readonly workbookChanged: string;
  readonly templateFits: string;
  readonly templateFitsButton: string;

  readonly tallyHeading: string;
  readonly tallyIntro: string;
  readonly tallyButton: string;
  readonly tallying: string;
  readonly tallyNeedsCheck: string;
  readonly tallyBlocked: string;
  readonly acknowledgeWarnings: (warnings: number) => string;
  readonly tallyWritten: string;
  readonly tallyNotWritten: string;
  readonly bandsHeading: string;
  readonly showResultsButton: string;

  readonly templateHeading: string;
  readonly templateIntro: string;
  readonly templateButton: string;
  readonly creatingTemplate: string;
  readonly templateCreated: (sheets: readonly string[]) => string;
  readonly templateRefusedTitle: string;
  readonly templateRefused: (existing: readonly string[]) => string;

  readonly settingsHeading: string;
  readonly extraNamesLabel: string;
  readonly extraNamesHint: string;
  readonly extraNames: Readonly<Record<ExtraNamePolicy, string>>;
  /** Before a check: the pane does not know the workbook's rule yet. */
  readonly extraNamesUnread: string;
  /** Where the rule is kept; `addsRow` when a change adds the row. */
  readonly extraNamesWhere: (place: string, addsRow: boolean) => string;
  readonly extraNamesConfirmTitle: string;
  /** What a change to `to` does to the count; null when the workbook cannot be counted yet. */
  readonly extraNamesEffect: (to: ExtraNamePolicy, ballots: number | null) => string;
  readonly extraNamesApply: string;
  readonly extraNamesCancel: string;
  readonly extraNamesWritten: string;

  readonly hostFailedTitle: string;
  readonly hostFailedMessage: string;
  readonly technicalDetails: string;

  readonly ballotsHeading: string;
  readonly ballotsIntro: string;
  readonly ballotsButton: string;
  readonly printingBallots: string;
  readonly ballotsWritten: (copies: number, people: number, sheets: readonly string[]) => string;
  readonly ballotsNotWritten: string;

  readonly consolidateHeading: string;
  readonly consolidateIntro: string;
  readonly consolidateButton: string;
  readonly consolidating: string;
  readonly consolidationWritten: (meetings: number, sheets: readonly string[]) => string;
  readonly consolidationNotWritten: string;
  readonly consolidatedFile: (file: string, counted: boolean) => string;
}

/** Always in both languages: a user stuck in the wrong language must still find the switch. */
export const LANGUAGE_LABEL = "Ngôn ngữ / Language";

const vi: PaneStrings = {
  title: "Phiếu tín nhiệm",
  subtitle: "Kiểm phiếu lấy phiếu tín nhiệm",
  languageNames: { vi: "Tiếng Việt", en: "English" },

  checkHeading: "Kiểm tra",
  checkIntro: "Đọc các trang Hội nghị, Danh sách, Phiếu, Kiểm phiếu và báo các lỗi, cảnh báo.",
  checkButton: "Kiểm tra",
  checking: "Đang kiểm tra…",
  regulationLabel: MEETING_LABELS.regulation.vi,
  regulationNames: REGULATION_TEXTS,
  meetingHeading: "Số liệu hội nghị",
  meetingUnreadable: "Chưa đọc được số liệu hội nghị.",
  figures: {
    summoned: MEETING_LABELS.summoned.vi,
    present: MEETING_LABELS.present.vi,
    issued: MEETING_LABELS.issued.vi,
    collected: MEETING_LABELS.collected.vi,
    validBallots: "Số phiếu hợp lệ",
    invalidBallots: "Số phiếu không hợp lệ",
  },
  notAvailable: "—",
  quorumLabel: quorumLabel("vi"),
  quorumMet: quorumStateName(true, "vi"),
  quorumNotMet: quorumStateName(false, "vi"),
  quorumRule: "Cần ít nhất 2/3 số người được triệu tập có mặt.",
  problemsHeading: "Lỗi và cảnh báo",
  noProblems: "Không có lỗi hay cảnh báo nào.",
  severity: { error: "Lỗi", warning: "Cảnh báo" },
  cellLabel: "Ô",
  actionLabel: "Cần làm",
  goToCell: (place) => `Chọn ô ${place}`,
  checkedStatus: (errors, warnings) =>
    `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.` +
    (errors > 0 ? " Cần sửa lỗi trước khi ghi kết quả." : ""),
  workbookChanged: "Sổ tính đã thay đổi — kiểm tra lại.",
  templateFits:
    "Sổ tính chưa có trang nào theo mẫu. Hãy tạo mẫu rồi điền số liệu vào các trang mới.",
  templateFitsButton: "Tạo các trang theo mẫu",

  tallyHeading: "Kiểm phiếu và ghi kết quả",
  tallyIntro:
    "Tính kết quả trên tổng số phiếu thu về, ghi vào trang Danh sách và lập trang Kết quả.",
  tallyButton: "Kiểm phiếu và ghi kết quả",
  tallying: "Đang kiểm phiếu và ghi kết quả…",
  tallyNeedsCheck: "Hãy bấm Kiểm tra trước.",
  tallyBlocked: "Còn lỗi: sửa lỗi trong bảng tính rồi kiểm tra lại.",
  acknowledgeWarnings: (warnings) =>
    `Tôi đã xem ${warnings} cảnh báo ở trên và vẫn muốn ghi kết quả.`,
  tallyWritten: "Đã ghi kết quả.",
  tallyNotWritten: "Chưa ghi gì: còn lỗi.",
  bandsHeading: "Số người theo mức",
  showResultsButton: "Xem trang Kết quả",

  templateHeading: "Tạo mẫu",
  templateIntro: "Thêm các trang trống theo mẫu chuẩn: Hội nghị, Danh sách, Phiếu, Kiểm phiếu.",
  templateButton: "Tạo mẫu",
  creatingTemplate: "Đang tạo mẫu…",
  templateCreated: (sheets) => `Đã tạo các trang: ${sheets.join(", ")}.`,
  templateRefusedTitle: "Không tạo mẫu",
  templateRefused: (existing) =>
    `Bảng tính đã có trang ${existing.join(", ")}. Không ghi đè lên dữ liệu của bạn: hãy dùng một bảng tính mới.`,

  settingsHeading: "Cài đặt",
  extraNamesLabel: MEETING_LABELS.extraNames.vi,
  extraNamesHint:
    "Quy định năm 2023 chưa nói rõ. Thiết lập nằm trong sổ tính, nên mọi người kiểm cùng tệp có cùng kết quả.",
  extraNames: {
    "ignore-name": `${EXTRA_NAME_POLICIES["ignore-name"].vi} (mặc định)`,
    "void-ballot": EXTRA_NAME_POLICIES["void-ballot"].vi,
  },
  extraNamesUnread: "Bấm Kiểm tra để đọc thiết lập này từ sổ tính.",
  extraNamesWhere: (place, addsRow) =>
    addsRow
      ? `Sổ tính chưa có dòng này; khi đổi, dòng được thêm ở ${place}.`
      : `Ghi ở ô ${place} của sổ tính.`,
  extraNamesConfirmTitle: "Đổi thiết lập?",
  extraNamesEffect: (to, ballots) => {
    if (ballots === null) return "Chưa biết bao nhiêu phiếu thay đổi: sổ tính còn lỗi khi đọc.";
    return to === "void-ballot"
      ? `${formatCount(ballots, "vi")} phiếu sẽ thành không hợp lệ.`
      : `${formatCount(ballots, "vi")} phiếu sẽ lại hợp lệ.`;
  },
  extraNamesApply: "Đổi và ghi vào sổ tính",
  extraNamesCancel: "Huỷ",
  extraNamesWritten: "Đã ghi thiết lập vào sổ tính.",

  hostFailedTitle: "Không thực hiện được",
  hostFailedMessage:
    "Excel không thực hiện được yêu cầu. Hãy thử lại; nếu vẫn không được, đóng rồi mở lại ngăn này.",
  technicalDetails: "Chi tiết kỹ thuật",

  ballotsHeading: "In phiếu",
  ballotsIntro: `Trước hội nghị: tạo trang “${SHEETS.ballotForms.vi}” (mỗi người có mặt một phiếu, hai phiếu một trang A4) và “${SHEETS.countSheet.vi}” (biểu kiểm phiếu bằng tay) từ danh sách.`,
  ballotsButton: "In phiếu",
  printingBallots: "Đang tạo phiếu…",
  ballotsWritten: (copies, people, sheets) =>
    `Đã tạo ${formatCount(copies, "vi")} phiếu, mỗi phiếu ${formatCount(people, "vi")} người, ở các trang ${sheets.join(", ")}. In bằng Tệp › In.`,
  ballotsNotWritten: "Chưa tạo phiếu: hãy sửa các lỗi dưới đây rồi bấm lại.",

  consolidateHeading: "Tổng hợp nhiều hội nghị",
  consolidateIntro: `Chọn cùng lúc các tệp .xlsx của các hội nghị: mỗi tệp được kiểm tra và kiểm phiếu lại từ chính các trang của nó, rồi sổ tính đang mở nhận các trang ${Object.values(
    CONSOLIDATION_SHEETS
  )
    .map((name) => `“${name}”`)
    .join(", ")} (lần tổng hợp sau thay các trang này). Các tệp đã chọn không bị thay đổi.`,
  consolidateButton: "Chọn tệp để tổng hợp…",
  consolidating: "Đang tổng hợp…",
  consolidationWritten: (meetings, sheets) =>
    `Đã tổng hợp ${formatCount(meetings, "vi")} hội nghị vào các trang ${sheets.join(", ")}.`,
  consolidationNotWritten: "Chưa ghi tổng hợp: hãy sửa các lỗi dưới đây rồi chọn lại các tệp.",
  consolidatedFile: (file, counted) =>
    counted ? `${file}: đã tổng hợp` : `${file}: không được tổng hợp`,
};

const en: PaneStrings = {
  title: "Confidence vote",
  subtitle: "Counting a confidence vote",
  languageNames: { vi: "Tiếng Việt", en: "English" },

  checkHeading: "Check",
  checkIntro:
    "Reads the Meeting, Roster, Ballots and Hand tally sheets and lists errors and warnings.",
  checkButton: "Check",
  checking: "Checking…",
  regulationLabel: MEETING_LABELS.regulation.en,
  regulationNames: { ...REGULATION_TEXTS, "nq96-btn": "NQ 96/2023/QH15 - no-confidence vote" },
  meetingHeading: "Meeting figures",
  meetingUnreadable: "The meeting figures could not be read yet.",
  figures: {
    summoned: MEETING_LABELS.summoned.en,
    present: MEETING_LABELS.present.en,
    issued: MEETING_LABELS.issued.en,
    collected: MEETING_LABELS.collected.en,
    validBallots: "Valid ballots",
    invalidBallots: "Invalid ballots",
  },
  notAvailable: "—",
  quorumLabel: quorumLabel("en"),
  quorumMet: quorumStateName(true, "en"),
  quorumNotMet: quorumStateName(false, "en"),
  quorumRule: "At least two thirds of those summoned must be present.",
  problemsHeading: "Errors and warnings",
  noProblems: "No errors and no warnings.",
  severity: { error: "Error", warning: "Warning" },
  cellLabel: "Cell",
  actionLabel: "What to do",
  goToCell: (place) => `Select cell ${place}`,
  checkedStatus: (errors, warnings) =>
    `Checked: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.` +
    (errors > 0 ? " Fix the errors before writing the results." : ""),
  workbookChanged: "The workbook changed — check again.",
  templateFits:
    "The workbook has none of the standard sheets. Create the template, then fill in the new sheets.",
  templateFitsButton: "Create the template sheets",

  tallyHeading: "Tally and write",
  tallyIntro:
    "Computes the results over ballots collected, writes them on the Roster and makes the Results sheet.",
  tallyButton: "Tally and write",
  tallying: "Tallying and writing…",
  tallyNeedsCheck: "Run Check first.",
  tallyBlocked: "Errors stand: fix them in the workbook, then check again.",
  acknowledgeWarnings: (warnings) =>
    `I have read the ${warnings === 1 ? "warning" : `${warnings} warnings`} above and want to write the results.`,
  tallyWritten: "The results are written.",
  tallyNotWritten: "Nothing was written: errors stand.",
  bandsHeading: "People by band",
  showResultsButton: "Show the Results sheet",

  templateHeading: "Create template",
  templateIntro: "Adds the standard blank sheets: Meeting, Roster, Ballots, Hand tally.",
  templateButton: "Create template",
  creatingTemplate: "Creating the template…",
  templateCreated: (sheets) => `Sheets created: ${sheets.join(", ")}.`,
  templateRefusedTitle: "Template not created",
  templateRefused: (existing) =>
    `The workbook already has the sheet${existing.length === 1 ? "" : "s"} ${existing.join(", ")}. Your data is never overwritten: use a new workbook.`,

  settingsHeading: "Settings",
  extraNamesLabel: MEETING_LABELS.extraNames.en,
  extraNamesHint:
    "The 2023 text is not clear on this. The setting is kept in the workbook, so everyone counting the file gets the same result.",
  extraNames: {
    "ignore-name": `${EXTRA_NAME_POLICIES["ignore-name"].en} (default)`,
    "void-ballot": EXTRA_NAME_POLICIES["void-ballot"].en,
  },
  extraNamesUnread: "Choose Check to read this setting from the workbook.",
  extraNamesWhere: (place, addsRow) =>
    addsRow
      ? `The workbook has no such row yet; a change adds it at ${place}.`
      : `Kept in cell ${place} of the workbook.`,
  extraNamesConfirmTitle: "Change the setting?",
  extraNamesEffect: (to, ballots) => {
    if (ballots === null)
      return "How many ballots change is not known yet: the workbook has reading errors.";
    const counted = `${formatCount(ballots, "en")} ballot${ballots === 1 ? "" : "s"}`;
    return to === "void-ballot"
      ? `${counted} will become invalid.`
      : `${counted} will become valid again.`;
  },
  extraNamesApply: "Change and write to the workbook",
  extraNamesCancel: "Cancel",
  extraNamesWritten: "The setting was written to the workbook.",

  hostFailedTitle: "Could not be done",
  hostFailedMessage:
    "Excel could not carry out the request. Try again; if it still fails, close this pane and open it again.",
  technicalDetails: "Technical details",

  ballotsHeading: "Print ballots",
  ballotsIntro: `Before the meeting: make the sheets “${SHEETS.ballotForms.vi}” (one ballot per person present, two to an A4 page) and “${SHEETS.countSheet.vi}” (a blank hand count sheet) from the roster.`,
  ballotsButton: "Print ballots",
  printingBallots: "Making the ballots…",
  ballotsWritten: (copies, people, sheets) =>
    `Made ${formatCount(copies, "en")} ballots of ${formatCount(people, "en")} people each, on the sheets ${sheets.join(", ")}. Print them with File › Print.`,
  ballotsNotWritten: "No ballots made: fix the errors below, then try again.",

  consolidateHeading: "Consolidate meetings",
  consolidateIntro: `Choose the meetings' .xlsx files together: each is checked and counted again from its own sheets, then the open workbook receives the sheets ${Object.values(
    CONSOLIDATION_SHEETS
  )
    .map((name) => `“${name}”`)
    .join(", ")} (the next consolidation replaces them). The files chosen are not changed.`,
  consolidateButton: "Choose files to consolidate…",
  consolidating: "Consolidating…",
  consolidationWritten: (meetings, sheets) =>
    `Consolidated ${formatCount(meetings, "en")} meeting${meetings === 1 ? "" : "s"} into the sheets ${sheets.join(", ")}.`,
  consolidationNotWritten:
    "No consolidation written: fix the errors below, then choose the files again.",
  consolidatedFile: (file, counted) => (counted ? `${file}: consolidated` : `${file}: left out`),
};

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { vi, en };

/** The pane's languages, Vietnamese first. */
export const LANGS: readonly Lang[] = ["vi", "en"];

/** Whole numbers the way each language writes them (1.234 in Vietnamese, 1,234 in English). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US").format(value);
}

/** A cell as Excel names it in a reference: Phiếu!D7, 'Kiểm phiếu'!B3. */
export function cellPlace(sheet: string, cell: string): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
