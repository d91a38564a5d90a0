// The rows of a worksheet's <sheetData> as spreadsheet programs write them, read in one tight pass:
// a vote of 5,000 ballots × 300 people is 1.5 million cells like
//   <c r="B7" s="3" t="s"><v>12</v></c>
// and the strict scanner's events (a start tag, a text, two end tags, three attributes found one
// by one for each) cost three times what this reading does.
//
// It reads only a plain subset: rows and cells with double-quoted attributes, at most a formula
// and a value in a cell, white space between elements, no entity, comment or inline string. At
// the first thing outside it, it gives up and the strict scanner reads the whole element instead,
// as it reads every other part. So what this pass accepts is read exactly as the scanner would
// read it, and what it does not accept is read, or refused with its error, by the scanner alone.

import { AMPERSAND, EQUALS, GREATER_THAN, LESS_THAN, QUOTE, SLASH } from "./char-codes";
import { isXmlSpace } from "./xml-scan";

/** Where the reader takes the rows in: the same calls the strict scanner's events make. */
export interface RowSink {
  /** A row starts; its `r` as written, if any. */
  row(number: string | undefined): void;
  /** A cell starts: its `r`, `t` and `s` as written, if any. */
  cell(address: string | undefined, type: string | undefined, style: string | undefined): void;
  /** The cell has a formula. */
  formula(): void;
  /** The cell ends: the text of its value element, if it has one. */
  end(value: string | undefined): void;
}

/** Thrown to hand the element back to the strict scanner; never leaves this module's caller. */
export class NotPlain extends Error {}

/** The attributes of a tag the reader asks for, as written; of two with one name, the first (as
 * the scanner's `attribute` finds it). */
class PlainAttributes {
  r: string | undefined = undefined;
  t: string | undefined = undefined;
  s: string | undefined = undefined;
  selfClosing = false;
}

/**
 * Reads the content of a <sheetData> element from `from` (just past its start tag) and returns
 * where its end tag starts. Throws NotPlain when the content is not in the plain subset: the
 * caller then undoes what the sink took in and lets the strict scanner read the element.
 */
export function readPlainRows(xml: string, from: number, sink: RowSink): number {
  const attributes = new PlainAttributes();
  let at = skipSpace(xml, from);
  while (startsTag(xml, at, "row")) {
    at = readAttributes(xml, at + 4, attributes);
    sink.row(attributes.r);
    if (!attributes.selfClosing) {
      at = skipSpace(xml, at);
      while (startsTag(xml, at, "c")) at = skipSpace(xml, readCell(xml, at, attributes, sink));
      at = expect(xml, at, "</row>");
    }
    at = skipSpace(xml, at);
  }
  if (xml.charCodeAt(at) !== LESS_THAN || xml.charCodeAt(at + 1) !== SLASH) throw new NotPlain();
  return at;
}

/** One <c> element at `at`; returns where it ends. */
function readCell(xml: string, at: number, attributes: PlainAttributes, sink: RowSink): number {
  let next = readAttributes(xml, at + 2, attributes);
  sink.cell(attributes.r, attributes.t, attributes.s);
  if (attributes.selfClosing) {
    sink.end(undefined);
    return next;
  }
  next = skipSpace(xml, next);
  if (startsTag(xml, next, "f")) {
    next = readAttributes(xml, next + 2, attributes);
    if (!attributes.selfClosing) next = expect(xml, textEnd(xml, next), "</f>");
    sink.formula();
  }
  next = skipSpace(xml, next);
  let value: string | undefined;
  if (xml.startsWith("<v>", next)) {
    const end = textEnd(xml, next + 3);
    value = xml.slice(next + 3, end);
    next = expect(xml, end, "</v>");
  }
  sink.end(value);
  return expect(xml, skipSpace(xml, next), "</c>");
}

/** `<name` at `at`, followed by what may follow a tag's name. */
function startsTag(xml: string, at: number, name: string): boolean {
  if (xml.charCodeAt(at) !== LESS_THAN || !xml.startsWith(name, at + 1)) return false;
  const after = xml.charCodeAt(at + 1 + name.length);
  return isXmlSpace(after) || after === GREATER_THAN || after === SLASH;
}

/** Where `token` ends, when it is at `at`. */
function expect(xml: string, at: number, token: string): number {
  if (!xml.startsWith(token, at)) throw new NotPlain();
  return at + token.length;
}

function skipSpace(xml: string, at: number): number {
  while (isXmlSpace(xml.charCodeAt(at))) at++;
  return at;
}

/** The end of a run of text without markup or entities. */
function textEnd(xml: string, from: number): number {
  let at = from;
  for (;;) {
    const char = xml.charCodeAt(at);
    if (char === LESS_THAN) return at;
    if (char === AMPERSAND || Number.isNaN(char)) throw new NotPlain();
    at++;
  }
}

/** The name="value" pairs from `at` (just past the tag's name) to the tag's end, which it returns
 * the position after. */
function readAttributes(xml: string, at: number, into: PlainAttributes): number {
  into.r = into.t = into.s = undefined;
  for (;;) {
    const spaced = isXmlSpace(xml.charCodeAt(at));
    at = skipSpace(xml, at);
    const char = xml.charCodeAt(at);
    if (char === GREATER_THAN) {
      into.selfClosing = false;
      return at + 1;
    }
    if (char === SLASH) {
      into.selfClosing = true;
      return expect(xml, at, "/>");
    }
    if (!spaced) throw new NotPlain();
    const nameStart = at;
    while (isNameChar(xml.charCodeAt(at))) at++;
    if (at === nameStart || xml.charCodeAt(at) !== EQUALS || xml.charCodeAt(at + 1) !== QUOTE) {
      throw new NotPlain();
    }
    const valueStart = at + 2;
    at = valueStart;
    for (;;) {
      const inner = xml.charCodeAt(at);
      if (inner === QUOTE) break;
      if (inner === LESS_THAN || inner === AMPERSAND || Number.isNaN(inner)) throw new NotPlain();
      at++;
    }
    assign(into, xml, nameStart, valueStart - 2, valueStart, at);
    at++;
  }
}

/** Letters, digits and the punctuation names may hold (":", "_", "-", "."). */
function isNameChar(char: number): boolean {
  return (
    (char >= 0x61 && char <= 0x7a) ||
    (char >= 0x41 && char <= 0x5a) ||
    (char >= 0x30 && char <= 0x39) ||
    char === 0x3a ||
    char === 0x5f ||
    char === 0x2d ||
    char === 0x2e
  );
}

function assign(
  into: PlainAttributes,
  xml: string,
  nameStart: number,
  nameEnd: number,
  valueStart: number,
  valueEnd: number
): void {
  if (nameEnd - nameStart !== 1) return;
  const name = xml.charCodeAt(nameStart);
  if (name === 0x72 && into.r === undefined) into.r = xml.slice(valueStart, valueEnd);
  else if (name === 0x74 && into.t === undefined) into.t = xml.slice(valueStart, valueEnd);
  else if (name === 0x73 && into.s === undefined) into.s = xml.slice(valueStart, valueEnd);
}
