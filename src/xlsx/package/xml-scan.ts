// A small, strict XML scanner for the few SpreadsheetML parts the reader needs: it walks the text
// once and hands each start tag, end tag and run of text to the caller, building no tree, so a
// sheet of a million rows costs one pass and no more memory than the cells the caller keeps.
// A document type declaration is refused outright: SpreadsheetML never has one, and it is how
// entity bombs and external entities get in.

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

/** XML's white space (space, tab, CR, LF) is at or below this code; a name is above it. */
const SPACE = 0x20;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

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

const EQUALS = 0x3d;

function malformed(source: string): XmlError {
  return new XmlError(`a malformed tag “${source.slice(0, 40)}”`);
}

function skipSpace(source: string, from: number): number {
  let at = from;
  while (at < source.length && source.charCodeAt(at) <= SPACE) at++;
  return at;
}

function findOrFail(xml: string, token: string, from: number, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`an unterminated ${what}`);
  return at;
}

/** The one tag object a scan hands out, pointed at each start tag in turn. It walks its
 * name="value" pairs (values in double or single quotes, separated by white space) in place,
 * without building anything for the attributes nobody asks for. */
class ScannedTag implements XmlTag {
  name = "";
  selfClosing = false;
  private source = "";
  private parsed: Record<string, string> | null = null;
  /** The pair found by the last step of the walk, as bounds in the source. */
  private nameStart = 0;
  private nameEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;

  point(name: string, source: string, selfClosing: boolean): this {
    this.name = name;
    this.source = source;
    this.selfClosing = selfClosing;
    this.parsed = null;
    return this;
  }

  attribute(name: string): string | undefined {
    if (this.parsed !== null) return this.parsed[name];
    for (let at = this.step(0); at >= 0; at = this.step(at)) {
      // Compared in place: a tag's other attribute names are never made into strings.
      if (
        this.nameEnd - this.nameStart === name.length &&
        this.source.startsWith(name, this.nameStart)
      ) {
        return this.value();
      }
    }
    return undefined;
  }

  attributes(): Readonly<Record<string, string>> {
    if (this.parsed === null) {
      const parsed: Record<string, string> = {};
      for (let at = this.step(0); at >= 0; at = this.step(at)) {
        parsed[this.source.slice(this.nameStart, this.nameEnd)] = this.value();
      }
      this.parsed = parsed;
    }
    return this.parsed;
  }

  private value(): string {
    return decodeEntities(this.source.slice(this.valueStart, this.valueEnd));
  }

  /** Reads the pair at `at`; returns where the next one may start, or -1 at the end. */
  private step(at: number): number {
    const source = this.source;
    const nameStart = skipSpace(source, at);
    if (nameStart >= source.length) return -1;
    if (nameStart === at && at > 0) throw malformed(source);
    let nameEnd = nameStart;
    while (nameEnd < source.length) {
      const char = source.charCodeAt(nameEnd);
      if (char <= SPACE || char === EQUALS) break;
      nameEnd++;
    }
    const equals = skipSpace(source, nameEnd);
    if (nameEnd === nameStart || source.charCodeAt(equals) !== EQUALS) throw malformed(source);
    const open = skipSpace(source, equals + 1);
    const quote = source.charCodeAt(open);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw malformed(source);
    const close = source.indexOf(source[open]!, open + 1);
    if (close < 0) throw malformed(source);
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.valueStart = open + 1;
    this.valueEnd = close;
    return close + 1;
  }
}

/** Walks the document, checking that every end tag closes the element it should. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  const open: string[] = [];
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
    if (xml.startsWith("<?", lt)) {
      at = findOrFail(xml, "?>", lt + 2, "processing instruction") + 2;
    } else if (xml.startsWith("<!--", lt)) {
      at = findOrFail(xml, "-->", lt + 4, "comment") + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = findOrFail(xml, "]]>", lt + 9, "CDATA section");
      if (open.length === 0) throw new XmlError("CDATA outside the root element");
      handlers.text?.(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml.startsWith("<!", lt)) {
      throw new XmlError("a document type declaration");
    } else if (xml[lt + 1] === "/") {
      const end = findOrFail(xml, ">", lt + 2, "end tag");
      const name = xml.slice(lt + 2, end).trim();
      if (open.pop() !== name) throw new XmlError(`an end tag </${name}> that closes nothing`);
      handlers.close?.(localName(name));
      at = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      const selfClosing = xml[end - 1] === "/";
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && xml.charCodeAt(nameEnd) > SPACE) nameEnd++;
      const name = xml.slice(lt + 1, nameEnd);
      if (name === "") throw new XmlError("a tag without a name");
      if (open.length === 0 && rootSeen) throw new XmlError("a second root element");
      rootSeen = true;
      handlers.open?.(tag.point(localName(name), xml.slice(nameEnd, bodyEnd), selfClosing));
      if (selfClosing) handlers.close?.(localName(name));
      else open.push(name);
      at = end + 1;
    }
  }
  if (open.length > 0) throw new XmlError(`an element <${open[open.length - 1]}> never closed`);
  if (!rootSeen) throw new XmlError("no root element");
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
