// A small, strict XML scanner for the few SpreadsheetML parts the reader needs: it walks the text
// once and hands each start tag, end tag and run of text to the caller, building no tree, so a
// sheet of a million rows costs one pass and no more memory than the cells the caller keeps.
// A document type declaration is refused outright: SpreadsheetML never has one, and it is how
// entity bombs and external entities get in.

/** The XML is not well formed (or declares a document type); the reader turns it into F002. */
export class XmlError extends Error {}

export interface XmlHandlers {
  /** A start tag: its local name (any prefix dropped) and its attributes as written. */
  open?(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
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

/** One attribute, with the white space before it; sticky, so nothing may lie between two. */
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let end = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? "");
    end = ATTRIBUTE.lastIndex;
  }
  if (source.slice(end).trim() !== "") {
    throw new XmlError(`a malformed tag “${source.slice(0, 40)}”`);
  }
  return attributes;
}

function findOrFail(xml: string, token: string, from: number, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`an unterminated ${what}`);
  return at;
}

/** Walks the document, checking that every end tag closes the element it should. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  const open: string[] = [];
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
        handlers.text?.(decodeEntities(raw));
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
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = body.search(/[\s]|$/);
      const name = body.slice(0, nameEnd);
      if (name === "") throw new XmlError("a tag without a name");
      if (open.length === 0 && rootSeen) throw new XmlError("a second root element");
      rootSeen = true;
      handlers.open?.(localName(name), attributesOf(body.slice(nameEnd)), selfClosing);
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
  let quote: string | null = null;
  for (let at = from; at < xml.length; at++) {
    const char = xml[at];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ">") {
      return at;
    } else if (char === "<") {
      throw new XmlError("a “<” inside a tag");
    }
  }
  throw new XmlError("an unterminated start tag");
}
