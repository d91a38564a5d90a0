// The workbook's styles part as the package writer edits it: a cell's style is read from its
// cell format (an <xf> of cellXfs), changed property by property in memory, and only the
// styles cells end up with are added to the part, each font, fill, border, number format and
// cell format once (an identical one already in the file is reused). Everything else in the part
// is kept as the file had it.

import type { EdgeLines } from "../../workbook/border-edges";
import type { FontSpec } from "../../workbook/plan";
import {
  attributesOf,
  childElements,
  element,
  escapeXml,
  localName,
  rootElement,
  splice,
  startTag,
  XmlShapeError,
  type ElementSpan,
} from "./xml";

/** The edges of a border, by local name, each as its XML; in the schema's order when written. */
type Edges = ReadonlyMap<string, string>;
const EDGE_ORDER = [
  "start",
  "left",
  "end",
  "right",
  "top",
  "bottom",
  "diagonal",
  "vertical",
  "horizontal",
];

/** A cell's style while the writer changes it; each part is either the index of one in the file
 * or a new one (a number format's code, a font's or fill's XML, a border's edges). */
export interface CellStyle {
  /** The <xf>'s own attributes, without the four ids. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly numFmt: number | { readonly code: string };
  readonly font: number | { readonly xml: string };
  readonly fill: number | { readonly xml: string };
  readonly border: { readonly index: number } | { readonly edges: Edges; readonly xml: string };
  readonly alignment: ReadonlyMap<string, string> | null;
  /** The <xf>'s other children (protection, extLst), as they were. */
  readonly rest: string;
}

/** Number formats every Excel has under a fixed id whatever the language; others are numbered
 * from 164 in the part. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

const IDS = ["numFmtId", "fontId", "fillId", "borderId"] as const;
const APPLY = {
  numFmt: "applyNumberFormat",
  font: "applyFont",
  fill: "applyFill",
  border: "applyBorder",
} as const;

/** One list of the part (fonts, fills, borders, cellXfs): the existing entries' text and those
 * added. */
class StyleList {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly span: ElementSpan | undefined,
    readonly existing: readonly string[]
  ) {
    existing.forEach((xml, i) => {
      if (!this.index.has(xml)) this.index.set(xml, i);
    });
  }

  /** The index of an entry with exactly this text, added when there is none. */
  intern(xml: string): number {
    const found = this.index.get(xml);
    if (found !== undefined) return found;
    const index = this.existing.length + this.added.length;
    this.added.push(xml);
    this.index.set(xml, index);
    return index;
  }

  /** Existing entries under another text that means the same (the file's attribute order or
   * quotes may differ from ours), so that a style the file has is reused. */
  alias(xml: string, index: number): void {
    if (!this.index.has(xml)) this.index.set(xml, index);
  }
}

export class StyleSheet {
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly cellXfs: StyleList;
  private readonly numFmtSpan: ElementSpan | undefined;
  private readonly formatIds = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private existingFormats = 0;
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly styles = new Map<number, CellStyle>();
  private readonly indexes = new WeakMap<CellStyle, number>();

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    if (root.name !== "styleSheet") throw new XmlShapeError("styles: unexpected root");
    const sections = new Map(
      childElements(xml, root.openEnd, root.closeStart).map((span) => [span.name, span])
    );
    const list = (name: string) => {
      const span = sections.get(name);
      const items = span ? childElements(xml, span.openEnd, span.closeStart) : [];
      return new StyleList(
        span,
        items.map((item) => xml.slice(item.start, item.end))
      );
    };
    this.fonts = list("fonts");
    this.fills = list("fills");
    this.borders = list("borders");
    this.cellXfs = list("cellXfs");
    if (!sections.has("cellXfs") || this.cellXfs.existing.length === 0) {
      throw new XmlShapeError("styles: no cell formats");
    }
    this.numFmtSpan = sections.get("numFmts");
    if (this.numFmtSpan) {
      const items = childElements(xml, this.numFmtSpan.openEnd, this.numFmtSpan.closeStart);
      this.existingFormats = items.length;
      for (const item of items) {
        const attributes = attributesOf(xml.slice(item.start, item.end));
        const id = Number(attributes.get("numFmtId"));
        const code = attributes.get("formatCode");
        if (!Number.isInteger(id) || code === undefined) continue;
        if (!this.formatIds.has(code)) this.formatIds.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    this.cellXfs.existing.forEach((_, index) =>
      this.cellXfs.alias(this.xfXml(this.styleOf(index)), index)
    );
  }

  /** The style of cell format `index`; an index the part does not have reads as the default
   * (0), as Excel reads it. */
  styleOf(index: number): CellStyle {
    const known = this.styles.get(index);
    if (known) return known;
    const xf = this.cellXfs.existing[index] ?? this.cellXfs.existing[0]!;
    const span = rootElement(xf);
    const attributes = attributesOf(xf);
    const id = (name: string) => Number(attributes.get(name) ?? 0) || 0;
    const children = childElements(xf, span.openEnd, span.closeStart);
    const alignment = children.find((child) => localName(child.name) === "alignment");
    const rest = children
      .filter((child) => child !== alignment)
      .map((child) => xf.slice(child.start, child.end))
      .join("");
    for (const name of IDS) attributes.delete(name);
    const style: CellStyle = {
      attributes,
      numFmt: id("numFmtId"),
      font: id("fontId"),
      fill: id("fillId"),
      border: { index: id("borderId") },
      alignment: alignment ? attributesOf(xf.slice(alignment.start, alignment.end)) : null,
      rest,
    };
    this.styles.set(index, style);
    return style;
  }

  /** The index of the cell format for `style`, added to the part when it is new. */
  indexOf(style: CellStyle): number {
    let index = this.indexes.get(style);
    if (index === undefined) {
      index = this.cellXfs.intern(this.xfXml(style));
      this.indexes.set(style, index);
    }
    return index;
  }

  private xfXml(style: CellStyle): string {
    const attributes = new Map<string, string>();
    attributes.set("numFmtId", String(this.numFmtIdOf(style.numFmt)));
    attributes.set(
      "fontId",
      String(typeof style.font === "number" ? style.font : this.fonts.intern(style.font.xml))
    );
    attributes.set(
      "fillId",
      String(typeof style.fill === "number" ? style.fill : this.fills.intern(style.fill.xml))
    );
    attributes.set(
      "borderId",
      String("index" in style.border ? style.border.index : this.borders.intern(style.border.xml))
    );
    for (const [key, value] of style.attributes) attributes.set(key, value);
    const inner =
      (style.alignment && style.alignment.size > 0 ? element("alignment", style.alignment) : "") +
      style.rest;
    return element("xf", attributes, inner);
  }

  private numFmtIdOf(numFmt: CellStyle["numFmt"]): number {
    if (typeof numFmt === "number") return numFmt;
    const code = numFmt.code;
    const known = this.formatIds.get(code) ?? BUILT_IN_FORMATS[code];
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.addedFormats.push(element("numFmt", { numFmtId: String(id), formatCode: code }));
    return id;
  }

  /** The border of a style as edges, read from the part when it is the file's. */
  edgesOf(style: CellStyle): Edges {
    if ("edges" in style.border) return style.border.edges;
    const xml = this.borders.existing[style.border.index];
    if (xml === undefined) return new Map();
    const span = rootElement(xml);
    return new Map(
      childElements(xml, span.openEnd, span.closeStart).map((child) => [
        localName(child.name),
        xml.slice(child.start, child.end),
      ])
    );
  }

  /** The part with every new entry appended and the counts updated; the file's text when
   * nothing was added. */
  text(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    const extend = (list: StyleList, name: string) => {
      if (list.added.length === 0) return;
      if (!list.span) throw new XmlShapeError(`styles: no <${name}> to add to`);
      edits.push(this.extended(list.span, list.existing.length + list.added.length, list.added));
    };
    extend(this.fonts, "fonts");
    extend(this.fills, "fills");
    extend(this.borders, "borders");
    extend(this.cellXfs, "cellXfs");
    if (this.addedFormats.length > 0) {
      if (this.numFmtSpan) {
        const count = this.existingFormats + this.addedFormats.length;
        edits.push(this.extended(this.numFmtSpan, count, this.addedFormats));
      } else {
        const root = rootElement(this.xml);
        const first = childElements(this.xml, root.openEnd, root.closeStart)[0];
        const at = first ? first.start : root.closeStart;
        edits.push({
          start: at,
          end: at,
          text: element(
            "numFmts",
            { count: String(this.addedFormats.length) },
            this.addedFormats.join("")
          ),
        });
      }
    }
    return edits.length === 0 ? this.xml : splice(this.xml, edits);
  }

  /** A list element rewritten with its new entries and count. */
  private extended(span: ElementSpan, count: number, added: readonly string[]) {
    const attributes = attributesOf(this.xml.slice(span.start, span.openEnd));
    attributes.set("count", String(count));
    const inner = this.xml.slice(span.openEnd, span.closeStart) + added.join("");
    return {
      start: span.start,
      end: span.end,
      text: `${startTag(span.name, attributes)}${inner}</${span.name}>`,
    };
  }
}

/** Styles are values: the same change to the same style gives the same object, so that a format
 * over thousands of cells that share a style costs one derivation and one cell format lookup. */
const derived = new WeakMap<CellStyle, Map<string, CellStyle>>();

function memo(style: CellStyle, key: string, make: () => CellStyle): CellStyle {
  let known = derived.get(style);
  if (!known) {
    known = new Map();
    derived.set(style, known);
  }
  let result = known.get(key);
  if (!result) {
    result = make();
    known.set(key, result);
  }
  return result;
}

/** The style with a property replaced; the flag telling Excel the cell format sets it is added. */
function changed(
  style: CellStyle,
  property: keyof typeof APPLY | "alignment",
  change: Partial<CellStyle>
): CellStyle {
  const attributes = new Map(style.attributes);
  attributes.set(property === "alignment" ? "applyAlignment" : APPLY[property], "1");
  return { ...style, ...change, attributes };
}

/** A change made to the styles of many cells: its key is made once, and its result once per
 * style it meets (see memo). */
export interface StyleChange {
  readonly key: string;
  readonly make: (style: CellStyle) => CellStyle;
}

export function restyled(style: CellStyle, change: StyleChange): CellStyle {
  return memo(style, change.key, () => change.make(style));
}

export function numberFormatChange(code: string): StyleChange {
  return {
    key: `numFmt ${code}`,
    make: (style) => changed(style, "numFmt", { numFmt: { code } }),
  };
}

/** The whole font, so that a later format replaces what an earlier one set; no colour is black,
 * as the other shells write it. */
export function fontChange(font: FontSpec): StyleChange {
  const xml =
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    element("sz", { val: String(font.size) }) +
    element("color", { rgb: argb(font.color ?? "#000000") }) +
    element("name", { val: font.name }) +
    "</font>";
  return { key: `font ${xml}`, make: (style) => changed(style, "font", { font: { xml } }) };
}

export function fillChange(hex: string): StyleChange {
  const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/></patternFill></fill>`;
  return { key: `fill ${xml}`, make: (style) => changed(style, "fill", { fill: { xml } }) };
}

/** Alignment attributes set over the cell's own; `false` removes one (wrap off). */
export function alignmentChange(set: Readonly<Record<string, string | false>>): StyleChange {
  return {
    key: `alignment ${JSON.stringify(set)}`,
    make(style) {
      const alignment = new Map(style.alignment ?? []);
      for (const [key, value] of Object.entries(set)) {
        if (value === false) alignment.delete(key);
        else alignment.set(key, value);
      }
      return changed(style, "alignment", { alignment });
    },
  };
}

/** Borders are set edge by edge: an outline over an all-thin grid keeps the inner lines. The
 * style's current edges come from the sheet of styles (a file's own border is read there). */
export function edgesChange(lines: EdgeLines, edgesOf: (style: CellStyle) => Edges): StyleChange {
  const drawn = Object.entries(lines);
  return {
    key: `edges ${drawn.map(([edge, line]) => `${edge}=${line}`).join(" ")}`,
    make(style) {
      const edges = new Map(edgesOf(style));
      for (const [edge, line] of drawn) {
        edges.delete(edge === "left" ? "start" : edge === "right" ? "end" : edge);
        edges.set(edge, element(edge, { style: line }));
      }
      const xml = `<border>${EDGE_ORDER.flatMap((name) => edges.get(name) ?? []).join("")}</border>`;
      return changed(style, "border", { border: { edges, xml } });
    },
  };
}

function argb(hex: string): string {
  return `FF${escapeXml(hex.replace("#", "").toUpperCase())}`;
}
