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
  /** What the user should do about it ("Cần làm / What to do"), shown under the message: plain
   * text, no placeholders, quoted verbatim by docs/problems.md. */
  readonly action: { readonly vi: string; readonly en: string };
}

export type ProblemCatalogue = Readonly<Record<string, ProblemSpec>>;

export const RULE_PROBLEMS = {
  E101: {
    severity: "error",
    vi: "{figureVi} phải là số nguyên không âm, nhưng đang là {value}.",
    en: "{figureEn} must be a whole number, 0 or more, but is {value}.",
    action: {
      vi: "Nhập lại số nguyên không âm theo biên bản.",
      en: "Enter the whole number from the minutes.",
    },
  },
  E102: {
    severity: "error",
    vi: "{figureVi} không phải là một số.",
    en: "{figureEn} is not a number.",
    action: { vi: "Nhập trực tiếp số theo biên bản.", en: "Type the figure from the minutes." },
  },
  E103: {
    severity: "error",
    vi: "Số phiếu thu về bằng 0: không có phiếu nào để kiểm.",
    en: "Ballots collected is 0: there is no ballot to count.",
    action: {
      vi: "Nhập số phiếu thu về theo biên bản kiểm phiếu.",
      en: "Enter the number of ballots collected from the counting minutes.",
    },
  },
  E104: {
    severity: "error",
    vi: "Số người có mặt ({present}) lớn hơn số người được triệu tập ({summoned}).",
    en: "People present ({present}) are more than people summoned ({summoned}).",
    action: {
      vi: "Đối chiếu hai số với danh sách triệu tập và điểm danh.",
      en: "Check both figures against the list of people summoned and the roll call.",
    },
  },
  E105: {
    severity: "error",
    vi: "Số phiếu thu về ({collected}) lớn hơn số phiếu phát ra ({issued}).",
    en: "Ballots collected ({collected}) are more than ballots issued ({issued}).",
    action: {
      vi: "Kiểm tra lại biên bản: phiếu không do ban kiểm phiếu phát ra vẫn tính vào số thu về, nhưng số phát ra phải ghi đúng.",
      en: "Check the minutes: a ballot not issued by the committee still counts as collected, but the number issued must be right.",
    },
  },
  E106: {
    severity: "error",
    vi:
      "Hội nghị không đủ điều kiện tiến hành: có mặt {present} trên {summoned} người được triệu " +
      "tập, cần ít nhất 2/3 ({required} người). Kết quả không được ghi.",
    en:
      "The meeting may not proceed: {present} of the {summoned} people summoned are present, at " +
      "least two thirds ({required}) are required. No result is written.",
    action: {
      vi: "Kiểm tra số liệu; nếu đúng, tổ chức lại hội nghị.",
      en: "Check the figures; if they are right, hold the meeting again.",
    },
  },
  E107: {
    severity: "error",
    vi: "Ngày lấy phiếu {date} không phải là một ngày có thật.",
    en: "The voting date {date} is not a real calendar date.",
    action: {
      vi: "Nhập đúng ngày theo dạng dd/mm/yyyy.",
      en: "Enter the right date as dd/mm/yyyy.",
    },
  },
  W101: {
    severity: "warning",
    vi: "Số phiếu phát ra ({issued}) nhiều hơn số người có mặt ({present}).",
    en: "Ballots issued ({issued}) are more than people present ({present}).",
    action: {
      vi: "Kiểm tra lại; nếu đúng (ví dụ phát lại một phiếu hỏng), ghi rõ trong biên bản.",
      en: "Check it; if right (a spoilt ballot replaced, say), record it in the minutes.",
    },
  },
  W102: {
    severity: "warning",
    vi:
      "Có mặt {present} trên {summoned} đại biểu, dưới 2/3 (cần {required}); kỳ họp Hội đồng " +
      "nhân dân cần ít nhất 2/3 tổng số đại biểu.",
    en:
      "{present} of {summoned} deputies are present, under two thirds ({required} required); a " +
      "People's Council session needs at least two thirds of all deputies.",
    action: {
      vi: "Kiểm tra số đại biểu có mặt tại kỳ họp.",
      en: "Check the number of deputies present at the session.",
    },
  },
  E201: {
    severity: "error",
    vi: "Mã {id} dùng cho nhiều người trong danh sách ({name}); mỗi người cần một mã riêng.",
    en: "ID {id} is used for more than one person on the roster ({name}); each needs their own.",
    action: { vi: "Cho mỗi người một mã riêng.", en: "Give each person their own ID." },
  },
  E202: {
    severity: "error",
    vi: "Danh sách người được lấy phiếu đang trống.",
    en: "The roster of people voted on is empty.",
    action: {
      vi: "Nhập người được lấy phiếu, mỗi người một dòng.",
      en: "Enter the people voted on, one per row.",
    },
  },
  E203: {
    severity: "error",
    vi: "Ngày bổ nhiệm của {name} ({date}) không phải là một ngày có thật.",
    en: "The appointment date of {name} ({date}) is not a real calendar date.",
    action: {
      vi: "Nhập đúng ngày bổ nhiệm, bầu cử.",
      en: "Enter the right date of appointment or election.",
    },
  },
  E204: {
    severity: "error",
    vi:
      "{name} được lấy phiếu ở {count} nơi ({places}); mỗi người tối đa 2 nơi. Theo thứ tự ưu " +
      "tiên, giữ: {kept}.",
    en:
      "{name} is voted on at {count} places ({places}); at most two are allowed. By priority, " +
      "keep: {kept}.",
    action: {
      vi: "Bỏ người này khỏi danh sách ở nơi không được giữ.",
      en: "Remove the person from the roster of the place not kept.",
    },
  },
  E205: {
    severity: "error",
    vi: "{name} được lấy phiếu hai lần tại cùng một nơi ({place}).",
    en: "{name} is voted on twice at the same place ({place}).",
    action: {
      vi: "Gộp các chức vụ của người này vào một dòng, lấy phiếu một lần.",
      en: "Put the person's posts on one row, voted on once.",
    },
  },
  W201: {
    severity: "warning",
    vi: "{name} không thuộc diện lấy phiếu nhưng có {count} phiếu ghi cho người này; không tính.",
    en: "{name} is not voted on, yet entries were found for them (count: {count}); not counted.",
    action: {
      vi: "Kiểm tra lý do không lấy phiếu; nếu đúng là không lấy phiếu, xoá các ô ghi cho người này.",
      en: "Check the reason; if the person is indeed not voted on, clear those cells.",
    },
  },
  W202: {
    severity: "warning",
    vi:
      "Không xác định được {name} ở {place} là ai: có nhiều người cùng tên với mã khác nhau; " +
      "người này được xem như một người riêng.",
    en:
      "Cannot tell who {name} at {place} is: several people of that name have different IDs; " +
      "treated as a separate person.",
    action: {
      vi: "Thêm cột “Mã” vào danh sách của nơi đó.",
      en: "Add an “ID” column to that place's roster.",
    },
  },
  E301: {
    severity: "error",
    vi: "Số phiếu {number} bị trùng ({count} phiếu mang số này).",
    en: "Ballot number {number} is used more than once ({count} ballots carry it).",
    action: {
      vi: "Đánh số lại theo phiếu giấy, mỗi phiếu một số.",
      en: "Renumber from the paper ballots, one number per ballot.",
    },
  },
  E302: {
    severity: "error",
    vi: "Có {ballots} phiếu được nhập nhưng số phiếu thu về là {collected}.",
    en: "{ballots} ballots were entered, but ballots collected is {collected}.",
    action: {
      vi: "Nhập phiếu còn thiếu, xoá phiếu nhập thừa, hoặc sửa số phiếu thu về.",
      en: "Enter the missing ballot, remove an extra one, or correct ballots collected.",
    },
  },
  E303: {
    severity: "error",
    vi: "Có {count} ô ghi cho {personId}, người không có trong danh sách.",
    en: "Entries were found for {personId}, who is not on the roster (cells: {count}).",
    action: {
      vi: "Sửa tiêu đề cột cho khớp với danh sách, hoặc thêm người đó vào danh sách.",
      en: "Correct the column header to match the roster, or add the person to it.",
    },
  },
  E304: {
    severity: "error",
    vi: "Phiếu số {ballot} ghi cho {name} hai lần; được tính là ô không hợp lệ.",
    en: "Ballot {ballot} has two entries for {name}; counted as an invalid entry.",
    action: { vi: "Gộp thành một cột cho mỗi người.", en: "Keep one column per person." },
  },
  E305: {
    severity: "error",
    vi: "Mức “{levelVi}” không có trong quy định đang áp dụng ({count} ô).",
    en: "The level “{levelEn}” does not exist in the regulation applied (cells: {count}).",
    action: {
      vi: "Kiểm tra “Quy định áp dụng” trên trang “Hội nghị”, rồi sửa các ô.",
      en: "Check the “Regulation” on the “Meeting” sheet, then correct the cells.",
    },
  },
  E306: {
    severity: "error",
    vi: "Bảng kiểm phiếu có dòng cho {personId}, người không có trong danh sách.",
    en: "The hand tally has a row for {personId}, who is not on the roster.",
    action: {
      vi: "Sửa mã, STT hoặc họ tên cho khớp với danh sách.",
      en: "Correct the ID, number or name to match the roster.",
    },
  },
  E307: {
    severity: "error",
    vi: "Bảng kiểm phiếu không có dòng cho {name}.",
    en: "The hand tally has no row for {name}.",
    action: {
      vi: "Thêm dòng của người này theo biên bản kiểm phiếu.",
      en: "Add the person's row from the counting minutes.",
    },
  },
  E308: {
    severity: "error",
    vi: "Bảng kiểm phiếu có nhiều dòng cho {name}; chỉ dòng đầu tiên được dùng.",
    en: "The hand tally has more than one row for {name}; only the first is used.",
    action: { vi: "Giữ một dòng cho mỗi người.", en: "Keep one row per person." },
  },
  E309: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name} phải là số nguyên không âm, nhưng đang là {value}.",
    en: "The “{countEn}” count of {name} must be a whole number, 0 or more, but is {value}.",
    action: {
      vi: "Nhập số nguyên không âm theo biên bản.",
      en: "Enter the whole number from the minutes.",
    },
  },
  E310: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name} không phải là một số.",
    en: "The “{countEn}” count of {name} is not a number.",
    action: { vi: "Nhập trực tiếp số theo biên bản.", en: "Type the count from the minutes." },
  },
  E311: {
    severity: "error",
    vi: "Số phiếu của {name} cộng lại bằng {sum}, không bằng số phiếu thu về ({collected}).",
    en: "The counts of {name} add up to {sum}, not to the ballots collected ({collected}).",
    action: {
      vi: "Đối chiếu lại dòng này với biên bản kiểm phiếu.",
      en: "Check the row against the counting minutes.",
    },
  },
  E312: {
    severity: "error",
    vi: "Số phiếu các mức của {name} cộng lại bằng {sum}, nhiều hơn số phiếu thu về ({collected}).",
    en: "The level counts of {name} add up to {sum}, more than the ballots collected ({collected}).",
    action: {
      vi: "Đối chiếu lại dòng này với biên bản kiểm phiếu.",
      en: "Check the row against the counting minutes.",
    },
  },
  E313: {
    severity: "error",
    vi: "Bảng kiểm phiếu thiếu số phiếu “{countVi}” của {name}.",
    en: "The hand tally lacks the “{countEn}” count of {name}.",
    action: { vi: "Nhập số, kể cả số 0.", en: "Enter the count, 0 included." },
  },
  E314: {
    severity: "error",
    vi: "Số phiếu “{countVi}” của {name}: theo phiếu là {ballots}, theo bảng kiểm phiếu là {hand}.",
    en: "The “{countEn}” count of {name} is {ballots} from the ballots but {hand} on the hand tally.",
    action: {
      vi: "Kiểm lại phiếu giấy của người này và sửa nơi nhập sai.",
      en: "Recount the person's paper ballots and correct whichever entry is wrong.",
    },
  },
  E315: {
    severity: "error",
    vi: "Không có phiếu và không có bảng kiểm phiếu: không có gì để kiểm.",
    en: "There are neither ballots nor a hand tally: nothing to count.",
    action: {
      vi: "Nhập phiếu (mỗi phiếu một dòng) hoặc bảng kiểm phiếu (mỗi người một dòng).",
      en: "Enter the ballots (one row each) or a hand tally (one row per person).",
    },
  },
  W301: {
    severity: "warning",
    vi: "Phiếu số {ballot} ghi thêm tên “{name}” ngoài danh sách; tên này được bỏ qua, không làm hỏng phiếu.",
    en: "Ballot {ballot} has the extra name “{name}” written on it; the name is ignored and does not void the ballot.",
    action: {
      vi: "Không cần làm gì nếu cách xử lý này đúng; nếu quy chế hội nghị coi phiếu như vậy là không hợp lệ, chọn thiết lập “Cả phiếu không hợp lệ”.",
      en: "Nothing, if this treatment is right; if the meeting's rules void such a ballot, choose the setting “The whole ballot is invalid”.",
    },
  },
  W302: {
    severity: "warning",
    vi: "Phiếu số {ballot} ghi thêm tên “{name}” ngoài danh sách; theo thiết lập, phiếu không hợp lệ.",
    en: "Ballot {ballot} has the extra name “{name}” written on it; as set, the ballot is invalid.",
    action: {
      vi: "Kiểm tra thiết lập có đúng quy chế của hội nghị không.",
      en: "Check that the setting matches the meeting's rules.",
    },
  },
  W303: {
    severity: "warning",
    vi: "Bảng kiểm phiếu không có dòng cho {name}; số phiếu của người này chưa được đối chiếu.",
    en: "The hand tally has no row for {name}; their counts were not checked against it.",
    action: {
      vi: "Thêm dòng của người này vào bảng kiểm phiếu để đối chiếu.",
      en: "Add the person's row to the hand tally so it can be checked.",
    },
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

/** The catalogue's entry for a code; own keys only, so that a code such as "constructor" does
 * not find Object's prototype. */
function specOf(code: string, catalogue: ProblemCatalogue): ProblemSpec | undefined {
  return Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
}

/** The problem's message in `lang`, its template filled with its params. `catalogue` is the
 * rules' catalogue merged with any other layer's ({ ...RULE_PROBLEMS, ...WORKBOOK_PROBLEMS }).
 * An unknown code gives the code itself; a missing param leaves its {placeholder} visible. */
export function formatProblem(problem: Problem, lang: Lang, catalogue: ProblemCatalogue): string {
  const spec = specOf(problem.code, catalogue);
  if (spec === undefined) return problem.code;
  return spec[lang].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = problem.params[name];
    return value === undefined ? placeholder : formatParam(value, lang);
  });
}

/** What to do about the problem, in `lang` ("Cần làm / What to do"); null for an unknown code. */
export function formatAction(
  problem: Problem,
  lang: Lang,
  catalogue: ProblemCatalogue
): string | null {
  return specOf(problem.code, catalogue)?.action[lang] ?? null;
}
