// The catalogue of the rules' problem codes. A code fixes the severity and the message; the
// params fill the message's {placeholders}; the refs name the cells. Ranges: E1xx/W1xx meeting
// figures and quorum, E2xx/W2xx people, eligibility and places, E3xx/W3xx ballots, counts, hand
// tally and double entry. E0xx/W0xx belong to the workbook layer, which merges its own catalogue
// with this one for formatProblem. docs/problems.md explains every code.

import type { Lang, Problem, Severity, SourceRef } from "./types";

export interface ProblemSpec {
  readonly severity: Severity;
  /** Message templates with {param} placeholders, Vietnamese first. */
  readonly vi: string;
  readonly en: string;
  /** What the user should do about it ("Cần làm / What to do"), shown under the message. */
  readonly action?: { readonly vi: string; readonly en: string };
}

export type ProblemCatalogue = Readonly<Record<string, ProblemSpec>>;

export const RULE_PROBLEMS = {
  E101: {
    severity: "error",
    vi: "{figureVi} phải là số nguyên không âm, nhưng đang là {value}.",
    en: "{figureEn} must be a whole number, 0 or more, but is {value}.",
  },
  E102: {
    severity: "error",
    vi: "{figureVi} không phải là một số.",
    en: "{figureEn} is not a number.",
  },
  E103: {
    severity: "error",
    vi: "Số phiếu thu về bằng 0: không có phiếu nào để kiểm.",
    en: "Ballots collected is 0: there is no ballot to count.",
  },
  E104: {
    severity: "error",
    vi: "Số người có mặt ({present}) lớn hơn số người được triệu tập ({summoned}).",
    en: "People present ({present}) are more than people summoned ({summoned}).",
  },
  E105: {
    severity: "error",
    vi: "Số phiếu thu về ({collected}) lớn hơn số phiếu phát ra ({issued}).",
    en: "Ballots collected ({collected}) are more than ballots issued ({issued}).",
  },
  E106: {
    severity: "error",
    vi:
      "Hội nghị không đủ điều kiện tiến hành: có mặt {present} trên {summoned} người được triệu " +
      "tập, cần ít nhất 2/3 ({required} người). Kết quả không được ghi.",
    en:
      "The meeting may not proceed: {present} of the {summoned} people summoned are present, at " +
      "least two thirds ({required}) are required. No result is written.",
  },
  E107: {
    severity: "error",
    vi: "Ngày lấy phiếu {date} không phải là một ngày có thật.",
    en: "The voting date {date} is not a real calendar date.",
  },
  W101: {
    severity: "warning",
    vi: "Số phiếu phát ra ({issued}) nhiều hơn số người có mặt ({present}).",
    en: "Ballots issued ({issued}) are more than people present ({present}).",
  },
  W102: {
    severity: "warning",
    vi:
      "Có mặt {present} trên {summoned} đại biểu, dưới 2/3 (cần {required}); kỳ họp Hội đồng " +
      "nhân dân cần ít nhất 2/3 tổng số đại biểu.",
    en:
      "{present} of {summoned} deputies are present, under two thirds ({required} required); a " +
      "People's Council session needs at least two thirds of all deputies.",
  },
  E201: {
    severity: "error",
    vi: "Mã {id} dùng cho nhiều người trong danh sách ({name}); mỗi người cần một mã riêng.",
    en: "ID {id} is used for more than one person on the roster ({name}); each needs their own.",
  },
  E202: {
    severity: "error",
    vi: "Danh sách người được lấy phiếu đang trống.",
    en: "The roster of people voted on is empty.",
  },
  E203: {
    severity: "error",
    vi: "Ngày bổ nhiệm của {name} ({date}) không phải là một ngày có thật.",
    en: "The appointment date of {name} ({date}) is not a real calendar date.",
  },
  E204: {
    severity: "error",
    vi:
      "{name} được lấy phiếu ở {count} nơi ({places}); mỗi người tối đa 2 nơi. Theo thứ tự ưu " +
      "tiên, giữ: {kept}.",
    en:
      "{name} is voted on at {count} places ({places}); at most two are allowed. By priority, " +
      "keep: {kept}.",
  },
  E205: {
    severity: "error",
    vi: "{name} được lấy phiếu hai lần tại cùng một nơi ({place}).",
    en: "{name} is voted on twice at the same place ({place}).",
  },
  W201: {
    severity: "warning",
    vi: "{name} không thuộc diện lấy phiếu nhưng có {count} phiếu ghi cho người này; không tính.",
    en: "{name} is not voted on, yet entries were found for them (count: {count}); not counted.",
  },
  W202: {
    severity: "warning",
    vi:
      "Không xác định được {name} ở {place} là ai: có nhiều người cùng tên với mã khác nhau; " +
      "người này được xem như một người riêng.",
    en:
      "Cannot tell who {name} at {place} is: several people of that name have different IDs; " +
      "treated as a separate person.",
  },
  E301: {
    severity: "error",
    vi: "Số phiếu {number} bị trùng ({count} phiếu mang số này).",
    en: "Ballot number {number} is used more than once ({count} ballots carry it).",
  },
  E302: {
    severity: "error",
    vi: "Có {ballots} phiếu được nhập nhưng số phiếu thu về là {collected}.",
    en: "{ballots} ballots were entered, but ballots collected is {collected}.",
  },
  E303: {
    severity: "error",
    vi: "Có {count} ô ghi cho {personId}, người không có trong danh sách.",
    en: "Entries were found for {personId}, who is not on the roster (cells: {count}).",
  },
  E304: {
    severity: "error",
    vi: "Phiếu số {ballot} ghi cho {name} hai lần; được tính là ô không hợp lệ.",
    en: "Ballot {ballot} has two entries for {name}; counted as an invalid entry.",
  },
  E305: {
    severity: "error",
    vi: "Mức “{levelVi}” không có trong quy định đang áp dụng ({count} ô).",
    en: "The level “{levelEn}” does not exist in the regulation applied (cells: {count}).",
  },
  E306: {
    severity: "error",
    vi: "Bảng kiểm phiếu có dòng cho {personId}, người không có trong danh sách.",
    en: "The hand tally has a row for {personId}, who is not on the roster.",
  },
  E307: {
    severity: "error",
    vi: "Bảng kiểm phiếu không có dòng cho {name}.",
    en: "The hand tally has no row for {name}.",
  },
  E308: {
    severity: "error",
    vi: "Bảng kiểm phiếu có nhiều dòng cho {name}; chỉ dòng đầu tiên được dùng.",
    en: "The hand tally has more than one row for {name}; only the first is used.",
  },
  E309: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name} phải là số nguyên không âm, nhưng đang là {value}.",
    en: "The “{countEn}” count of {name} must be a whole number, 0 or more, but is {value}.",
  },
  E310: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name} không phải là một số.",
    en: "The “{countEn}” count of {name} is not a number.",
  },
  E311: {
    severity: "error",
    vi: "Số phiếu của {name} cộng lại bằng {sum}, không bằng số phiếu thu về ({collected}).",
    en: "The counts of {name} add up to {sum}, not to the ballots collected ({collected}).",
  },
  E312: {
    severity: "error",
    vi: "Số phiếu các mức của {name} cộng lại bằng {sum}, nhiều hơn số phiếu thu về ({collected}).",
    en: "The level counts of {name} add up to {sum}, more than the ballots collected ({collected}).",
  },
  E313: {
    severity: "error",
    vi: "Bảng kiểm phiếu thiếu số phiếu “{countVi}” của {name}.",
    en: "The hand tally lacks the “{countEn}” count of {name}.",
  },
  E314: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name}: theo phiếu là {ballots}, theo bảng kiểm phiếu là {hand}.",
    en: "The “{countEn}” count of {name} is {ballots} from the ballots but {hand} on the hand tally.",
  },
  E315: {
    severity: "error",
    vi: "Không có phiếu và không có bảng kiểm phiếu: không có gì để kiểm.",
    en: "There are neither ballots nor a hand tally: nothing to count.",
  },
  W301: {
    severity: "warning",
    vi: "Phiếu số {ballot} ghi thêm tên “{name}” ngoài danh sách; tên này được bỏ qua, không làm hỏng phiếu.",
    en: "Ballot {ballot} has the extra name “{name}” written on it; the name is ignored and does not void the ballot.",
  },
  W302: {
    severity: "warning",
    vi: "Phiếu số {ballot} ghi thêm tên “{name}” ngoài danh sách; theo thiết lập, phiếu không hợp lệ.",
    en: "Ballot {ballot} has the extra name “{name}” written on it; as set, the ballot is invalid.",
  },
  W303: {
    severity: "warning",
    vi: "Bảng kiểm phiếu không có dòng cho {name}; số phiếu của người này chưa được đối chiếu.",
    en: "The hand tally has no row for {name}; their counts were not checked against it.",
  },
} as const satisfies ProblemCatalogue;

export type RuleProblemCode = keyof typeof RULE_PROBLEMS;

/** The {names} in a template, as a union of string literal types. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The params a code's messages need: a missing one fails to compile. */
export type ProblemParams<C extends RuleProblemCode> = Readonly<
  Record<Placeholders<(typeof RULE_PROBLEMS)[C]["vi" | "en"]>, string | number>
>;

/** A problem of the rules; refs that are absent (a value without a cell) are left out. */
export function ruleProblem<C extends RuleProblemCode>(
  code: C,
  params: ProblemParams<C>,
  refs: readonly (SourceRef | undefined)[] = []
): Problem {
  return {
    code,
    severity: RULE_PROBLEMS[code].severity,
    params,
    refs: refs.filter((ref): ref is SourceRef => ref !== undefined),
  };
}

/** A number in a message: decimal comma in Vietnamese. */
function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === "string") return value;
  const text = String(value);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** The problem's message in `lang`, its template filled with its params. `catalogue` is the
 * rules' catalogue merged with any other layer's ({ ...RULE_PROBLEMS, ...WORKBOOK_PROBLEMS }).
 * An unknown code gives the code itself; a missing param leaves its {placeholder} visible. */
export function formatProblem(problem: Problem, lang: Lang, catalogue: ProblemCatalogue): string {
  // Own keys only: a code such as "constructor" must not find Object's prototype.
  const spec = Object.hasOwn(catalogue, problem.code) ? catalogue[problem.code] : undefined;
  if (spec === undefined) return problem.code;
  return spec[lang].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = problem.params[name];
    return value === undefined ? placeholder : formatParam(value, lang);
  });
}
