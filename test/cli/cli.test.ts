// The command line end to end on real .xlsx files: samples for the three regulations are made by
// the `sample` command, tallied, and the JSON report and everything the run wrote are compared
// with golden files (UPDATE_GOLDEN=1 rewrites them after a deliberate change; review the diff).
// Every user cell must come out exactly as it went in.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { dumpWorkbook, type CellDump, type SheetDump } from "../helpers/workbook-dump";

const dir = mkdtempSync(join(tmpdir(), "cli-"));
const goldenDir = join(__dirname, "..", "golden");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function dumpFile(file: string): Promise<SheetDump[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return dumpWorkbook(workbook);
}

/** What the output has that the input did not: the add-in's own cells and sheets. */
function written(input: SheetDump[], output: SheetDump[]) {
  return output.map((sheet) => {
    const before = input.find((s) => s.name === sheet.name);
    if (!before) return sheet;
    const cells: Record<string, CellDump> = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (!(address in before.cells)) cells[address] = cell;
    }
    return {
      name: sheet.name,
      cells,
      merges: sheet.merges.filter((m) => !before.merges.includes(m)),
    };
  });
}

function expectGolden(name: string, actual: unknown) {
  const file = join(goldenDir, name);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  expect(existsSync(file), `golden file ${name} is missing (UPDATE_GOLDEN=1 makes it)`).toBe(true);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

const cases = [
  { name: "qd96", args: [] as string[], lang: "vi" },
  { name: "nq96", args: ["--regulation", "nq96", "--seed", "2"], lang: "en" },
  {
    name: "nq96-btn",
    args: ["--regulation", "nq96-btn", "--people", "9", "--ballots", "30"],
    lang: "vi",
  },
];

describe.each(cases)("tally of the $name sample", ({ name, args, lang }) => {
  const input = join(dir, `${name}.xlsx`);
  const output = join(dir, `${name}-out.xlsx`);
  let report: { status: number; stdout: string; stderr: string };

  beforeAll(async () => {
    expect((await cli("sample", input, ...args)).status).toBe(0);
    report = await cli("tally", input, "-o", output, "--json", "--lang", lang);
  });

  it("exits 0 and prints only the JSON report, as the golden one", () => {
    expect(report.status).toBe(0);
    expect(report.stderr).toBe("");
    expectGolden(`${name}.report.json`, JSON.parse(report.stdout));
  });

  it("keeps every user cell and writes what the golden file says", async () => {
    const before = await dumpFile(input);
    const after = await dumpFile(output);
    for (const sheet of before) {
      const same = after.find((s) => s.name === sheet.name);
      expect(same, sheet.name).toBeDefined();
      for (const [address, cell] of Object.entries(sheet.cells)) {
        expect(same?.cells[address], `${sheet.name}!${address}`).toEqual(cell);
      }
      expect(same?.widths).toMatchObject(sheet.widths);
    }
    expectGolden(`${name}.written.json`, written(before, after));
  });

  it("gives an identical workbook when run again on its own output", async () => {
    const again = join(dir, `${name}-again.xlsx`);
    expect((await cli("tally", output, "-o", again, "--lang", lang)).status).toBe(0);
    expect(await dumpFile(again)).toEqual(await dumpFile(output));
  });
});

describe("exit statuses", () => {
  it("exits 1, prints the report and writes nothing while a blocking error stands", async () => {
    const input = join(dir, "no-quorum.xlsx");
    await cli("sample", input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const meeting = workbook.getWorksheet("Hội nghị");
    let presentCell = "";
    meeting?.eachRow((row) => {
      if (row.getCell(1).value === "Số người có mặt") {
        row.getCell(2).value = 20;
        presentCell = row.getCell(2).address;
      }
    });
    expect(presentCell).not.toBe("");
    await workbook.xlsx.writeFile(input);

    const output = join(dir, "no-quorum-out.xlsx");
    const result = await cli("tally", input, "-o", output, "--json");
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.meeting.quorumMet).toBe(false);
    expect(json.problems).toContainEqual(
      expect.objectContaining({
        code: "E106",
        severity: "error",
        sheet: "Hội nghị",
        action: "Kiểm tra số liệu; nếu đúng, tổ chức lại hội nghị.",
      })
    );
    expect(existsSync(output)).toBe(false);
  });

  it("exits 2 for a missing file, a file that is not .xlsx, and a usage mistake", async () => {
    expect((await cli("tally", join(dir, "absent.xlsx"))).status).toBe(2);
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a workbook");
    const unreadable = await cli("tally", junk, "--json");
    expect(unreadable.status).toBe(2);
    expect(unreadable.stdout).toBe("");
    expect(unreadable.stderr).toMatch(/^F001 /);
    expect((await cli("tally")).status).toBe(2);
    expect((await cli("tally", junk, "--lang", "fr")).status).toBe(2);
    expect((await cli("tally", junk, "-o", "x.xlsx", "--in-place")).status).toBe(2);
    expect((await cli("sample", join(dir, "s.xlsx"), "--people", "many")).status).toBe(2);
    expect((await cli("template", join(dir, "t.xlsx"), "--json")).status).toBe(2);
  });

  it("refuses to replace an existing file with a template or a sample", async () => {
    const file = join(dir, "exists.xlsx");
    writeFileSync(file, "the user's");
    const result = await cli("template", file);
    expect(result.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("the user's");
  });
});

describe("where the results go", () => {
  it("writes beside the input by default, and into it only with --in-place", async () => {
    const input = join(dir, "hoi-nghi.xlsx");
    await cli("sample", input);
    const original = readFileSync(input);
    expect((await cli("tally", input)).status).toBe(0);
    expect(existsSync(join(dir, "hoi-nghi-ket-qua.xlsx"))).toBe(true);
    expect(readFileSync(input).equals(original)).toBe(true);

    expect((await cli("tally", input, "--in-place")).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    expect(workbook.getWorksheet("Kết quả")).toBeDefined();
  });

  it("prints a readable table in the chosen language", async () => {
    const input = join(dir, "table.xlsx");
    await cli("sample", input);
    const vi = await cli("tally", input, "-o", join(dir, "table-vi.xlsx"));
    expect(vi.stdout).toContain("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
    expect(vi.stdout).toMatch(/Tín nhiệm thấp/);
    expect(vi.stdout).toMatch(/\d+ \(\d+,\d\d%\)/);
    const en = await cli("tally", input, "-o", join(dir, "table-en.xlsx"), "--lang", "en");
    expect(en.stdout).toContain("CONFIDENCE VOTE RESULTS");
    expect(en.stdout).toMatch(/\d+ \(\d+\.\d\d%\)/);
  });

  it("prints under each problem, indented, what to do about it", async () => {
    const input = join(dir, "actions.xlsx");
    await cli("sample", input);
    const lines = (await cli("tally", input, "-o", join(dir, "actions-vi.xlsx"))).stdout.split(
      "\n"
    );
    const warnings = lines.flatMap((line, i) => (line.startsWith("  W301 ") ? [i] : []));
    expect(warnings.length).toBeGreaterThan(0);
    for (const i of warnings) {
      expect(lines[i + 1]).toBe(
        "      Cần làm: Không cần làm gì nếu cách xử lý này đúng; nếu quy chế hội nghị coi phiếu " +
          "như vậy là không hợp lệ, chọn thiết lập “Cả phiếu không hợp lệ”."
      );
    }
    const en = await cli("tally", input, "-o", join(dir, "actions-en.xlsx"), "--lang", "en");
    expect(en.stdout).toMatch(
      /\n {2}W301 .*\n {6}What to do: Nothing, if this treatment is right;/
    );
  });
});

describe("the extra-names rule", () => {
  /** A sample whose `Hội nghị` row of the extra-names rule is set to `value`, or removed. */
  async function sampleWithRule(
    name: string,
    value: string | null,
    handTally = true
  ): Promise<string> {
    const input = join(dir, name);
    expect((await cli("sample", input)).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const meeting = workbook.getWorksheet("Hội nghị");
    let found = false;
    meeting?.eachRow((row) => {
      if (row.getCell(1).value !== "Phiếu ghi thêm tên ngoài danh sách") return;
      found = true;
      if (value === null) row.getCell(1).value = null;
      row.getCell(2).value = value;
    });
    expect(found).toBe(true);
    const tally = workbook.getWorksheet("Kiểm phiếu");
    if (!handTally && tally) workbook.removeWorksheet(tally.id);
    await workbook.xlsx.writeFile(input);
    return input;
  }

  it("follows the workbook's row, and refuses an option that contradicts it (exit 2, E016)", async () => {
    const input = await sampleWithRule("rule-void.xlsx", "  cả PHIẾU không hợp lệ ");
    const followed = await cli("tally", input, "-o", join(dir, "rule-void-out.xlsx"), "--json");
    const codes = JSON.parse(followed.stdout).problems.map((p: { code: string }) => p.code);
    expect(codes).toContain("W302");
    expect(codes).not.toContain("W301");

    const output = join(dir, "rule-conflict-out.xlsx");
    const refused = await cli("tally", input, "-o", output, "--extra-names", "ignore-name");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("E016");
    expect(refused.stderr).toContain("hãy đổi dòng đó trong sổ tính");
    expect(refused.stderr).toContain("change that row in the workbook");
    expect(existsSync(output)).toBe(false);
    // Agreeing with the row is allowed: the sample's hand tally then disagrees (E314), and E018
    // names the setting as the likely cause.
    const agreeing = await cli("tally", input, "-o", output, "--extra-names", "void-ballot");
    expect(agreeing.status).toBe(1);
    expect(agreeing.stdout).toContain("E018");
  });

  it("applies the option where the workbook has no row, says so, and prints it in the notes", async () => {
    const input = await sampleWithRule("rule-absent.xlsx", null, false);
    const output = join(dir, "rule-absent-out.xlsx");
    const run = await cli("tally", input, "-o", output, "--json", "--extra-names", "void-ballot");
    expect(run.status).toBe(0);
    const codes = JSON.parse(run.stdout).problems.map((p: { code: string }) => p.code);
    expect(codes).toContain("W017");
    expect(codes).toContain("W302");
    const results = (await dumpFile(output)).find((sheet) => sheet.name === "Kết quả");
    const texts = Object.values(results?.cells ?? {}).map((cell) => String(cell.value));
    expect(texts).toContain("- Phiếu ghi thêm tên ngoài danh sách: Cả phiếu không hợp lệ.");
  });
});
