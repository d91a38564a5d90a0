// The command line's words: commands, options and their checks. A mistake here is a usage error
// (exit status 2) with a coded message in both languages; Node's own parser only splits the
// words, its English messages never reach the user.

import { parseArgs } from "node:util";
import { REGULATION_IDS, type ExtraNamePolicy, type Lang, type RegulationId } from "../rules";
import { MAX_COPIES } from "../workbook/ballot-forms";
import { SAMPLE_LIMITS } from "../workbook/sample";
import { TEMPLATE_MAX_PEOPLE } from "../workbook/template";
import type { UsageProblemCode } from "./usage-problems";

export type Command =
  | {
      readonly kind: "tally";
      readonly file: string;
      readonly out: string | null;
      readonly inPlace: boolean;
      /** Replace an existing output that this program did not write. */
      readonly force: boolean;
      readonly json: boolean;
      readonly lang: Lang;
      /** Applies only where the workbook does not state the rule; must agree where it does. */
      readonly extraNames?: ExtraNamePolicy;
    }
  | {
      readonly kind: "template";
      readonly out: string;
      readonly people?: number;
      readonly lang: Lang;
      readonly regulation?: RegulationId;
    }
  | {
      readonly kind: "sample";
      readonly out: string;
      readonly ballots?: number;
      readonly people?: number;
      readonly seed?: number;
      readonly regulation?: RegulationId;
    }
  | {
      readonly kind: "ballots";
      readonly file: string;
      readonly out: string | null;
      readonly force: boolean;
      /** How many ballots to print; the meeting's present count when absent. */
      readonly copies?: number;
      readonly lang: Lang;
    }
  | {
      readonly kind: "consolidate";
      /** Files and folders (each folder's .xlsx files), in the order given. */
      readonly inputs: readonly string[];
      readonly out: string | null;
      readonly force: boolean;
      readonly json: boolean;
      readonly lang: Lang;
    }
  | { readonly kind: "help" };

/** A mistake in the words typed: a usage problem's code and the params of its message. */
export class UsageError extends Error {
  constructor(
    readonly code: UsageProblemCode,
    readonly params: Readonly<Record<string, string>> = {}
  ) {
    super(code);
  }
}

export const USAGE = `Cách dùng / Usage:
  tally FILE [-o OUT | --in-place] [--force] [--json] [--lang vi|en]
        [--extra-names ignore-name|void-ballot]
      Kiểm tra, kiểm phiếu và ghi kết quả vào OUT (mặc định: <tên>-ket-qua.xlsx cạnh FILE).
      Chỉ thay tệp OUT đã có khi chính chương trình này ghi ra nó, hoặc khi có --force; chỉ ghi
      vào FILE khi có --in-place.
      Check, tally and write the results to OUT (default: <name>-ket-qua.xlsx beside FILE). An
      existing OUT is replaced only if this program wrote it, or with --force; FILE itself only
      with --in-place.
  template OUT [--people N] [--lang vi|en] [--regulation qd96|nq96|nq96-btn]
      Tạo sổ tính trống theo mẫu chuẩn. / Create a blank workbook in the standard layout.
  sample OUT [--ballots N] [--people M] [--seed S] [--regulation qd96|nq96|nq96-btn]
      Tạo sổ tính mẫu có số liệu. / Create a realistic sample workbook.
      template và sample không bao giờ ghi đè tệp đã có. / Neither replaces an existing file.
  ballots FILE [-o OUT] [--copies N] [--force] [--lang vi|en]
      Thêm trang “Phiếu in” (phiếu để in, mặc định bằng số người có mặt) và “Phiếu kiểm” (biểu
      kiểm phiếu bằng tay) vào bản sao OUT (mặc định: <tên>-phieu-in.xlsx cạnh FILE).
      Add the ballots to print (as many as the people present by default) and a blank hand count
      sheet to a copy OUT (default: <name>-phieu-in.xlsx beside FILE).
  consolidate FILE|FOLDER… [-o OUT] [--force] [--json] [--lang vi|en]
      Kiểm phiếu từng tệp (mỗi thư mục: mọi tệp .xlsx trong đó) và ghi bảng tổng hợp vào OUT
      (mặc định: tong-hop.xlsx), không sửa tệp nào. / Tally each file (each folder: its .xlsx
      files) and write the consolidation to OUT (default: tong-hop.xlsx); inputs are not changed.
  help
      In cách dùng này. / Print this usage.

Mọi lệnh / Every command: --debug in chi tiết khi có lỗi / prints the details of a failure.

Mã thoát / Exit status: 0 xong (có thể có cảnh báo) / done (warnings allowed); 1 còn lỗi chặn,
không ghi gì / a blocking error stands, nothing written; 2 lỗi cách dùng hoặc tệp / usage or file
error; 3 lỗi của chương trình / a fault in the program.`;

interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

const OPTIONS = {
  out: { type: "string", short: "o" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "in-place": { type: "boolean" },
  force: { type: "boolean" },
  "extra-names": { type: "string" },
  people: { type: "string" },
  ballots: { type: "string" },
  seed: { type: "string" },
  regulation: { type: "string" },
  copies: { type: "string" },
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
} as const satisfies Readonly<Record<string, OptionSpec>>;

type OptionName = keyof typeof OPTIONS;
type Values = Partial<Record<OptionName, string | boolean>>;

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** Options that only some commands take: naming one elsewhere is a mistake worth saying. */
const ALLOWED: Readonly<Record<Exclude<Command["kind"], "help">, readonly OptionName[]>> = {
  tally: ["out", "json", "lang", "in-place", "force", "extra-names"],
  template: ["people", "lang", "regulation"],
  sample: ["ballots", "people", "seed", "regulation"],
  ballots: ["out", "copies", "force", "lang"],
  consolidate: ["out", "json", "lang", "force"],
};
/** Taken by every command; --debug is read by runCli before the words are parsed. */
const EVERYWHERE: readonly OptionName[] = ["help", "debug"];

/** The words split into options and positionals, every option checked against OPTIONS. */
function splitWords(argv: readonly string[]): { values: Values; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: Values = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOption(name)) throw new UsageError("U005", { option: rawName });
    if (values[name] !== undefined) throw new UsageError("U012", { option: rawName });
    if (OPTIONS[name].type === "boolean") {
      if (value !== undefined) throw new UsageError("U008", { option: rawName, value });
      values[name] = true;
    } else {
      // "-o --json" would otherwise write to a file named "--json"; "-5" is a value, and a
      // wrong one, said so by its own check.
      if (value === undefined || (!inlineValue && /^-(?!\d)/.test(value))) {
        throw new UsageError("U007", { option: rawName });
      }
      values[name] = value;
    }
  }
  return { values, positionals };
}

function text(values: Values, name: OptionName): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function wholeNumberIn(
  values: Values,
  name: OptionName,
  range: { readonly min: number; readonly max: number }
): number | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= range.min && number <= range.max)) {
    throw new UsageError("U009", {
      option: `--${name}`,
      value,
      min: String(range.min),
      max: String(range.max),
    });
  }
  return number;
}

function oneOf<T extends string>(
  values: Values,
  name: OptionName,
  accepted: readonly T[]
): T | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  const found = accepted.find((candidate) => candidate === value);
  if (found !== undefined) return found;
  throw new UsageError("U010", { option: `--${name}`, value, accepted: accepted.join(", ") });
}

const LANGS: readonly Lang[] = ["vi", "en"];
const EXTRA_NAMES: readonly ExtraNamePolicy[] = ["ignore-name", "void-ballot"];

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = splitWords(argv);
  const [name, target, ...rest] = positionals;
  if (values.help || name === "help") return { kind: "help" };
  if (name === undefined) throw new UsageError("U001");
  if (
    name !== "tally" &&
    name !== "template" &&
    name !== "sample" &&
    name !== "ballots" &&
    name !== "consolidate"
  ) {
    throw new UsageError("U002", { command: name });
  }
  if (target === undefined) throw new UsageError("U003", { command: name });
  if (rest.length > 0 && name !== "consolidate") {
    throw new UsageError("U004", { extra: rest.join(" ") });
  }
  const misplaced = (Object.keys(values) as OptionName[]).find(
    (key) => !ALLOWED[name].includes(key) && !EVERYWHERE.includes(key)
  );
  if (misplaced !== undefined) {
    throw new UsageError("U006", { option: `--${misplaced}`, command: name });
  }

  switch (name) {
    case "tally":
      if (values.out !== undefined && values["in-place"]) throw new UsageError("U011");
      return {
        kind: "tally",
        file: target,
        out: text(values, "out") ?? null,
        inPlace: values["in-place"] === true,
        force: values.force === true,
        json: values.json === true,
        lang: oneOf(values, "lang", LANGS) ?? "vi",
        extraNames: oneOf(values, "extra-names", EXTRA_NAMES),
      };
    case "template":
      return {
        kind: "template",
        out: target,
        people: wholeNumberIn(values, "people", { min: 1, max: TEMPLATE_MAX_PEOPLE }),
        lang: oneOf(values, "lang", LANGS) ?? "vi",
        regulation: oneOf(values, "regulation", REGULATION_IDS),
      };
    case "sample":
      return {
        kind: "sample",
        out: target,
        ballots: wholeNumberIn(values, "ballots", SAMPLE_LIMITS.ballots),
        people: wholeNumberIn(values, "people", SAMPLE_LIMITS.people),
        seed: wholeNumberIn(values, "seed", SAMPLE_LIMITS.seed),
        regulation: oneOf(values, "regulation", REGULATION_IDS),
      };
    case "ballots":
      return {
        kind: "ballots",
        file: target,
        out: text(values, "out") ?? null,
        force: values.force === true,
        copies: wholeNumberIn(values, "copies", { min: 1, max: MAX_COPIES }),
        lang: oneOf(values, "lang", LANGS) ?? "vi",
      };
    case "consolidate":
      return {
        kind: "consolidate",
        inputs: [target, ...rest],
        out: text(values, "out") ?? null,
        force: values.force === true,
        json: values.json === true,
        lang: oneOf(values, "lang", LANGS) ?? "vi",
      };
  }
}
