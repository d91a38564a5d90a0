// What a file is, told from its bytes rather than its name: a `.xls` renamed `.xlsx`, a CSV, an
// OpenDocument sheet or a truncated download must be named for what it is before ExcelJS's zip
// reader sees it (its own words, "Can't find end of central directory", help nobody). Pure, so
// the command line and the browser preview recognise files alike.

export type FileKind =
  | "xlsx"
  /** An Excel 97–2003 workbook (or any other OLE compound file). */
  | "xls"
  /** A password-protected Office file: an encrypted package inside a compound file. */
  | "encrypted"
  | "ods"
  /** A whole zip that is not a workbook (a Word document, an archive). */
  | "zip"
  /** Starts like a zip but its directory is missing or broken (truncated, damaged). */
  | "damaged-zip"
  | "pdf"
  /** Text: CSV, HTML, XML saved as "Excel", a note. */
  | "text"
  | "empty"
  | "unknown";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function fileKindOf(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return zipKind(bytes);
  if (startsWith(bytes, CFB)) return containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  if (startsWith(bytes, PDF)) return "pdf";
  return looksLikeText(bytes) ? "text" : "unknown";
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The names in the zip's central directory decide: a workbook part, OpenDocument's mimetype,
 * or neither. A directory that cannot be walked is a damaged zip. */
function zipKind(bytes: Uint8Array): FileKind {
  const names = centralDirectoryNames(bytes);
  if (names === null) return "damaged-zip";
  if (names.includes("xl/workbook.xml") && names.includes("[Content_Types].xml")) return "xlsx";
  if (names.includes("mimetype") && names.includes("content.xml")) return "ods";
  return "zip";
}

function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (start + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = start;
  for (let entry = 0; entry < count; entry++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The end-of-central-directory record, searched backwards over the longest possible comment. */
function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}

/** An encrypted Office file names its "EncryptedPackage" stream in the compound file's
 * directory, in UTF-16. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let at = 0; at + pattern.length <= bytes.length; at++) {
    for (let i = 0; i < pattern.length; i++) {
      if (bytes[at + i] !== pattern[i]) continue outer;
    }
    return true;
  }
  return false;
}

/** Text in any 8-bit encoding (a CSV saved by Excel is often in the Windows code page, not
 * UTF-8), or UTF-16 with its mark: no control bytes but tab and line ends in the first 4 kB. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return true;
  }
  return bytes
    .subarray(0, 4096)
    .every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}
