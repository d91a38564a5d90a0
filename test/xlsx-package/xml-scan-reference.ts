// The XML scanner as it was before it was made fast: every tag's name and attributes sliced out
// of the document, end tags sliced and trimmed. Slow and plain, so the property test can hold the
// real scanner to it: the same events and the same errors on any text.

import {
  XmlError,
  decodeEntities,
  localName,
  type XmlHandlers,
  type XmlTag,
} from "../../src/xlsx/package/xml-scan";

function malformed(body: string): XmlError {
  return new XmlError(`a malformed tag “${body.slice(0, 40)}”`);
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) <= 0x20) at++;
  return at;
}

function findOrFail(xml: string, token: string, from: number, what: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlError(`an unterminated ${what}`);
  return at;
}

/** A start tag over its own copy of its attributes' text, walked from the start for each ask. */
class SlicedTag implements XmlTag {
  contentEnd = -1;

  constructor(
    readonly name: string,
    private readonly body: string,
    readonly selfClosing: boolean,
    readonly source: string,
    readonly contentStart: number
  ) {}

  skipContent(end: number): void {
    this.contentEnd = end;
  }

  attribute(name: string): string | undefined {
    for (const [pairName, raw] of this.pairs()) if (pairName === name) return decodeEntities(raw);
    return undefined;
  }

  attributes(): Readonly<Record<string, string>> {
    const parsed: Record<string, string> = {};
    for (const [name, raw] of this.pairs()) parsed[name] = decodeEntities(raw);
    return parsed;
  }

  /** Each name and its value as written. */
  private *pairs(): Generator<[string, string]> {
    const body = this.body;
    let at = 0;
    for (;;) {
      const nameStart = skipSpace(body, at);
      if (nameStart >= body.length) return;
      if (nameStart === at && at > 0) throw malformed(body);
      let nameEnd = nameStart;
      while (nameEnd < body.length && body.charCodeAt(nameEnd) > 0x20 && body[nameEnd] !== "=") {
        nameEnd++;
      }
      const equals = skipSpace(body, nameEnd);
      if (nameEnd === nameStart || body[equals] !== "=") throw malformed(body);
      const open = skipSpace(body, equals + 1);
      if (body[open] !== '"' && body[open] !== "'") throw malformed(body);
      const close = body.indexOf(body[open]!, open + 1);
      if (close < 0) throw malformed(body);
      yield [body.slice(nameStart, nameEnd), body.slice(open + 1, close)];
      at = close + 1;
    }
  }
}

function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let at = from; at < xml.length; at++) {
    const char = xml[at]!;
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return at;
    else if (char === "<") throw new XmlError("a “<” inside a tag");
  }
  throw new XmlError("an unterminated start tag");
}

export function referenceScanXml(xml: string, handlers: XmlHandlers): void {
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
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && xml.charCodeAt(nameEnd) > 0x20) nameEnd++;
      const name = xml.slice(lt + 1, nameEnd);
      if (name === "") throw new XmlError("a tag without a name");
      if (open.length === 0 && rootSeen) throw new XmlError("a second root element");
      rootSeen = true;
      const body = xml.slice(nameEnd, bodyEnd);
      const tag = new SlicedTag(localName(name), body, selfClosing, xml, end + 1);
      handlers.open?.(tag);
      if (selfClosing) handlers.close?.(localName(name));
      else open.push(name);
      at = tag.contentEnd >= 0 ? tag.contentEnd : end + 1;
    }
  }
  if (open.length > 0) throw new XmlError(`an element <${open[open.length - 1]}> never closed`);
  if (!rootSeen) throw new XmlError("no root element");
}
