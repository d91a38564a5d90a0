// @vitest-environment jsdom
// The task pane against a test double of AddinHost: what the user sees and which host calls each
// control makes.

import "./jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { TallyOutcome } from "../../src/excel/host";
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

const WARNED = report([
  warning("W301", "Phiếu số 7 ghi thêm tên người ngoài danh sách.", "Phiếu", "F9"),
  warning("W120", "Số phiếu phát ra lớn hơn số người có mặt.", "Hội nghị", "B8"),
]);

describe("Kiểm tra / Check", () => {
  it("shows the meeting figures, the quorum and every problem with its code and cell", async () => {
    const host = hostDouble(() => BLOCKING);
    renderPane(host);
    await check(host);
    expect(host.check).toHaveBeenCalledWith({
      lang: "vi",
      settings: { extraNames: "ignore-name" },
    });
    const figures = screen.getByLabelText("Số liệu hội nghị");
    expect(figures.textContent).toContain("Số người được triệu tập45");
    expect(figures.textContent).toContain("Số phiếu thu về41");
    expect(within(figures).getByText("Đủ 2/3")).toBeTruthy();
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
    expect(within(screen.getByLabelText("Số liệu hội nghị")).getByText("Chưa đủ 2/3")).toBeTruthy();
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
    expect(host.tallyAndWrite).toHaveBeenCalledWith({
      lang: "vi",
      settings: { extraNames: "ignore-name" },
    });
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(button("Kiểm tra").hasAttribute("disabled")).toBe(true);
    await act(async () =>
      pending.resolve(written(clean, { none: 9, "over-half": 2, "two-thirds": 1, excluded: 3 }))
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
    const bands = screen.getByLabelText("Số người theo mức");
    expect(bands.textContent).toBe(
      "Không thuộc diện xử lý9" +
        "Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp2" +
        "Từ 2/3 phiếu tín nhiệm thấp trở lên1" +
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
      template: async () => ({ created: ["Hội nghị", "Danh sách", "Phiếu", "Kiểm phiếu"] }),
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
    expect(host.check).toHaveBeenLastCalledWith({
      lang: "en",
      settings: { extraNames: "ignore-name" },
    });
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

  it("passes the extra-names choice to the host and checks again with it", async () => {
    const host = hostDouble(() => report([]));
    renderPane(host);
    const voidBallot = screen.getByRole("radio", { name: "Cả phiếu không hợp lệ" });
    expect(
      (screen.getByRole("radio", { name: /bỏ qua tên ghi thêm \(mặc định\)/ }) as HTMLInputElement)
        .checked
    ).toBe(true);
    fireEvent.click(voidBallot);
    // No report yet: nothing to check again.
    expect(host.check).not.toHaveBeenCalled();
    await check(host);
    expect(host.check).toHaveBeenLastCalledWith({
      lang: "vi",
      settings: { extraNames: "void-ballot" },
    });
    fireEvent.click(button("Kiểm phiếu và ghi kết quả"));
    expect(host.tallyAndWrite).toHaveBeenCalledWith({
      lang: "vi",
      settings: { extraNames: "void-ballot" },
    });
  });
});

describe("Failures and accessibility", () => {
  it("turns a host failure into a message and stays usable", async () => {
    let fail = true;
    const host = hostDouble(() => {
      if (fail) throw new Error("RichApi.Error: The request payload size has exceeded the limit.");
      return report([]);
    });
    renderPane(host);
    fireEvent.click(button("Kiểm tra"));
    await waitFor(() => expect(screen.getByText("Không thực hiện được")).toBeTruthy());
    expect(screen.getByRole("status").textContent).toBe(
      "Không thực hiện được: RichApi.Error: The request payload size has exceeded the limit."
    );
    fail = false;
    await check(host);
    expect(screen.queryByText("Không thực hiện được")).toBeNull();
    expect(screen.getByText("Không có lỗi hay cảnh báo nào.")).toBeTruthy();
  });

  it("labels every control", async () => {
    const host = hostDouble(() => WARNED);
    renderPane(host);
    await check(host);
    for (const role of ["button", "checkbox", "radio", "combobox"] as const) {
      const all = screen.getAllByRole(role);
      expect(screen.getAllByRole(role, { name: /\S/ }), role).toHaveLength(all.length);
      for (const control of all) expect(control.tabIndex, role).toBeGreaterThanOrEqual(0);
    }
  });
});
