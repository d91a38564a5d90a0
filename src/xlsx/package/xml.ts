// Just enough XML for the small parts the package writer edits (a roster sheet, styles, the
// workbook and its relationships): an element's children located by offsets, attributes read and
// written, text escaped. Whatever is not edited is kept as the exact text the file had.

/** One element found in a text: its qualified name and where it starts and ends. */
export interface ElementSpan {
  readonly name: string;
  /** Offset of its "<". */
  readonly start: number;
  /** Offset just after its start tag's ">". */
  readonly openEnd: number;
  /** Offset of its end tag's "<" (equal to `end` when the element is empty, "<x/>"). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
}

/** Thrown on text that is not the XML expected; the writer turns it into a coded file problem. */
export class XmlShapeError extends Error {}

const NAME = /[^\s/>]+/y;

/** The elements directly inside [from, to) of `xml`, in order; comments, processing
 * instructions and text between them are skipped. */
export function childElements(xml: string, from: number, to: number): ElementSpan[] {
  const children: ElementSpan[] = [];
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    if (xml.startsWith("<!--", at)) at = after(xml, "-->", at);
    else if (xml.startsWith("<?", at)) at = after(xml, "?>", at);
    else if (xml.startsWith("<![CDATA[", at)) at = after(xml, "]]>", at);
    else if (xml[at + 1] === "/") throw new XmlShapeError(`unexpected end tag at ${at}`);
    else {
      const span = elementAt(xml, at);
      children.push(span);
      at = span.end;
    }
    at = xml.indexOf("<", at);
  }
  return children;
}

/** The element whose start tag begins at `start`. */
export function elementAt(xml: string, start: number): ElementSpan {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(xml)?.[0];
  if (!name) throw new XmlShapeError(`no element name at ${start}`);
  const openEnd = tagEnd(xml, start);
  if (xml[openEnd - 2] === "/") {
    return { name, start, openEnd, closeStart: openEnd, end: openEnd };
  }
  let depth = 1;
  let at = openEnd;
  while (depth > 0) {
    at = xml.indexOf("<", at);
    if (at < 0) throw new XmlShapeError(`<${name}> is not closed`);
    if (xml.startsWith("<!--", at)) at = after(xml, "-->", at);
    else if (xml.startsWith("<?", at)) at = after(xml, "?>", at);
    else if (xml.startsWith("<![CDATA[", at)) at = after(xml, "]]>", at);
    else if (xml[at + 1] === "/") {
      depth--;
      if (depth === 0) return { name, start, openEnd, closeStart: at, end: tagEnd(xml, at) };
      at = tagEnd(xml, at);
    } else {
      const end = tagEnd(xml, at);
      if (xml[end - 2] !== "/") depth++;
      at = end;
    }
  }
  throw new XmlShapeError(`<${name}> is not closed`);
}

/** Offset just after the ">" closing the tag that starts at `start` (quotes may hold ">"). */
function tagEnd(xml: string, start: number): number {
  let quote: string | null = null;
  for (let at = start + 1; at < xml.length; at++) {
    const char = xml[at];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return at + 1;
  }
  throw new XmlShapeError(`tag at ${start} is not closed`);
}

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlShapeError(`"${marker}" missing after ${from}`);
  return at + marker.length;
}

/** An element's local name: "x:row" → "row". */
export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The root element of a part (after the XML declaration). */
export function rootElement(xml: string): ElementSpan {
  const root = childElements(xml, 0, xml.length)[0];
  if (!root) throw new XmlShapeError("no root element");
  return root;
}

/** The first child of `parent` with this local name. */
export function childNamed(
  xml: string,
  parent: ElementSpan,
  name: string
): ElementSpan | undefined {
  return childElements(xml, parent.openEnd, parent.closeStart).find(
    (child) => localName(child.name) === name
  );
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag, in their order, values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const end = tag.indexOf(">");
  const head = tag.slice(0, end < 0 ? tag.length : end);
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(head); match; match = ATTRIBUTE.exec(head)) {
    attributes.set(match[1]!, unescapeXml(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

/** A start tag from a name and attributes; `empty` closes it ("<x a="1"/>"). */
export function startTag(
  name: string,
  attributes: ReadonlyMap<string, string>,
  empty = false
): string {
  let tag = `<${name}`;
  for (const [key, value] of attributes) tag += ` ${key}="${escapeXml(value)}"`;
  return `${tag}${empty ? "/>" : ">"}`;
}

/** `<name …/>` or `<name …>inner</name>`. */
export function element(
  name: string,
  attributes: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  inner = ""
): string {
  const map = attributes instanceof Map ? attributes : new Map(Object.entries(attributes));
  return inner === "" ? startTag(name, map, true) : `${startTag(name, map)}${inner}</${name}>`;
}

/** Anything escapeXml changes; most texts have none. */
const NEEDS_ESCAPE =
  /[^\t\n\r\u0020\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;

/** Text or an attribute value as XML; the characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

/** `xml` with the spans replaced by new text (spans in document order, not overlapping). */
export function splice(
  xml: string,
  edits: readonly { readonly start: number; readonly end: number; readonly text: string }[]
): string {
  let out = "";
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}

/** Where an element goes among siblings so that the schema's sequence `order` holds: before the
 * first sibling the sequence puts after it, else after the last one it puts before it. Siblings
 * the sequence does not name (Excel's mc:AlternateContent, which may sit between any two) are
 * passed over, never used as a landmark. */
export function insertionIndex(
  siblings: readonly string[],
  name: string,
  order: readonly string[]
): number {
  const rank = order.indexOf(name);
  const ranks = siblings.map((sibling) => order.indexOf(sibling));
  const before = ranks.findIndex((other) => other > rank);
  if (before >= 0) return before;
  return ranks.reduce((at, other, index) => (other >= 0 ? index + 1 : at), 0);
}

/** A part's top-level element kept as text, by its local name. */
export interface NamedXml {
  readonly name: string;
  readonly xml: string;
}

/** Replaces the first element of that name, inserts it where `order` (the schema's sequence)
 * puts it, or removes it (null). */
export function setElement(
  elements: NamedXml[],
  name: string,
  xml: string | null,
  order: readonly string[]
): void {
  const at = elements.findIndex((child) => child.name === name);
  if (at >= 0) {
    if (xml === null) elements.splice(at, 1);
    else elements[at] = { name, xml };
    return;
  }
  if (xml === null) return;
  const names = elements.map((child) => child.name);
  elements.splice(insertionIndex(names, name, order), 0, { name, xml });
}
