// The workbook-level parts a run changes: the sheet list and defined names of workbook.xml, the
// workbook's relationships and [Content_Types].xml. The result sheet is removed and added back at
// the end; every sheet-scoped name (localSheetId, a tab index) follows the sheets it belongs to.

import {
  attributesOf,
  childElements,
  escapeXml,
  setElement,
  localName,
  type NamedXml,
  rootElement,
  startTag,
  XmlShapeError,
} from "./xml";

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${RELATIONSHIP}/worksheet`;
const OFFICE_DOCUMENT_TYPE = `${RELATIONSHIP}/officeDocument`;
const CALC_CHAIN_TYPE = `${RELATIONSHIP}/calcChain`;
const STYLES_TYPE = `${RELATIONSHIP}/styles`;
export const WORKSHEET_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** CT_Workbook's sequence. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** A part's text as the writer reads it: its name in the package and its XML. */
export type ReadPart = (name: string) => string | undefined;

/** Thrown when a part the writer needs is absent; the writer turns it into F021. */
export class MissingPartError extends Error {
  constructor(readonly part: string) {
    super(`missing part ${part}`);
  }
}

/** "xl/worksheets/../x.xml" → "xl/x.xml"; a target starting with "/" is from the package root. */
export function resolveTarget(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const segment of target.replace(/^\/+/, "").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** An element kept as its attributes (and its text, for a defined name). */
interface Item {
  readonly attributes: Map<string, string>;
  text: string;
}

/** A part made of a root element holding a flat list of items (relationships, content types). */
class ItemList {
  readonly items: Item[];
  private readonly head: string;
  private readonly rootName: string;

  constructor(xml: string) {
    const root = rootElement(xml);
    this.head =
      xml.slice(0, root.start) +
      startTag(root.name, attributesOf(xml.slice(root.start, root.openEnd)));
    this.rootName = root.name;
    this.items = childElements(xml, root.openEnd, root.closeStart).map((child) => ({
      attributes: attributesOf(xml.slice(child.start, child.end)),
      text: child.name,
    }));
  }

  text(): string {
    return `${this.head}${this.items.map((item) => startTag(item.text, item.attributes, true)).join("")}</${this.rootName}>`;
  }
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly sheetId: number;
}

export class WorkbookParts {
  readonly workbookPart: string;
  private readonly workbookHead: string;
  /** workbook.xml's top-level elements, by local name, as text (sheets and definedNames are
   * rebuilt from the lists below). */
  private readonly elements: NamedXml[];
  private readonly sheets: Item[];
  private readonly names: Item[];
  private readonly rels: ItemList;
  private readonly types: ItemList;
  readonly relsPart: string;

  constructor(read: ReadPart) {
    const root = new ItemList(required(read, "_rels/.rels"));
    const office = root.items.find((item) => item.attributes.get("Type") === OFFICE_DOCUMENT_TYPE);
    this.workbookPart = resolveTarget("", office?.attributes.get("Target") ?? "xl/workbook.xml");
    const xml = required(read, this.workbookPart);
    const workbook = rootElement(xml);
    if (workbook.name !== "workbook") throw new XmlShapeError("workbook: unexpected root");
    this.workbookHead = xml.slice(0, workbook.openEnd);
    this.elements = childElements(xml, workbook.openEnd, workbook.closeStart).map((child) => ({
      name: localName(child.name),
      xml: xml.slice(child.start, child.end),
    }));
    this.sheets = this.itemsOf("sheets");
    this.names = this.itemsOf("definedNames");
    this.relsPart = relsPartOf(this.workbookPart);
    this.rels = new ItemList(required(read, this.relsPart));
    this.types = new ItemList(required(read, "[Content_Types].xml"));
  }

  private itemsOf(name: string): Item[] {
    const xml = this.elements.find((child) => child.name === name)?.xml;
    if (!xml) return [];
    const root = rootElement(xml);
    return childElements(xml, root.openEnd, root.closeStart).map((child) => ({
      attributes: attributesOf(xml.slice(child.start, child.end)),
      text: xml.slice(child.openEnd, child.closeStart),
    }));
  }

  /** The sheets in tab order, each with its part. */
  sheetList(): SheetEntry[] {
    return this.sheets.map((sheet) => {
      const target = this.relTarget(sheet.attributes.get("r:id") ?? "");
      return {
        name: sheet.attributes.get("name") ?? "",
        part: target ?? "",
        sheetId: Number(sheet.attributes.get("sheetId")),
      };
    });
  }

  private relTarget(id: string): string | undefined {
    const rel = this.rels.items.find((item) => item.attributes.get("Id") === id);
    const target = rel?.attributes.get("Target");
    return target === undefined ? undefined : resolveTarget(this.workbookPart, target);
  }

  /** The styles part; F021 when the workbook has none. */
  stylesPart(): string {
    const rel = this.rels.items.find((item) => item.attributes.get("Type") === STYLES_TYPE);
    const target = rel?.attributes.get("Target");
    if (target === undefined)
      throw new MissingPartError(resolveTarget(this.workbookPart, "styles.xml"));
    return resolveTarget(this.workbookPart, target);
  }

  /** Removes a sheet: its entry, relationship, content type and the names scoped to it; the
   * names of the sheets after it move down one tab. */
  removeSheet(name: string): SheetEntry {
    const index = this.sheets.findIndex((sheet) => sheet.attributes.get("name") === name);
    const entry = this.sheetList()[index]!;
    const [sheet] = this.sheets.splice(index, 1);
    this.removeRel(sheet!.attributes.get("r:id") ?? "");
    this.removeOverride(entry.part);
    for (let i = this.names.length - 1; i >= 0; i--) {
      const scope = this.names[i]!.attributes.get("localSheetId");
      if (scope === undefined) continue;
      if (Number(scope) === index) this.names.splice(i, 1);
      else if (Number(scope) > index)
        this.names[i]!.attributes.set("localSheetId", String(Number(scope) - 1));
    }
    return entry;
  }

  /** Adds a sheet at the end, stored in `part`; its tab index. */
  addSheet(name: string, part: string): number {
    const sheetId =
      Math.max(0, ...this.sheets.map((sheet) => Number(sheet.attributes.get("sheetId")) || 0)) + 1;
    const ids = new Set(this.rels.items.map((item) => item.attributes.get("Id")));
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.rels.items.push({
      attributes: new Map([
        ["Id", id],
        ["Type", WORKSHEET_TYPE],
        ["Target", relativeTarget(this.workbookPart, part)],
      ]),
      text: "Relationship",
    });
    this.types.items.push({
      attributes: new Map([
        ["PartName", `/${part}`],
        ["ContentType", WORKSHEET_CONTENT_TYPE],
      ]),
      text: "Override",
    });
    this.sheets.push({
      attributes: new Map([
        ["name", name],
        ["sheetId", String(sheetId)],
        ["r:id", id],
      ]),
      text: "",
    });
    return this.sheets.length - 1;
  }

  private removeRel(id: string): void {
    const at = this.rels.items.findIndex((item) => item.attributes.get("Id") === id);
    if (at >= 0) this.rels.items.splice(at, 1);
  }

  private removeOverride(part: string): void {
    const key = `/${part}`.toLowerCase();
    const at = this.types.items.findIndex(
      (item) => item.attributes.get("PartName")?.toLowerCase() === key
    );
    if (at >= 0) this.types.items.splice(at, 1);
  }

  /** A sheet-scoped built-in name (_xlnm.Print_Area…) set to `formula`, or removed (null). */
  setSheetName(index: number, name: string, formula: string | null): void {
    const at = this.names.findIndex(
      (item) =>
        item.attributes.get("name") === name &&
        item.attributes.get("localSheetId") === String(index)
    );
    if (at >= 0) this.names.splice(at, 1);
    if (formula === null) return;
    this.names.push({
      attributes: new Map([
        ["name", name],
        ["localSheetId", String(index)],
      ]),
      text: escapeXml(formula),
    });
  }

  /** The tab the workbook opens on. */
  setActiveTab(index: number): void {
    const views = this.elements.find((child) => child.name === "bookViews")?.xml;
    const viewTag = views && /<workbookView[\s/>]/.exec(views);
    if (!views || !viewTag) {
      this.setElement("bookViews", `<bookViews><workbookView activeTab="${index}"/></bookViews>`);
      return;
    }
    const end = views.indexOf(">", viewTag.index) + 1;
    const tag = views.slice(viewTag.index, end);
    const attributes = attributesOf(tag);
    attributes.set("activeTab", String(index));
    // The first tab shown must not be past the active one.
    if (Number(attributes.get("firstSheet") ?? 0) > index)
      attributes.set("firstSheet", String(index));
    this.setElement(
      "bookViews",
      views.slice(0, viewTag.index) +
        startTag("workbookView", attributes, tag.endsWith("/>")) +
        views.slice(end)
    );
  }

  /** The calculation chain lists formula cells by sheet; once cells of `sheetIds` are removed or
   * rewritten it may name cells that no longer hold a formula, which Excel repairs with a
   * warning. Without it Excel simply rebuilds it. True when the chain was dropped. */
  dropCalcChainIf(read: ReadPart, sheetIds: ReadonlySet<number>): string | null {
    const rel = this.rels.items.find((item) => item.attributes.get("Type") === CALC_CHAIN_TYPE);
    if (!rel) return null;
    const part = resolveTarget(this.workbookPart, rel.attributes.get("Target") ?? "");
    const chain = read(part) ?? "";
    let sheet = 0;
    let touched = false;
    for (const match of chain.matchAll(/<c\s[^>]*>/g)) {
      const i = attributesOf(match[0]).get("i");
      if (i !== undefined) sheet = Number(i);
      if (sheetIds.has(sheet)) {
        touched = true;
        break;
      }
    }
    if (!touched) return null;
    this.removeRel(rel.attributes.get("Id") ?? "");
    this.removeOverride(part);
    return part;
  }

  private setElement(name: string, xml: string | null): void {
    setElement(this.elements, name, xml, WORKBOOK_ORDER);
  }

  /** The three parts' new text, by part name. */
  texts(): Map<string, string> {
    this.setElement(
      "sheets",
      `<sheets>${this.sheets.map((sheet) => startTag("sheet", sheet.attributes, true)).join("")}</sheets>`
    );
    this.setElement(
      "definedNames",
      this.names.length === 0
        ? null
        : `<definedNames>${this.names
            .map((item) => `${startTag("definedName", item.attributes)}${item.text}</definedName>`)
            .join("")}</definedNames>`
    );
    const workbook = `${this.workbookHead}${this.elements.map((child) => child.xml).join("")}</workbook>`;
    return new Map([
      [this.workbookPart, workbook],
      [this.relsPart, this.rels.text()],
      ["[Content_Types].xml", this.types.text()],
    ]);
  }
}

/** A part's text; MissingPartError (F021) when the package lacks it. */
export function required(read: ReadPart, name: string): string {
  const text = read(name);
  if (text === undefined) throw new MissingPartError(name);
  return text;
}

/** The target of a relationship from `from` to `to`, relative as Excel writes it. */
function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1).join("/");
  return base !== "" && to.startsWith(`${base}/`) ? to.slice(base.length + 1) : `/${to}`;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
