// A Vite plugin that turns a one-page build into one self-contained HTML file: the page's script
// and stylesheets are written into it, so that it opens from file:// (where a browser refuses
// module scripts from other files) and needs no network. Assets reach the bundle as data: URLs
// through `build.assetsInlineLimit`; the whole program is one chunk through `codeSplitting:
// false`; this plugin does the rest and refuses to leave any file beside the page.

import type { Plugin, Rolldown } from "vite";

/** The parts of the bundle's files that inlining reads. */
export type BundleFile =
  | Pick<Rolldown.OutputChunk, "type" | "fileName" | "code">
  | Pick<Rolldown.OutputAsset, "type" | "fileName" | "source">;
type AssetFile = Extract<BundleFile, { type: "asset" }>;

/** `</script` inside the code would end the script element early; `<\/script` means the same in
 * a string, a template or a regular expression, the only places it can occur. */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1");
}

/** Vite marks each dynamic import with the files to preload before it and fills the mark in when
 * it writes the chunks apart; in one chunk the import is already inside and the mark stays, an
 * undefined name that throws when the import runs. No files: `void 0`, as Vite writes then. */
function withoutPreloadMarks(code: string): string {
  return code.replaceAll("__VITE_PRELOAD__", "void 0");
}

function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: "image/png",
  svg: "image/svg+xml",
  ico: "image/x-icon",
};

function dataUrl(asset: AssetFile): string {
  const extension = asset.fileName.slice(asset.fileName.lastIndexOf(".") + 1).toLowerCase();
  const type = MEDIA_TYPES[extension] ?? "application/octet-stream";
  return `data:${type};base64,${Buffer.from(asset.source).toString("base64")}`;
}

/** The tag that names `fileName` (by src or href, relative or not), or null. */
function tagNaming(html: string, element: "script" | "link", fileName: string): string | null {
  const escaped = escapeRegExp(fileName);
  const attribute = element === "script" ? "src" : "href";
  const closing = element === "script" ? "\\s*</script>" : "";
  const pattern = new RegExp(
    `<${element}\\b[^>]*\\b${attribute}="(?:\\.?/)?${escaped}"[^>]*>${closing}`
  );
  return pattern.exec(html)?.[0] ?? null;
}

/** The page with every file of the bundle it names written into it. Throws when the bundle holds
 * a file the page does not name, since that file would be missing beside a lone HTML file. */
export function inlineBundle(html: string, files: readonly BundleFile[]): string {
  let page = html;
  for (const file of files) {
    if (file.type === "chunk") {
      const tag = tagNaming(page, "script", file.fileName);
      if (tag === null) throw new Error(`single-file: the page does not load ${file.fileName}`);
      page = page.replace(
        tag,
        () => `<script type="module">${scriptText(withoutPreloadMarks(file.code))}</script>`
      );
    } else if (file.fileName.endsWith(".css")) {
      const tag = tagNaming(page, "link", file.fileName);
      if (tag === null) throw new Error(`single-file: the page does not load ${file.fileName}`);
      const css =
        typeof file.source === "string" ? file.source : new TextDecoder().decode(file.source);
      page = page.replace(tag, () => `<style>${styleText(css)}</style>`);
    } else {
      // Vite keeps the files of <link rel="icon"> and the like as files whatever the limit.
      const reference = `="./${file.fileName}"`;
      if (!page.includes(reference)) {
        throw new Error(`single-file: ${file.fileName} was not inlined (raise assetsInlineLimit)`);
      }
      page = page.replaceAll(reference, () => `="${dataUrl(file)}"`);
    }
  }
  return page;
}

/** Writes the build's one HTML page, with everything it loads inside it, as `fileName`. */
export function singleFile(options: { readonly fileName: string }): Plugin {
  return {
    name: "single-file",
    apply: "build",
    enforce: "post",
    generateBundle(_, bundle) {
      const pages = Object.values(bundle).filter(
        (file): file is Rolldown.OutputAsset =>
          file.type === "asset" && file.fileName.endsWith(".html")
      );
      if (pages.length !== 1) {
        throw new Error(`single-file: expected one HTML page, found ${pages.length}`);
      }
      const page = pages[0]!;
      const others = Object.values(bundle).filter((file) => file !== page);
      const html = inlineBundle(String(page.source), others);
      for (const file of Object.values(bundle)) delete bundle[file.fileName];
      this.emitFile({ type: "asset", fileName: options.fileName, source: html });
    },
  };
}
