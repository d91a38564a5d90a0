// A small, strict XML scanner for the few SpreadsheetML parts the reader needs: it walks the text
// once and hands each start tag, end tag and run of text to the caller, building no tree, so a
// sheet of a million rows costs one pass and no more memory than the cells the caller keeps.
// A document type declaration is refused outright: SpreadsheetML never has one, and it is how
// entity bombs and external entities get in.

import {
  APOSTROPHE,
  CARRIAGE_RETURN,
  EQUALS,
  EXCLAMATION,
  GREATER_THAN,
  LESS_THAN,
  LINE_FEED,
  QUESTION,
  QUOTE,
  SLASH,
  SPACE,
  TAB,
} from "./char-codes";

/** The XML is not well formed (or declares a document type); the reader turns it into F002. */
export class XmlError extends Error {}

/** A start tag as the scanner passes it: valid only during the call (the scanner reuses it). Its
 * attributes are read only when asked for, so the tags a reader skips (a million styled empty
 * rows) cost no more than finding their end. */
export interface XmlTag {
  /** The local name, any prefix dropped. */
  readonly name: string;
  readonly selfClosing: boolean;
  /** An attribute's value by its name as written ("r", "r:id"), entities decoded. */
  attribute(name: string): string | undefined;
  /** Every attribute, checked to be well formed. */
  attributes(): Readonly<Record<string, string>>;
  /** The document, and where the element's content starts (just past this tag): for a handler
   * that reads the content itself (see skipContent). */
  readonly source: string;
  readonly contentStart: number;
  /** Called by a handler that read the element's content itself, up to `end` (where the
   * element's end tag starts): the scan goes on from there. */
  skipContent(end: number): void;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  /** An end tag, or the end of a self-closing one. */
  close?(name: string): void;
  /** Character data, entities already decoded. */
  text?(text: string): void;
}

/** The local part of a qualified name: "x:row" → "row". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Text with its entity and character references decoded; an unknown entity is an error. */
export function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]{1,10});|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new XmlError("a bare “&” in text");
    if (entity.startsWith("#")) {
      const code =
        entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) {
        throw new XmlError(`a bad character reference ${whole}`);
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[entity];
    if (named === undefined) throw new XmlError(`an unknown entity ${whole}`);
    return named;
  });
}

function malformed(source: string): XmlError {
  return new XmlError(`a malformed tag “${source.slice(0, 40)}”`);
}

function skipSpace(source: string, from: number, end: number): number {
  let at = from;
  while (at < end && source.charCodeAt(at) <= SPACE) at++;
  return at;
}

function findOrFail(xml: string, token: string, from: number, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`an unterminated ${what}`);
  return at;
}

/** The text at source[start, end) is `name`. */
function isNamed(source: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  // By char codes: attribute names are a few characters, shorter than a call to startsWith costs.
  for (let at = 0; at < name.length; at++) {
    if (source.charCodeAt(start + at) !== name.charCodeAt(at)) return false;
  }
  return true;
}

/** The one tag object a scan hands out, pointed at each start tag in turn: at its attributes' place
 * in the document, so no tag costs a copy of its text. It walks its name="value" pairs (values in
 * double or single quotes, separated by white space) in place, only as far as the attributes asked
 * for, and remembers where each pair lies, so asking for three attributes walks the tag once. */
class ScannedTag implements XmlTag {
  name = "";
  selfClosing = false;
  source = "";
  contentStart = 0;
  /** Where the scan goes on after this tag, when a handler read the content; else -1. */
  contentEnd = -1;
  /** The attributes' text: source[start, end), from the name's end to the ">" or "/>". */
  private start = 0;
  private end = 0;
  private parsed: Record<string, string> | null = null;
  /** The pair found by the last step of the walk, as bounds in the source. */
  private nameStart = 0;
  private nameEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;
  /** The pairs walked so far, four bounds each (name start and end, value start and end). */
  private pairs = new Int32Array(4 * 8);
  private walked = 0;
  /** Where the walk goes on from; -1 once it reached the tag's end. */
  private resumeAt = 0;

  point(name: string, source: string, start: number, end: number, selfClosing: boolean): this {
    this.name = name;
    this.source = source;
    this.start = start;
    this.end = end;
    this.contentStart = selfClosing ? end + 2 : end + 1;
    this.contentEnd = -1;
    this.selfClosing = selfClosing;
    this.parsed = null;
    this.walked = 0;
    this.resumeAt = start;
    return this;
  }

  skipContent(end: number): void {
    if (this.selfClosing || end < this.contentStart || end > this.source.length) {
      throw new Error(`No content of <${this.name}> ends at ${end}`);
    }
    this.contentEnd = end;
  }

  attribute(name: string): string | undefined {
    if (this.parsed !== null) return this.parsed[name];
    const { pairs, source } = this;
    for (let pair = 0; pair < this.walked * 4; pair += 4) {
      if (isNamed(source, pairs[pair]!, pairs[pair + 1]!, name)) {
        return this.decoded(pairs[pair + 2]!, pairs[pair + 3]!);
      }
    }
    while (this.resumeAt >= 0) {
      this.resumeAt = this.step(this.resumeAt);
      if (this.resumeAt < 0) break;
      this.remember();
      // Compared in place: a tag's other attribute names are never made into strings.
      if (isNamed(source, this.nameStart, this.nameEnd, name)) return this.value();
    }
    return undefined;
  }

  private remember(): void {
    if (this.walked * 4 === this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    const at = this.walked++ * 4;
    this.pairs[at] = this.nameStart;
    this.pairs[at + 1] = this.nameEnd;
    this.pairs[at + 2] = this.valueStart;
    this.pairs[at + 3] = this.valueEnd;
  }

  attributes(): Readonly<Record<string, string>> {
    if (this.parsed === null) {
      const parsed: Record<string, string> = {};
      for (let at = this.step(this.start); at >= 0; at = this.step(at)) {
        parsed[this.source.slice(this.nameStart, this.nameEnd)] = this.value();
      }
      this.parsed = parsed;
    }
    return this.parsed;
  }

  private value(): string {
    return this.decoded(this.valueStart, this.valueEnd);
  }

  private decoded(start: number, end: number): string {
    return decodeEntities(this.source.slice(start, end));
  }

  private malformed(): XmlError {
    return malformed(this.source.slice(this.start, Math.min(this.end, this.start + 40)));
  }

  /** Reads the pair at `at`; returns where the next one may start, or -1 at the end. */
  private step(at: number): number {
    const { source, end } = this;
    const nameStart = skipSpace(source, at, end);
    if (nameStart >= end) return -1;
    if (nameStart === at && at > this.start) throw this.malformed();
    let nameEnd = nameStart;
    while (nameEnd < end) {
      const char = source.charCodeAt(nameEnd);
      if (char <= SPACE || char === EQUALS) break;
      nameEnd++;
    }
    const equals = skipSpace(source, nameEnd, end);
    if (nameEnd === nameStart || equals >= end || source.charCodeAt(equals) !== EQUALS) {
      throw this.malformed();
    }
    const open = skipSpace(source, equals + 1, end);
    const quote = open < end ? source.charCodeAt(open) : 0;
    if (quote !== QUOTE && quote !== APOSTROPHE) throw this.malformed();
    let close = open + 1;
    while (close < end && source.charCodeAt(close) !== quote) close++;
    if (close >= end) throw this.malformed();
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.valueStart = open + 1;
    this.valueEnd = close;
    return close + 1;
  }
}

/** An element's name as written ("x:row") and without its prefix ("row"). */
interface ElementName {
  readonly qualified: string;
  readonly local: string;
}

function elementName(qualified: string): ElementName {
  return { qualified, local: localName(qualified) };
}

/**
 * The element names of one document, each made into a string once: a sheet has a few dozen names
 * and a million tags, so a tag's name is found by comparing it in place with the names seen before
 * (hashed by length and end characters), not sliced out. A document with more distinct names than
 * the table holds (only a hostile one) has the rest sliced each time: slower, never wrong.
 */
class NameTable {
  private static readonly LIMIT = 512;
  private static readonly BUCKETS = 64;
  private readonly buckets: ElementName[][] = Array.from({ length: NameTable.BUCKETS }, () => []);
  private size = 0;

  /** The name at xml[start, end). */
  find(xml: string, start: number, end: number): ElementName {
    const length = end - start;
    const hash = length * 31 + xml.charCodeAt(start) * 7 + xml.charCodeAt(end - 1);
    const bucket = this.buckets[hash & (NameTable.BUCKETS - 1)]!;
    for (const name of bucket) {
      if (name.qualified.length === length && xml.startsWith(name.qualified, start)) return name;
    }
    const name = elementName(xml.slice(start, end));
    if (this.size < NameTable.LIMIT) {
      bucket.push(name);
      this.size++;
    }
    return name;
  }
}

/** XML's own white space, the only characters allowed between an end tag's name and its ">". */
export function isXmlSpace(char: number): boolean {
  return char === SPACE || char === TAB || char === LINE_FEED || char === CARRIAGE_RETURN;
}

/** The ">" of the end tag at `lt`, which must close `name` (null: no element is open). Checked in
 * place for the common case; anything else is read as it is written, to name the wrong tag. */
function closeTag(xml: string, lt: number, name: string | null): number {
  if (name !== null && xml.startsWith(name, lt + 2)) {
    let end = lt + 2 + name.length;
    while (isXmlSpace(xml.charCodeAt(end))) end++;
    if (xml.charCodeAt(end) === GREATER_THAN) return end;
  }
  const end = findOrFail(xml, ">", lt + 2, "end tag");
  const found = xml.slice(lt + 2, end).trim();
  if (found !== name) throw new XmlError(`an end tag </${found}> that closes nothing`);
  return end;
}

/** Walks the document, checking that every end tag closes the element it should. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  /** The open elements, innermost last. */
  const open: ElementName[] = [];
  const names = new NameTable();
  const tag = new ScannedTag();
  let at = 0;
  let rootSeen = false;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (open.length === 0) {
        if (raw.trim() !== "") throw new XmlError("text outside the root element");
      } else {
        // Decoded even when nobody reads it: a malformed reference is an error wherever it is.
        const text = decodeEntities(raw);
        handlers.text?.(text);
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      const closed = open.pop();
      at = closeTag(xml, lt, closed?.qualified ?? null) + 1;
      handlers.close?.(closed!.local);
    } else if (next === QUESTION) {
      at = findOrFail(xml, "?>", lt + 2, "processing instruction") + 2;
    } else if (next === EXCLAMATION) {
      at = skipDeclaration(xml, lt, open.length > 0, handlers);
    } else {
      const end = tagEnd(xml, lt + 1);
      const selfClosing = xml.charCodeAt(end - 1) === SLASH;
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && xml.charCodeAt(nameEnd) > SPACE) nameEnd++;
      if (nameEnd === lt + 1) throw new XmlError("a tag without a name");
      if (open.length === 0 && rootSeen) throw new XmlError("a second root element");
      rootSeen = true;
      const name = names.find(xml, lt + 1, nameEnd);
      handlers.open?.(tag.point(name.local, xml, nameEnd, bodyEnd, selfClosing));
      if (selfClosing) handlers.close?.(name.local);
      else open.push(name);
      at = tag.contentEnd >= 0 ? tag.contentEnd : end + 1;
    }
  }
  if (open.length > 0) {
    throw new XmlError(`an element <${open.at(-1)!.qualified}> never closed`);
  }
  if (!rootSeen) throw new XmlError("no root element");
}

/** Past a comment or a CDATA section (its text handed on) at `lt`; a document type is refused. */
function skipDeclaration(xml: string, lt: number, inRoot: boolean, handlers: XmlHandlers): number {
  if (xml.startsWith("<!--", lt)) return findOrFail(xml, "-->", lt + 4, "comment") + 3;
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = findOrFail(xml, "]]>", lt + 9, "CDATA section");
    if (!inRoot) throw new XmlError("CDATA outside the root element");
    handlers.text?.(xml.slice(lt + 9, end));
    return end + 3;
  }
  throw new XmlError("a document type declaration");
}

/** The ">" that ends a start tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from; at < xml.length; at++) {
    const char = xml.charCodeAt(at);
    if (quote !== 0) {
      if (char === quote) quote = 0;
    } else if (char === QUOTE || char === APOSTROPHE) {
      quote = char;
    } else if (char === GREATER_THAN) {
      return at;
    } else if (char === LESS_THAN) {
      throw new XmlError("a “<” inside a tag");
    }
  }
  throw new XmlError("an unterminated start tag");
}
