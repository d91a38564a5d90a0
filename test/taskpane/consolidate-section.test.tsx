// @vitest-environment jsdom
// Tổng hợp nhiều hội nghị / Consolidate meetings in the task pane, over the add-in's own host on
// the fake Excel: files chosen at once are read in the browser, the open workbook receives the
// four sheets, and a file that cannot be read is listed with its problem.

import "./jsdom-shims";
import { readFile } from "node:fs/promises";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createExcelHost } from "../../src/excel/addin-host";
import { FakeExcel } from "../../src/fake-excel";
import { readFakeWorkbookFile } from "../../src/fake-excel/node-files";
import type { Lang } from "../../src/rules/types";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { CONSOLIDATION_SHEETS } from "../../src/workbook/consolidate/marker";
import { error, hostDouble, report } from "./host-double";

afterEach(cleanup);

async function fileOf(path: string): Promise<File> {
  return new File([new Uint8Array(await readFile(path))], path.split("/").at(-1)!);
}

function renderPane(host: Parameters<typeof TaskPane>[0]["host"], lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} initialLang={lang} />
    </FluentProvider>
  );
}

const section = (name: string) => within(screen.getByRole("region", { name }));

/** The user picks `files` in the section's file chooser, as a browser reports it. */
function choose(heading: string, label: string, files: readonly File[]): void {
  const picker = section(heading).getByLabelText<HTMLInputElement>(label);
  Object.defineProperty(picker, "files", { value: files, configurable: true });
  fireEvent.change(picker);
}

describe("Tổng hợp nhiều hội nghị / Consolidate meetings", () => {
  it("writes the four sheets into the open workbook and lists the file it could not read", async () => {
    const fake = new FakeExcel(await readFakeWorkbookFile("examples/hoi-nghi-mau.xlsx"));
    renderPane(createExcelHost({ run: fake.run, support: fake.support }), "vi");
    const notes = new File(["Họ và tên;Đồng ý\n"], "ghi-chu.xlsx");
    choose("Tổng hợp nhiều hội nghị", "Chọn tệp để tổng hợp…", [
      await fileOf("examples/hdnd-huyen-van-phong.xlsx"),
      await fileOf("examples/ubnd-huyen-van-phong.xlsx"),
      notes,
    ]);

    const sheets = Object.values(CONSOLIDATION_SHEETS);
    await waitFor(
      () =>
        expect(
          section("Tổng hợp nhiều hội nghị").getByText(
            `Đã tổng hợp 2 hội nghị vào các trang ${sheets.join(", ")}.`
          )
        ).toBeTruthy(),
      { timeout: 20_000 }
    );
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(sheets));
    const left = within(screen.getByRole("region", { name: "ghi-chu.xlsx: không được tổng hợp" }));
    expect(left.getByText("F001")).toBeTruthy();
  }, 30_000);

  it("says nothing was written and shows the consolidation's problems while an error stands", async () => {
    const problem = error(
      "E061",
      "There is no meeting to consolidate: all 1 files are unreadable or blocked."
    );
    const host = hostDouble(() => report([]), {
      consolidation: async (inputs) => ({
        written: false,
        sheets: [],
        meetings: 0,
        problems: [problem],
        files: inputs.map((input) => ({ file: input.file, counted: false, problems: [] })),
        notices: [],
      }),
    });
    renderPane(host, "en");
    choose("Consolidate meetings", "Choose files to consolidate…", [new File(["x"], "a.xlsx")]);
    await waitFor(() =>
      expect(
        section("Consolidate meetings").getByText(
          "No consolidation written: fix the errors below, then choose the files again."
        )
      ).toBeTruthy()
    );
    expect(section("Consolidate meetings").getByText(problem.message)).toBeTruthy();
    expect(host.writeConsolidation).toHaveBeenCalledWith(
      [expect.objectContaining({ file: "a.xlsx", status: "unreadable" })],
      { lang: "en" }
    );
  });
});
