// The single-file plugin's inlining: the page's script and stylesheet written into it, an icon
// turned into a data: URL, and a file the page does not name refused rather than left behind.

import { describe, expect, it } from "vitest";
import { inlineBundle, type BundleFile } from "../../scripts/single-file";

const PAGE = [
  "<html><head>",
  '<link rel="icon" type="image/png" href="./assets/icon-32-abc.png" />',
  '<script type="module" crossorigin src="./assets/app-123.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/app-456.css">',
  "</head><body></body></html>",
].join("\n");

const chunk = (code: string): BundleFile => ({
  type: "chunk",
  fileName: "assets/app-123.js",
  code,
});
const css: BundleFile = { type: "asset", fileName: "assets/app-456.css", source: "p{color:red}" };
const icon: BundleFile = {
  type: "asset",
  fileName: "assets/icon-32-abc.png",
  source: new Uint8Array([137, 80, 78, 71]),
};

describe("inlineBundle", () => {
  it("writes the script, the stylesheet and the icon into the page", () => {
    const html = inlineBundle(PAGE, [chunk("console.log(1)"), css, icon]);
    expect(html).toContain('<script type="module">console.log(1)</script>');
    expect(html).toContain("<style>p{color:red}</style>");
    expect(html).toContain('href="data:image/png;base64,iVBORw=="');
    expect(html).not.toContain("./assets/");
  });

  it("keeps the code as it is, except for a closing script tag that would end it early", () => {
    const code = 'const a = "</script>", b = "$& $1 $$";';
    const html = inlineBundle(PAGE, [chunk(code), css, icon]);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toBe('const a = "<\\/script>", b = "$& $1 $$";');
  });

  it("fills in the preload mark of a dynamic import left inside the one chunk", () => {
    const code = 'await preload(() => import("./late.js"), __VITE_PRELOAD__, import.meta.url);';
    const html = inlineBundle(PAGE, [chunk(code), css, icon]);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toBe('await preload(() => import("./late.js"), void 0, import.meta.url);');
  });

  it("refuses a file the page does not name", () => {
    const stray: BundleFile = { type: "asset", fileName: "assets/other.woff2", source: "x" };
    expect(() => inlineBundle(PAGE, [chunk(""), css, icon, stray])).toThrow(
      "assets/other.woff2 was not inlined"
    );
    const unnamed: BundleFile = { type: "chunk", fileName: "assets/lazy-9.js", code: "" };
    expect(() => inlineBundle(PAGE, [unnamed])).toThrow("does not load assets/lazy-9.js");
  });
});
