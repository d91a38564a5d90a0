// Before the pane starts: the language and theme taken from Office, and each way Office can fail
// to start it (no office.js, no answer, not Excel).

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { afterEach, describe, expect, it, vi } from "vitest";
import { languageFromOffice, themeFromOffice } from "../../src/taskpane/office-context";
import { STARTUP_MESSAGES, waitForExcel, type OfficeStartup } from "../../src/taskpane/startup";

const HOSTS = { Excel: "Excel", Word: "Word" } as unknown as Record<string, Office.HostType>;

function office(answer: Promise<{ host: Office.HostType | null }>): OfficeStartup {
  return {
    HostType: { Excel: HOSTS["Excel"]! },
    onReady: () => answer.then((info) => ({ ...info, platform: null })),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("languageFromOffice", () => {
  it("is Vietnamese for a Vietnamese Office or none said, English for any other", () => {
    expect(languageFromOffice("vi-VN")).toBe("vi");
    expect(languageFromOffice("VI")).toBe("vi");
    expect(languageFromOffice(undefined)).toBe("vi");
    expect(languageFromOffice("")).toBe("vi");
    expect(languageFromOffice("en-US")).toBe("en");
    expect(languageFromOffice("fr-FR")).toBe("en");
  });
});

describe("themeFromOffice", () => {
  it("is dark on Office's dark backgrounds and light otherwise", () => {
    expect(themeFromOffice("#262626")).toBe(webDarkTheme); // Black
    expect(themeFromOffice("#444444")).toBe(webDarkTheme); // Dark Gray
    expect(themeFromOffice("#FFFFFF")).toBe(webLightTheme); // White
    expect(themeFromOffice("#E6E6E6")).toBe(webLightTheme); // Colorful
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
    expect(themeFromOffice("not a colour")).toBe(webLightTheme);
  });
});

describe("waitForExcel", () => {
  it("is ready when Office answers from Excel", async () => {
    await expect(waitForExcel(office(Promise.resolve({ host: HOSTS["Excel"]! })))).resolves.toEqual(
      {
        kind: "ready",
      }
    );
  });

  it("says so when office.js did not load, or the host is not Excel", async () => {
    await expect(waitForExcel(undefined)).resolves.toEqual({ kind: "no-office" });
    await expect(waitForExcel(office(Promise.resolve({ host: HOSTS["Word"]! })))).resolves.toEqual({
      kind: "not-excel",
    });
  });

  it("knows a plain browser tab: Office answers there with no host at all", async () => {
    await expect(waitForExcel(office(Promise.resolve({ host: null })))).resolves.toEqual({
      kind: "outside-office",
    });
  });

  it("gives up when Office never answers or fails", async () => {
    vi.useFakeTimers();
    const never = waitForExcel(office(new Promise(() => {})), 15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(never).resolves.toEqual({ kind: "outside-office" });
    await expect(waitForExcel(office(Promise.reject(new Error("boom"))))).resolves.toEqual({
      kind: "outside-office",
    });
  });

  it("has a message in both languages for every way it can fail", () => {
    for (const message of Object.values(STARTUP_MESSAGES)) {
      expect(message.vi).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỷỹđ]/);
      expect(message.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
