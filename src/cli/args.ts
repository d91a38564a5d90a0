// The command line's words: commands, options and their checks. A mistake here is a usage error
// (exit status 2) with a message in both languages.

import { parseArgs } from "node:util";
import { REGULATION_IDS, type ExtraNamePolicy, type Lang, type RegulationId } from "../rules";

export type Command =
  | {
      readonly kind: "tally";
      readonly file: string;
      readonly out: string | null;
      readonly inPlace: boolean;
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
  | { readonly kind: "help" };

export class UsageError extends Error {}

export const USAGE = `Cách dùng / Usage:
  tally FILE [-o OUT] [--json] [--lang vi|en] [--in-place] [--extra-names ignore-name|void-ballot]
      Kiểm tra, kiểm phiếu và ghi kết quả vào OUT (mặc định: <tên>-ket-qua.xlsx cạnh FILE).
      Check, tally and write the results to OUT (default: <name>-ket-qua.xlsx beside FILE).
  template OUT [--people N] [--lang vi|en] [--regulation qd96|nq96|nq96-btn]
      Tạo sổ tính trống theo mẫu chuẩn. / Create a blank workbook in the standard layout.
  sample OUT [--ballots N] [--people M] [--seed S] [--regulation qd96|nq96|nq96-btn]
      Tạo sổ tính mẫu có số liệu. / Create a realistic sample workbook.

Mã thoát / Exit status: 0 xong (có thể có cảnh báo) / done (warnings allowed); 1 còn lỗi chặn,
không ghi gì / a blocking error stands, nothing written; 2 lỗi cách dùng hoặc tệp / usage or file
error.`;

const OPTIONS = {
  out: { type: "string", short: "o" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "in-place": { type: "boolean" },
  "extra-names": { type: "string" },
  people: { type: "string" },
  ballots: { type: "string" },
  seed: { type: "string" },
  regulation: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new UsageError(`--${name} phải là số nguyên dương / must be a whole number: ${text}`);
  }
  return Number(text);
}

function langOf(text: string | undefined): Lang {
  if (text === undefined || text === "vi" || text === "en") return text ?? "vi";
  throw new UsageError(`--lang phải là vi hoặc en / must be vi or en: ${text}`);
}

function regulationOf(text: string | undefined): RegulationId | undefined {
  if (text === undefined) return undefined;
  const regulation = REGULATION_IDS.find((id) => id === text);
  if (regulation) return regulation;
  throw new UsageError(`--regulation phải là / must be ${REGULATION_IDS.join(", ")}: ${text}`);
}

function extraNamesOf(text: string | undefined): ExtraNamePolicy | undefined {
  if (text === undefined || text === "ignore-name" || text === "void-ballot") return text;
  throw new UsageError(
    `--extra-names phải là ignore-name hoặc void-ballot / must be ignore-name or void-ballot: ${text}`
  );
}

/** Options that only some commands take: naming one elsewhere is a mistake worth saying. */
const ALLOWED: Readonly<Record<Exclude<Command["kind"], "help">, readonly string[]>> = {
  tally: ["out", "json", "lang", "in-place", "extra-names"],
  template: ["people", "lang", "regulation"],
  sample: ["ballots", "people", "seed", "regulation"],
};

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [name, target, ...rest] = positionals;
  if (values.help || name === undefined || name === "help") return { kind: "help" };
  if (name !== "tally" && name !== "template" && name !== "sample") {
    throw new UsageError(`Lệnh không rõ / Unknown command: ${name}`);
  }
  if (target === undefined) throw new UsageError(`Thiếu tên tệp / A file name is missing: ${name}`);
  if (rest.length > 0) throw new UsageError(`Thừa đối số / Extra arguments: ${rest.join(" ")}`);
  const given = Object.keys(values).filter((key) => key !== "help");
  const misplaced = given.filter((key) => !ALLOWED[name].includes(key));
  if (misplaced.length > 0) {
    throw new UsageError(`Tuỳ chọn không dùng cho / Option not for "${name}": --${misplaced[0]}`);
  }

  switch (name) {
    case "tally":
      if (values.out !== undefined && values["in-place"]) {
        throw new UsageError("Không dùng cùng lúc / Not together: -o và/and --in-place");
      }
      return {
        kind: "tally",
        file: target,
        out: values.out ?? null,
        inPlace: values["in-place"] ?? false,
        json: values.json ?? false,
        lang: langOf(values.lang),
        extraNames: extraNamesOf(values["extra-names"]),
      };
    case "template":
      return {
        kind: "template",
        out: target,
        people: wholeNumber("people", values.people),
        lang: langOf(values.lang),
        regulation: regulationOf(values.regulation),
      };
    case "sample":
      return {
        kind: "sample",
        out: target,
        ballots: wholeNumber("ballots", values.ballots),
        people: wholeNumber("people", values.people),
        seed: wholeNumber("seed", values.seed),
        regulation: regulationOf(values.regulation),
      };
  }
}
