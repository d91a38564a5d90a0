// The shared strings part: each string item's text, its rich-text runs joined as Excel shows them
// (phonetic guides left out), with OOXML's "_x000D_" escapes decoded as ExcelJS decodes them.

import { readPartXml } from "./part-xml";
import type { ZipArchive } from "./zip";

/** "_x000D_" → "\r": how OOXML writes characters XML cannot hold. */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * Collects the text of string items: `<si>` in the shared strings part, `<is>` in a cell. The
 * text of `<t>` elements counts unless it sits in a phonetic run (`<rPh>`).
 */
export class StringItemReader {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "t") this.inText = this.phonetic === 0;
    else if (name === "rPh") this.phonetic++;
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic--;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(decodeEscapes(text));
  }

  /** The item's text so far, and a fresh start for the next one. */
  take(): string {
    const text = this.parts.join("");
    this.parts = [];
    return text;
  }
}

export function readSharedStrings(archive: ZipArchive, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const item = new StringItemReader();
  readPartXml(archive, part, {
    open: (tag) => item.open(tag.name),
    text: (text) => item.text(text),
    close(name) {
      item.close(name);
      if (name === "si") strings.push(item.take());
    },
  });
  return strings;
}
