// The .xlsx package as a zip archive, read and written without a library's model in between:
// a part the command line does not change is copied as it was stored (its compressed bytes, not
// re-deflated), so a chart, an image or a macro project comes out byte for byte. Node only: the
// inflate and deflate are node:zlib's.

import { constants, crc32, deflateRawSync, inflateRawSync, type ZlibOptions } from "node:zlib";
import { FileFailure } from "../file-problems";

/** Far above any vote's workbook (a 10,000 × 300 tally is about 60 MB of XML), far below what
 * would exhaust memory: past it the file is refused before a part is inflated. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** One part as stored in the file. */
export interface ZipEntry {
  /** As stored, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  /** Uncompressed size. */
  readonly size: number;
  readonly compressedSize: number;
  /** The stored (compressed) bytes: a view into the file's bytes. */
  readonly raw: Uint8Array;
  /** General-purpose flags, DOS time and date and the version needed, copied back verbatim. */
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly versionNeeded: number;
}

export interface ZipArchive {
  /** In the file's order. */
  readonly entries: readonly ZipEntry[];
  /** OPC part names compare without case, and a leading "/" is not part of the stored name. */
  entry(name: string): ZipEntry | undefined;
  /** The part inflated, its size and CRC checked; undefined when the archive has no such part. */
  bytes(name: string): Uint8Array | undefined;
  /** The part as UTF-8 text, a byte-order mark dropped. */
  text(name: string): string | undefined;
  /** The start of the part's text, at least `length` bytes of it when the part has as many (the
   * whole part when it is shorter), inflated from a prefix of the stored bytes: a sheet's head
   * read without inflating its million cells. Not checked against the CRC (only the whole part
   * can be); the whole part is, whenever it is used. */
  head(name: string, length: number): string | undefined;
}

/** A new part, or an entry of a read archive copied as stored. */
export type ZipPart = ZipEntry | { readonly name: string; readonly data: Uint8Array };

const SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

const METHOD = { stored: 0, deflated: 8 } as const;
/** Bit 3: sizes and CRC follow the data (the central directory has them too); bit 0: encrypted;
 * bit 11: the name is UTF-8. */
const FLAG = { encrypted: 0x1, dataDescriptor: 0x8, utf8: 0x800 } as const;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

function partKey(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

function damaged(file: string, why: string): FileFailure {
  return new FileFailure("F002", { file }, { cause: new Error(why) });
}

/** Where the central directory is and how many entries it lists, from the end record (and its
 * zip64 form, which some writers use even for small files). */
function centralDirectory(
  file: string,
  view: DataView
): { readonly offset: number; readonly count: number } {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, view.byteLength - 22 - MAX_16);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== SIGNATURE.end) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    const locator = at - 20;
    if (
      (count === MAX_16 || offset === MAX_32) &&
      locator >= 0 &&
      view.getUint32(locator, true) === SIGNATURE.zip64Locator
    ) {
      const end64 = Number(view.getBigUint64(locator + 8, true));
      if (end64 + 56 > view.byteLength || view.getUint32(end64, true) !== SIGNATURE.zip64End) {
        throw damaged(file, "zip64 end record missing");
      }
      count = Number(view.getBigUint64(end64 + 32, true));
      offset = Number(view.getBigUint64(end64 + 48, true));
    }
    return { offset, count };
  }
  throw damaged(file, "no end of central directory");
}

/** The zip64 extra field's sizes and offset, read only for the fields the header left at their
 * maximum, in the order the format fixes. */
function zip64Values(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  wanted: { size: boolean; compressedSize: boolean; offset: boolean }
): { size?: number; compressedSize?: number; offset?: number } {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      return {
        size: wanted.size ? next() : undefined,
        compressedSize: wanted.compressedSize ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    at += 4 + length;
  }
  return {};
}

export function readZip(
  file: string,
  bytes: Uint8Array,
  limits: { readonly maxTotalBytes?: number } = {}
): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  try {
    const directory = centralDirectory(file, view);
    let at = directory.offset;
    let total = 0;
    for (let index = 0; index < directory.count; index++) {
      if (view.getUint32(at, true) !== SIGNATURE.central) {
        throw damaged(file, `central directory entry ${index} missing`);
      }
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let compressedSize = view.getUint32(at + 20, true);
      let size = view.getUint32(at + 24, true);
      let localOffset = view.getUint32(at + 42, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const wide = zip64Values(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, {
        size: size === MAX_32,
        compressedSize: compressedSize === MAX_32,
        offset: localOffset === MAX_32,
      });
      size = wide.size ?? size;
      compressedSize = wide.compressedSize ?? compressedSize;
      localOffset = wide.offset ?? localOffset;
      if (view.getUint32(localOffset, true) !== SIGNATURE.local) {
        throw damaged(file, `local header of ${name} missing`);
      }
      const dataStart =
        localOffset +
        30 +
        view.getUint16(localOffset + 26, true) +
        view.getUint16(localOffset + 28, true);
      if (dataStart + compressedSize > bytes.byteLength) {
        throw damaged(file, `${name} runs past the end of the file`);
      }
      const method = view.getUint16(at + 10, true);
      if (flags & FLAG.encrypted || (method !== METHOD.stored && method !== METHOD.deflated)) {
        throw damaged(file, `${name}: encrypted or compressed by method ${method}`);
      }
      total += size;
      if (total > (limits.maxTotalBytes ?? MAX_UNCOMPRESSED_BYTES)) {
        throw new FileFailure("F017", {
          file,
          limit: String(Math.round((limits.maxTotalBytes ?? MAX_UNCOMPRESSED_BYTES) / 2 ** 20)),
        });
      }
      entries.push({
        name,
        method,
        crc32: view.getUint32(at + 16, true),
        size,
        compressedSize,
        raw: bytes.subarray(dataStart, dataStart + compressedSize),
        flags,
        time: view.getUint16(at + 12, true),
        date: view.getUint16(at + 14, true),
        versionNeeded: view.getUint16(at + 6, true),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  } catch (error) {
    if (error instanceof FileFailure) throw error;
    // A DataView read past the end: the directory points outside the file.
    throw new FileFailure("F002", { file }, { cause: error });
  }
  return archiveOf(file, entries);
}

function archiveOf(file: string, entries: readonly ZipEntry[]): ZipArchive {
  const byKey = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = partKey(entry.name);
    if (byKey.has(key)) throw damaged(file, `two parts named ${entry.name}`);
    byKey.set(key, entry);
  }
  const entry = (name: string): ZipEntry | undefined => byKey.get(partKey(name));
  const bytes = (name: string): Uint8Array | undefined => {
    const found = entry(name);
    return found === undefined ? undefined : inflated(file, found);
  };
  return {
    entries,
    entry,
    bytes,
    text(name) {
      const data = bytes(name);
      return data === undefined ? undefined : utf8Text(data);
    },
    head(name, length) {
      const found = entry(name);
      return found === undefined ? undefined : utf8Text(headOf(file, found, length));
    },
  };
}

function utf8Text(data: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The whole part when it is short; otherwise what a prefix of its stored bytes inflates to,
 * growing the prefix until it gives `length` bytes (deflate cannot shrink text by more than about
 * a thousand to one, so the first try nearly always does). A sync flush at the end of the prefix
 * hands out what it decoded instead of failing on the cut stream. */
function headOf(file: string, entry: ZipEntry, length: number): Uint8Array {
  if (entry.method === METHOD.stored) return entry.raw.subarray(0, length);
  if (entry.size <= length) return inflated(file, entry);
  for (let prefix = length; prefix < entry.raw.byteLength; prefix *= 4) {
    const data = inflateOrFail(file, entry.raw.subarray(0, prefix), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: entry.size,
    });
    if (data.byteLength >= length) return data.subarray(0, length);
  }
  return inflated(file, entry);
}

function inflated(file: string, entry: ZipEntry): Uint8Array {
  // The declared size bounds the output: a part that inflates to more is damaged, not a bomb.
  const data =
    entry.method === METHOD.stored
      ? entry.raw
      : inflateOrFail(file, entry.raw, { maxOutputLength: Math.max(entry.size, 1) });
  if (data.byteLength !== entry.size || crc32(data) !== entry.crc32) {
    throw damaged(file, `${entry.name}: size or checksum does not match`);
  }
  return data;
}

/** zlib's failure (a corrupt stream, more than the size allowed) as a damaged file. */
function inflateOrFail(file: string, raw: Uint8Array, options: ZlibOptions): Uint8Array {
  try {
    return inflateRawSync(raw, options);
  } catch (error) {
    throw new FileFailure("F002", { file }, { cause: error });
  }
}

/** 1980-01-01 00:00, the earliest DOS date: a written part's time says nothing, so that two runs
 * on the same input give the same bytes. */
const FIXED = { time: 0, date: (0 << 9) | (1 << 5) | 1 } as const;

function storedForm(part: ZipPart): ZipEntry {
  if ("raw" in part) return part;
  const deflated = deflateRawSync(part.data);
  // A part that does not shrink (an image already compressed) is stored as it is.
  const store = deflated.byteLength >= part.data.byteLength;
  return {
    name: part.name,
    method: store ? METHOD.stored : METHOD.deflated,
    crc32: crc32(part.data),
    size: part.data.byteLength,
    compressedSize: store ? part.data.byteLength : deflated.byteLength,
    raw: store ? part.data : deflated,
    flags: FLAG.utf8,
    ...FIXED,
    versionNeeded: 20,
  };
}

/** The archive's bytes. Sizes go in each local header, so a copied entry's data-descriptor flag
 * is cleared; nothing here needs zip64 (the read cap keeps every part far below 4 GB). */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  if (parts.length > MAX_16)
    throw new Error(`${parts.length} parts: more than a zip holds without zip64`);
  const encoder = new TextEncoder();
  const stored = parts.map(storedForm);
  const names = stored.map((entry) => encoder.encode(entry.name));
  const localSize = stored.reduce((sum, e, i) => sum + 30 + names[i]!.length + e.raw.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  stored.forEach((entry, index) => {
    const name = names[index]!;
    offsets.push(at);
    view.setUint32(at, SIGNATURE.local, true);
    view.setUint16(at + 4, entry.versionNeeded, true);
    view.setUint16(at + 6, entry.flags & ~FLAG.dataDescriptor, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint16(at + 10, entry.time, true);
    view.setUint16(at + 12, entry.date, true);
    view.setUint32(at + 14, entry.crc32, true);
    view.setUint32(at + 18, entry.compressedSize, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(entry.raw, at + 30 + name.length);
    at += 30 + name.length + entry.raw.length;
  });
  const centralStart = at;
  stored.forEach((entry, index) => {
    const name = names[index]!;
    view.setUint32(at, SIGNATURE.central, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, entry.versionNeeded, true);
    view.setUint16(at + 8, entry.flags & ~FLAG.dataDescriptor, true);
    view.setUint16(at + 10, entry.method, true);
    view.setUint16(at + 12, entry.time, true);
    view.setUint16(at + 14, entry.date, true);
    view.setUint32(at + 16, entry.crc32, true);
    view.setUint32(at + 20, entry.compressedSize, true);
    view.setUint32(at + 24, entry.size, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[index]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, SIGNATURE.end, true);
  view.setUint16(at + 8, stored.length, true);
  view.setUint16(at + 10, stored.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
