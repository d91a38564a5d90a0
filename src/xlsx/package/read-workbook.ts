// The workbook part: its worksheets in tab order (name, visibility, part), the date system, and
// where the shared strings and styles are. Chart sheets and macro sheets hold no cells to read
// and are left out, as ExcelJS leaves them out.

import type { SheetVisibility } from "../../workbook/grid";
import { PackageDamage } from "./damage";
import { readPartXml } from "./part-xml";
import { readRelationships, relationshipId } from "./relationships";
import type { ZipArchive } from "./zip";

export const WORKBOOK_PART = "xl/workbook.xml";

export interface ListedSheet {
  readonly name: string;
  readonly visibility: SheetVisibility | undefined;
  /** The worksheet part's name in the zip. */
  readonly part: string;
}

export interface WorkbookPart {
  readonly sheets: readonly ListedSheet[];
  /** Serial numbers count days from 1904 (old Mac workbooks) instead of 1900. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

function visibilityOf(state: string | undefined): SheetVisibility | undefined {
  return state === "hidden" || state === "veryHidden" ? state : undefined;
}

/** The workbook's sheets; a worksheet whose part is missing from the zip is F018, naming it:
 * tallying the other sheets would silently count the wrong ones. */
export function readWorkbookPart(archive: ZipArchive): WorkbookPart {
  const relationships = readRelationships(archive, WORKBOOK_PART);
  const listed: (Omit<ListedSheet, "part"> & { id: string | undefined })[] = [];
  let date1904 = false;
  const found = readPartXml(archive, WORKBOOK_PART, {
    open(tag) {
      if (tag.name === "workbookPr") {
        const value = tag.attribute("date1904");
        date1904 = value === "1" || value === "true";
      } else if (tag.name === "sheet") {
        const attributes = tag.attributes();
        listed.push({
          name: attributes.name ?? "",
          visibility: visibilityOf(attributes.state),
          id: relationshipId(attributes),
        });
      }
    },
  });
  if (!found) throw new PackageDamage("F002");
  const sheets: ListedSheet[] = [];
  for (const { name, visibility, id } of listed) {
    const target = id === undefined ? undefined : relationships.get(id);
    if (target !== undefined && target.kind !== "worksheet") continue;
    if (target === undefined || archive.entry(target.part) === undefined) {
      throw new PackageDamage("F018", { sheetName: name });
    }
    sheets.push({ name, visibility, part: target.part });
  }
  const partOf = (kind: string): string | undefined =>
    [...relationships.values()].find((relationship) => relationship.kind === kind)?.part;
  return {
    sheets,
    date1904,
    sharedStringsPart: partOf("sharedStrings"),
    stylesPart: partOf("styles"),
  };
}
