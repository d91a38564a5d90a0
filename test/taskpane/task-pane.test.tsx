// @vitest-environment jsdom
// The task pane against a test double of AddinHost: what the user sees and which host calls each
// control makes.

import "./jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  warningKey,
  type CheckReport,
  type ExtraNamesView,
  type TallyOutcome,
} from "../../src/excel/host";
import { HostError } from "../../src/excel/office-errors";
import type { Lang } from "../../src/rules/types";
import { TaskPane } from "../../src/taskpane/TaskPane";
import {
  deferred,
  error,
  hostDouble,
  report,
  warning,
  written,
  type HostDouble,
} from "./host-double";

afterEach(cleanup);

function renderPane(host: HostDouble, lang: Lang = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} initialLang={lang} />
    </FluentProvider>
  );
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
/** A titled part of the pane (its text is also announced in the live region, so look inside). */
const section = (name: string) => within(screen.getByRole("region", { name }));

/** Chooses Check and waits until the host has answered and the pane is idle again. */
async function check(host: HostDouble, name = "Kiểm tra"): Promise<void> {
  const before = host.check.mock.calls.length;
  fireEvent.click(button(name));
  expect(host.check).toHaveBeenCalledTimes(before + 1);
  await waitFor(() => expect(button(name).hasAttribute("disabled")).toBe(false));
}

const BLOCKING = report([
  warning("W301", "Phiếu số 7 ghi thêm tên người ngoài danh sách.", "Phiếu", "F9"),
  error("E201", "Ô D7 có ký hiệu không hợp lệ: ?", "Phiếu", "D7"),
  error("E105", "Thiếu trang Danh sách."),
]);

const RULE_IGNORE: ExtraNamesView = {
  policy: "ignore-name",
  sheet: "Hội nghị",
  cell: "B17",
  addsRow: false,
  ballotsDecided: 3,
};
const RULE_VOID: ExtraNamesView = { ...RULE_IGNORE, policy: "void-ballot" };

const WARNED = report([
  warning("W301", "Phiếu số 7 ghi thêm tên người ngoài danh sách.", "Phiếu", "F9"),
  warning("W120", "Số phiếu phát ra lớn hơn số người có mặt.", "Hội nghị", "B8"),
]);

describe("Kiểm tra / Check", () => {
  it("shows the meeting figures, the quorum and every problem with its code and cell", async () => {
    const host = hostDouble(() => BLOCKING);
    renderPane(host);
    await check(host);
    expect(host.check).toHaveBeenCalledWith({ lang: "vi" });
    const figures = screen.getByLabelText("Số liệu hội nghị");
    expect(figures.textContent).toContain("Số người được triệu tập45");
    expect(figures.textContent).toContain("Số phiếu thu về41");
    expect(within(figures).getByText("Đủ 2/3")).toBeTruthy();
    // The regulation's own quorum rule, in the words the printed sheet uses.
    expect(
      screen.getByText(
        "Hội nghị chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt " +
          "(3 × có mặt ≥ 2 × triệu tập)."
      )
    ).toBeTruthy();
    const items = within(screen.getByRole("list", { name: "Lỗi và cảnh báo" })).getAllByRole(
      "listitem"
    );
    // Errors first, then warnings, each with its code, message and cell.
    expect(items.map((item) => item.textContent)).toEqual([
      "LỗiE201Ô Phiếu!D7Ô D7 có ký hiệu không hợp lệ: ?",
      "LỗiE105Thiếu trang Danh sách.",
      "Cảnh báoW301Ô Phiếu!F9Phiếu số 7 ghi thêm tên người ngoài danh sách.",
    ]);
    expect(screen.getByRole("status").textContent).toBe(
      "Đã kiểm tra: 2 lỗi, 1 cảnh báo. Cần sửa lỗi trước khi ghi kết quả."
    );
  });

  it("says when the quorum is not met", async () => {
    const host = hostDouble(() =>
      report([error("E110", "Không đủ 2/3.")], {
        ...report([]).meeting!,
        present: 20,
        quorumMet: false,
      })
    );
    renderPane(host);
    await check(host);
    expect(
      within(screen.getByLabelText("Số liệu hội nghị")).getByText("Không đủ 2/3")
    ).toBeTruthy();
  });

  it("shows under each problem what to do, in the pane's language", async () => {
    const action = { vi: "Cho mỗi người một mã riêng.", en: "Give each person their own ID." };
    const host = hostDouble(({ lang }) =>
      report([
        error("E201", "Mã CB07 dùng cho nhiều người.", "Danh sách", "B4", action[lang]),
        warning("W301", "Phiếu số 7 ghi thêm tên.", "Phiếu", "F9"),
      ])
    );
    renderPane(host);
    await check(host);
    const items = () =>
      within(screen.getByRole("list", { name: /Lỗi và cảnh báo|Errors and warnings/ }))
        .getAllByRole("listitem")
        .map((item) => item.textContent);
    expect(items()).toEqual([
      "LỗiE201Ô 'Danh sách'!B4Mã CB07 dùng cho nhiều người.Cần làm: Cho mỗi người một mã riêng.",
      "Cảnh báoW301Ô Phiếu!F9Phiếu số 7 ghi thêm tên.",
    ]);
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ / Language" }), {
      target: { value: "en" },
    });
    await waitFor(() => expect(items()[0]).toContain("What to do: Give each person their own ID."));
  });

  it("selects a problem's cell when the problem is chosen; one without a cell is no button", async () => {
    const host = hostDouble(() => BLOCKING);
    renderPane(host);
    await check(host);
    fireEvent.click(button(/E201/));
    expect(host.selectCell).toHaveBeenCalledWith("Phiếu", "D7");
    fireEvent.click(button(/W301/));
    expect(host.selectCell).toHaveBeenLastCalledWith("Phiếu", "F9");
    expect(screen.queryByRole("button", { name: /E105/ })).toBeNull();
    expect(screen.getByText("Thiếu trang Danh sách.")).toBeTruthy();
  });
});

describe("Kiểm phiếu và ghi kết quả / Tally and write", () => {
  it("is disabled before a check and while a blocking error stands", async () => {
    const host = hostDouble(() =>
      report([error("E201", "Ô D7 có ký hiệu không hợp lệ: ?", "Phiếu", "D7")])
    );
    renderPane(host);
    const tally = button("Kiểm phiếu và ghi kết quả");
    expect(tally.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Hãy bấm Kiểm tra trước.")).toBeTruthy();
    await check(host);
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Còn lỗi: sửa lỗi trong bảng tính rồi kiểm tra lại.")).toBeTruthy();
    fireEvent.click(button("Kiểm phiếu và ghi kết quả"));
    expect(host.tallyAndWrite).not.toHaveBeenCalled();
  });

  it("offers no acknowledging of warnings past an error", async () => {
    const host = hostDouble(() => BLOCKING);
    renderPane(host);
    await check(host);
    expect(screen.getByText(/W301/)).toBeTruthy();
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
  });

  it("is enabled only once the warnings are acknowledged", async () => {
    const host = hostDouble(() => WARNED);
    renderPane(host);
    await check(host);
    const acknowledge = screen.getByRole("checkbox", {
      name: "Tôi đã xem 2 cảnh báo ở trên và vẫn muốn ghi kết quả.",
    });
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
    fireEvent.click(acknowledge);
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(false);
    fireEvent.click(acknowledge);
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
  });

  it("sends the warnings read with the request to write, so that a new one stops it", async () => {
    const host = hostDouble(() => WARNED);
    renderPane(host);
    await check(host);
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(button("Kiểm phiếu và ghi kết quả"));
    await waitFor(() => expect(host.tallyAndWrite).toHaveBeenCalledTimes(1));
    const warned = WARNED.problems.filter((p) => p.severity === "warning").map(warningKey);
    expect(warned).toHaveLength(2);
    expect(host.tallyAndWrite).toHaveBeenCalledWith({ lang: "vi", acknowledged: warned });
  });

  it("asks again when a new check finds other warnings", async () => {
    let answer = WARNED;
    const host = hostDouble(() => answer);
    renderPane(host);
    await check(host);
    fireEvent.click(screen.getByRole("checkbox"));
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(false);
    answer = report([warning("W130", "Một cảnh báo khác.", "Danh sách", "C4")]);
    fireEvent.click(button("Kiểm tra"));
    await waitFor(() => expect(screen.getByText("Một cảnh báo khác.")).toBeTruthy());
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
  });

  it("shows progress while it runs, then the people in each band and a way to the results", async () => {
    const pending = deferred<TallyOutcome>();
    const clean = report([]);
    const host = hostDouble(() => clean, { tally: () => pending.promise });
    renderPane(host);
    await check(host);
    fireEvent.click(button("Kiểm phiếu và ghi kết quả"));
    expect(host.tallyAndWrite).toHaveBeenCalledWith({ lang: "vi", acknowledged: [] });
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(button("Kiểm tra").hasAttribute("disabled")).toBe(true);
    await act(async () =>
      pending.resolve(written(clean, { none: 9, "over-half": 2, "two-thirds": 1, excluded: 3 }))
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
    const bands = screen.getByLabelText("Số người theo mức");
    expect(bands.textContent).toBe(
      "Không quá 50% tín nhiệm thấp9" +
        "Trên 50% đến dưới 2/3 tín nhiệm thấp2" +
        "Từ 2/3 tín nhiệm thấp trở lên1" +
        "Không lấy phiếu3"
    );
    expect(screen.getByRole("status").textContent).toBe("Đã ghi kết quả.");
    fireEvent.click(button("Xem trang Kết quả"));
    expect(host.showResults).toHaveBeenCalledTimes(1);
  });

  it("shows the host's notices and, when the host refused to write, the errors it found", async () => {
    const clean = report([]);
    const host = hostDouble(() => clean, {
      tally: async () => ({
        written: false,
        report: report([error("E201", "Ô D7 có ký hiệu không hợp lệ: ?", "Phiếu", "D7")]),
        notices: ["Excel này không hỗ trợ thiết lập trang in."],
      }),
    });
    renderPane(host);
    await check(host);
    fireEvent.click(button("Kiểm phiếu và ghi kết quả"));
    const tally = section("Kiểm phiếu và ghi kết quả");
    await waitFor(() => expect(tally.getByText("Chưa ghi gì: còn lỗi.")).toBeTruthy());
    expect(tally.getByText("Excel này không hỗ trợ thiết lập trang in.")).toBeTruthy();
    expect(screen.getByText("Ô D7 có ký hiệu không hợp lệ: ?")).toBeTruthy();
    expect(screen.queryByLabelText("Số người theo mức")).toBeNull();
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
  });
});

describe("Tạo mẫu / Create template", () => {
  it("lists the sheets it created", async () => {
    const host = hostDouble(() => report([]), {
      template: async () => ({
        created: ["Hội nghị", "Danh sách", "Phiếu", "Kiểm phiếu"],
        notices: [],
      }),
    });
    renderPane(host);
    fireEvent.click(button("Tạo mẫu"));
    await waitFor(() =>
      expect(
        section("Tạo mẫu").getByText("Đã tạo các trang: Hội nghị, Danh sách, Phiếu, Kiểm phiếu.")
      ).toBeTruthy()
    );
    expect(host.createTemplate).toHaveBeenCalledWith("vi");
  });

  it("shows what this Excel could not add to the template", async () => {
    const skipped =
      "Đã bỏ qua danh sách chọn trong ô: phiên bản Excel này chưa hỗ trợ ExcelApi 1.8.";
    const host = hostDouble(() => report([]), {
      template: async () => ({ created: ["Hội nghị"], notices: [skipped] }),
    });
    renderPane(host);
    fireEvent.click(button("Tạo mẫu"));
    await waitFor(() => expect(section("Tạo mẫu").getByText(skipped)).toBeTruthy());
  });

  it("shows a refusal clearly, naming the sheets that already exist", async () => {
    const host = hostDouble(() => report([]), {
      template: async () => ({ refused: true, existing: ["Danh sách", "Phiếu"] }),
    });
    renderPane(host, "en");
    fireEvent.click(button("Create template"));
    await waitFor(() => expect(screen.getByText("Template not created")).toBeTruthy());
    expect(
      section("Create template").getByText(
        "The workbook already has the sheets Danh sách, Phiếu. Your data is never overwritten: use a new workbook."
      )
    ).toBeTruthy();
    expect(host.createTemplate).toHaveBeenCalledWith("en");
  });
});

describe("A report that no longer says how the workbook is", () => {
  const EMPTY_WORKBOOK = {
    ...report(
      [
        error("E001", "Không tìm thấy trang “Hội nghị”.", "Hội nghị", "A1"),
        error("E001", "Không tìm thấy trang “Danh sách”.", "Danh sách", "A1"),
      ],
      null
    ),
    templateFits: true,
  };
  const CREATED = ["Hội nghị", "Danh sách", "Phiếu", "Kiểm phiếu"];

  it.each([true, false])(
    "goes once the template is created (Excel reports changes: %s)",
    async (watches) => {
      const host = hostDouble(() => EMPTY_WORKBOOK, {
        template: async () => ({ created: CREATED, notices: [] }),
        watches,
      });
      renderPane(host);
      await check(host);
      expect(screen.getByText("Không tìm thấy trang “Hội nghị”.")).toBeTruthy();
      fireEvent.click(button("Tạo mẫu"));
      await waitFor(() => expect(section("Tạo mẫu").getByText(/^Đã tạo các trang: /)).toBeTruthy());
      expect(screen.queryByText("Không tìm thấy trang “Hội nghị”.")).toBeNull();
      expect(screen.queryByLabelText("Số liệu hội nghị")).toBeNull();
      expect(screen.getByText("Hãy bấm Kiểm tra trước.")).toBeTruthy();
    }
  );

  it("offers the template right under the problems of a workbook with none of its sheets", async () => {
    const host = hostDouble(() => EMPTY_WORKBOOK, {
      template: async () => ({ created: CREATED, notices: [] }),
    });
    renderPane(host);
    await check(host);
    const checkSection = section("Kiểm tra");
    expect(
      checkSection.getByText(
        "Sổ tính chưa có trang nào theo mẫu. Hãy tạo mẫu rồi điền số liệu vào các trang mới."
      )
    ).toBeTruthy();
    fireEvent.click(checkSection.getByRole("button", { name: "Tạo các trang theo mẫu" }));
    expect(host.createTemplate).toHaveBeenCalledWith("vi");
    await waitFor(() => expect(screen.queryByText("Không tìm thấy trang “Danh sách”.")).toBeNull());
    expect(screen.queryByRole("button", { name: "Tạo các trang theo mẫu" })).toBeNull();
  });

  it("offers no template where the workbook has its sheets", async () => {
    const host = hostDouble(() => BLOCKING);
    renderPane(host);
    await check(host);
    expect(screen.queryByRole("button", { name: "Tạo các trang theo mẫu" })).toBeNull();
  });

  it("is marked when the user changes the workbook: warnings asked again, tally after a check", async () => {
    const host = hostDouble(() => WARNED);
    renderPane(host);
    await check(host);
    fireEvent.click(screen.getByRole("checkbox"));
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(false);
    act(() => host.changeWorkbook());
    expect(section("Kiểm tra").getByText("Sổ tính đã thay đổi — kiểm tra lại.")).toBeTruthy();
    // The old problems stay in view, to fix the rest, under the mark.
    expect(screen.getByText("Số phiếu phát ra lớn hơn số người có mặt.")).toBeTruthy();
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
    expect(
      section("Kiểm phiếu và ghi kết quả").getByText("Sổ tính đã thay đổi — kiểm tra lại.")
    ).toBeTruthy();
    await check(host);
    expect(screen.queryByText("Sổ tính đã thay đổi — kiểm tra lại.")).toBeNull();
    // The same warnings, found again, are asked about again.
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    expect(button("Kiểm phiếu và ghi kết quả").hasAttribute("disabled")).toBe(true);
  });

  it("is marked when the change came while the check was reading", async () => {
    const host = hostDouble(() => {
      host.changeWorkbook();
      return report([]);
    });
    renderPane(host);
    await check(host);
    expect(section("Kiểm tra").getByText("Sổ tính đã thay đổi — kiểm tra lại.")).toBeTruthy();
  });

  it("is not marked before any check, and the pane registers for changes once", async () => {
    const host = hostDouble(() => WARNED);
    renderPane(host);
    act(() => host.changeWorkbook());
    expect(screen.queryByText("Sổ tính đã thay đổi — kiểm tra lại.")).toBeNull();
    await check(host);
    await check(host);
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ / Language" }), {
      target: { value: "en" },
    });
    await waitFor(() => expect(button("Check").hasAttribute("disabled")).toBe(false));
    expect(host.watchChanges).toHaveBeenCalledTimes(1);
  });
});

describe("Language and settings", () => {
  it("switches the pane to English and asks the host for English messages", async () => {
    const host = hostDouble(({ lang }) =>
      report([
        warning(
          "W301",
          lang === "vi" ? "Phiếu ghi thêm tên." : "A name was written in.",
          "Phiếu",
          "F9"
        ),
      ])
    );
    renderPane(host);
    await check(host);
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ / Language" }), {
      target: { value: "en" },
    });
    await waitFor(() => expect(screen.getByText("A name was written in.")).toBeTruthy());
    expect(host.check).toHaveBeenLastCalledWith({ lang: "en" });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Confidence vote");
    expect(button("Tally and write")).toBeTruthy();
    expect(screen.getByRole("checkbox").closest("span, div")?.textContent).toContain(
      "I have read the warning above"
    );
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
  });

  it("starts in the language it is given", () => {
    renderPane(
      hostDouble(() => report([])),
      "en"
    );
    expect(button("Check")).toBeTruthy();
    expect(screen.getByText("Run Check first.")).toBeTruthy();
  });

  it("before a check, says the extra-names rule is read from the workbook", () => {
    renderPane(hostDouble(() => report([])));
    const settings = section("Cài đặt");
    expect(settings.getByText("Bấm Kiểm tra để đọc thiết lập này từ sổ tính.")).toBeTruthy();
    expect(settings.queryAllByRole("radio")).toEqual([]);
  });

  it("shows the workbook's rule and the cell that keeps it", async () => {
    const host = hostDouble(() => ({ ...report([]), extraNames: RULE_VOID }));
    renderPane(host);
    await check(host);
    const chosen = screen.getByRole("radio", { name: "Cả phiếu không hợp lệ" }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    expect(section("Cài đặt").getByText(/Ghi ở ô 'Hội nghị'!B17 của sổ tính\./)).toBeTruthy();
  });

  it("says what a change will do and writes the row only once the user confirms", async () => {
    let rule = RULE_IGNORE;
    const host = hostDouble(() => ({ ...report([]), extraNames: rule }));
    host.setExtraNames.mockImplementation(async () => {
      rule = RULE_VOID;
    });
    renderPane(host);
    await check(host);
    fireEvent.click(screen.getByRole("radio", { name: "Cả phiếu không hợp lệ" }));
    const settings = section("Cài đặt");
    expect(settings.getByText("Đổi thiết lập?")).toBeTruthy();
    expect(settings.getByText(/3 phiếu sẽ thành không hợp lệ\./)).toBeTruthy();
    expect(host.setExtraNames).not.toHaveBeenCalled();

    fireEvent.click(button("Huỷ"));
    expect(settings.queryByText("Đổi thiết lập?")).toBeNull();
    const ignore = screen.getByRole("radio", { name: /Bỏ qua tên ghi thêm/ }) as HTMLInputElement;
    expect(ignore.checked).toBe(true);
    expect(host.setExtraNames).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("radio", { name: "Cả phiếu không hợp lệ" }));
    fireEvent.click(button("Đổi và ghi vào sổ tính"));
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(2));
    expect(host.setExtraNames).toHaveBeenCalledWith("void-ballot", "vi");
    await waitFor(() => expect(settings.queryByText("Đổi thiết lập?")).toBeNull());
    const chosen = screen.getByRole("radio", { name: "Cả phiếu không hợp lệ" }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("Đã ghi thiết lập vào sổ tính.");
  });

  it("keeps both options enabled while the pane is busy (a disabled one is drawn under AA)", async () => {
    const pending = deferred<CheckReport>();
    let calls = 0;
    const host = hostDouble(() => ({ ...report([]), extraNames: RULE_IGNORE }));
    host.check.mockImplementation(async () => {
      calls += 1;
      return calls === 1 ? { ...report([]), extraNames: RULE_IGNORE } : pending.promise;
    });
    renderPane(host);
    await check(host);
    fireEvent.click(button("Kiểm tra"));
    // The second check is still running: the pane is busy.
    expect(host.check).toHaveBeenCalledTimes(2);
    expect(
      screen.getByRole("combobox", { name: "Ngôn ngữ / Language" }).hasAttribute("disabled")
    ).toBe(true);
    for (const radio of screen.getAllByRole("radio")) {
      expect((radio as HTMLInputElement).disabled).toBe(false);
    }
    await act(async () => pending.resolve({ ...report([]), extraNames: RULE_IGNORE }));
  });
});

describe("Failures and accessibility", () => {
  it("turns a host failure into a clear message, Office's own words under details", async () => {
    let fail = true;
    const raw = "RichApi.Error: The request payload size has exceeded the limit.";
    const host = hostDouble(() => {
      if (fail) throw new Error(raw);
      return report([]);
    });
    renderPane(host);
    fireEvent.click(button("Kiểm tra"));
    await waitFor(() => expect(screen.getByText("Không thực hiện được")).toBeTruthy());
    const message =
      "Excel không thực hiện được yêu cầu. Hãy thử lại; nếu vẫn không được, đóng rồi mở lại ngăn này.";
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(`Không thực hiện được: ${message}`);
    const details = screen.getByText("Chi tiết kỹ thuật").closest("details")!;
    expect(details.open).toBe(false);
    expect(details.textContent).toBe(`Chi tiết kỹ thuật${raw}`);
    fail = false;
    await check(host);
    expect(screen.queryByText("Không thực hiện được")).toBeNull();
    expect(screen.queryByText(raw)).toBeNull();
    expect(screen.getByText("Không có lỗi hay cảnh báo nào.")).toBeTruthy();
  });

  it("shows what Excel's error means in the pane's language, its own text under details", async () => {
    const failure = new HostError(
      "InvalidOperationInCellEditMode",
      "Excel đang ở chế độ sửa ô. Hãy thoát chế độ sửa ô (Enter hoặc Esc) rồi thử lại.",
      "Excel is in cell-edit mode. Leave it (Enter or Esc), then try again.",
      "InvalidOperationInCellEditMode: The operation is not allowed in cell-edit mode."
    );
    const host = hostDouble(() => {
      throw failure;
    });
    renderPane(host);
    fireEvent.click(button("Kiểm tra"));
    await waitFor(() => expect(screen.getByText(failure.vi)).toBeTruthy());
    expect(screen.getByRole("status").textContent).toBe(`Không thực hiện được: ${failure.vi}`);
    const details = screen.getByText("Chi tiết kỹ thuật").closest("details")!;
    expect(details.textContent).toBe(`Chi tiết kỹ thuật${failure.detail}`);
  });

  it("labels every control", async () => {
    const host = hostDouble(() => ({ ...WARNED, extraNames: RULE_IGNORE }));
    renderPane(host);
    await check(host);
    for (const role of ["button", "checkbox", "radio", "combobox"] as const) {
      const all = screen.getAllByRole(role);
      expect(screen.getAllByRole(role, { name: /\S/ }), role).toHaveLength(all.length);
      for (const control of all) expect(control.tabIndex, role).toBeGreaterThanOrEqual(0);
    }
  });
});
