// A part's relationships (its ".rels" part): which other part each id points to, resolved to the
// part's name in the zip, so "worksheets/sheet1.xml" from the workbook is found as
// "xl/worksheets/sheet1.xml".

import type { ZipArchive } from "./zip";
import { readPartXml } from "./part-xml";

export interface Relationship {
  /** The part's name in the zip (no leading "/"); external targets are left out. */
  readonly part: string;
  /** The relationship type's last segment: "worksheet", "table", "sharedStrings"… */
  readonly kind: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target relative to the folder of the part that names it, or absolute from the package's
 * root; "." and ".." resolved. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The part's relationships by id; none when it has no ".rels" part. */
export function readRelationships(
  archive: ZipArchive,
  part: string
): ReadonlyMap<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  readPartXml(archive, relationshipsPartOf(part), {
    open(tag) {
      if (tag.name !== "Relationship") return;
      const { Id: id, Target: target, Type: type, TargetMode: mode } = tag.attributes();
      if (mode === "External") return;
      if (id === undefined || target === undefined) return;
      const kind = (type ?? "").slice((type ?? "").lastIndexOf("/") + 1);
      relationships.set(id, { part: resolveTarget(part, target), kind });
    },
  });
  return relationships;
}

/** The value of an attribute in the relationships namespace ("r:id"), whatever its prefix. */
export function relationshipId(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name.endsWith(":id")) return value;
  }
  return undefined;
}
