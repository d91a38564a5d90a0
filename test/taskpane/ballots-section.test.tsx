// @vitest-environment jsdom
// In phiếu / Print ballots in the task pane, against a test double of AddinHost: the call it makes,
// what it says when the ballots were made, and the problems when they were not.

import "./jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Lang } from "../../src/rules/types";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { error, hostDouble, report, type HostDouble } from "./host-double";

afterEach(cleanup);

function renderPane(host: HostDouble, lang: Lang = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} initialLang={lang} />
    </FluentProvider>
  );
}

const section = (name: string) => within(screen.getByRole("region", { name }));

describe("In phiếu / Print ballots", () => {
  it("makes the ballots in the pane's language and says how many, on which sheets", async () => {
    const host = hostDouble(() => report([]));
    renderPane(host);
    fireEvent.click(section("In phiếu").getByRole("button", { name: "In phiếu" }));
    await waitFor(() =>
      expect(
        section("In phiếu").getByText(
          "Đã tạo 43 phiếu, mỗi phiếu 12 người, ở các trang Phiếu kiểm, Phiếu in. In bằng Tệp › In."
        )
      ).toBeTruthy()
    );
    expect(host.printBallots).toHaveBeenCalledWith({ lang: "vi" });
  });

  it("shows the problems that stopped them, each with its cell", async () => {
    const problem = error(
      "E022",
      "Trang “Danh sách” chưa có ai được lấy phiếu.",
      "Danh sách",
      "B10"
    );
    const host = hostDouble(() => report([]), {
      ballots: async () => ({ written: false, problems: [problem] }),
    });
    renderPane(host, "en");
    fireEvent.click(section("Print ballots").getByRole("button", { name: "Print ballots" }));
    await waitFor(() =>
      expect(
        section("Print ballots").getByText("No ballots made: fix the errors below, then try again.")
      ).toBeTruthy()
    );
    expect(section("Print ballots").getByText(problem.message)).toBeTruthy();
    expect(host.printBallots).toHaveBeenCalledWith({ lang: "en" });
  });
});
