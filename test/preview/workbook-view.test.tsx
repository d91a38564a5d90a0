// @vitest-environment jsdom
// The preview's tabs: one per sheet, a hidden sheet's marked as hidden (Excel shows it no tab; a
// problem naming it says it is hidden, and the page must agree).

import "../taskpane/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { workbookOf } from "../../src/fake-excel";
import { WorkbookView } from "../../src/preview/WorkbookView";

afterEach(cleanup);

beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

describe("WorkbookView", () => {
  it("marks the tab of a hidden and of a very hidden sheet, and no other", () => {
    const workbook = workbookOf({ "Hội nghị": [["x"]], "Danh sách": [["y"]], Cũ: [["z"]] });
    workbook.sheets[1]!.visibility = "Hidden";
    workbook.sheets[2]!.visibility = "VeryHidden";
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView workbook={workbook} revision={0} onEdit={() => {}} />
      </FluentProvider>
    );
    // By their accessible names: Fluent draws a tab's text twice (once hidden, to reserve the
    // width it takes when selected).
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(3);
    for (const name of ["Hội nghị", "Danh sách (ẩn / hidden)", "Cũ (ẩn / hidden)"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
  });
});
