// taskpane.html's plain script for old webviews (Internet Explorer 11 in Office 2019, old Edge):
// written in ES5 so that such a webview can run it, and run here in each webview's shoes.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";

const html = readFileSync(join(import.meta.dirname, "..", "..", "taskpane.html"), "utf8");
const script = /<script id="old-webview">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
const LOADING = "Đang tải… / Loading…";

interface Webview {
  readonly modules: boolean;
  /** Built-ins of ES2022 that the bundle's target assumes. */
  readonly es2022: boolean;
}

/** Runs the script in a fresh realm shaped like the webview; returns what #root then shows. */
function runIn(webview: Webview): string {
  const root = { innerHTML: LOADING };
  const document = {
    createElement: () => (webview.modules ? { noModule: false } : {}),
    getElementById: (id: string) => (id === "root" ? root : null),
  };
  const realm = createContext({ document });
  if (!webview.es2022) runInContext("delete Object.hasOwn; delete Array.prototype.at;", realm);
  runInContext(script, realm);
  return root.innerHTML;
}

describe("the old-webview message in taskpane.html", () => {
  it("is plain ES5, which Internet Explorer 11 parses", () => {
    expect(script.length).toBeGreaterThan(100);
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it("replaces 'Loading…' in IE11 (no modules) and in old Edge (modules, no ES2022)", () => {
    for (const webview of [
      { modules: false, es2022: false },
      { modules: true, es2022: false },
    ]) {
      const shown = runIn(webview);
      expect(shown).not.toContain("Đang tải");
      expect(shown).toContain("không chạy được ngăn tác vụ");
      expect(shown).toContain("cannot run this pane");
      expect(shown).toContain("phieu-tin-nhiem.html");
      expect(shown.indexOf("Phiên bản Excel")).toBeLessThan(shown.indexOf("This Excel"));
    }
  });

  it("leaves a modern webview to the pane", () => {
    expect(runIn({ modules: true, es2022: true })).toBe(LOADING);
  });
});
