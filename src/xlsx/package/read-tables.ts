// A sheet's tables (ListObjects), from the table parts its relationships point to: the part of
// each that holds people or ballots, i.e. its header row and body, without a totals row.

import { parseRange, type CellBox } from "../../workbook/layout/a1";
import { readPartXml } from "./part-xml";
import type { Relationship } from "./relationships";
import type { ZipArchive } from "./zip";

/** Each table's header and body. A table without a header row is left out: parse finds data by
 * its headers. Counts left out of the part take the standard's defaults (one header row, no
 * totals row). */
export function readTables(
  archive: ZipArchive,
  tableIds: readonly string[],
  relationships: ReadonlyMap<string, Relationship>
): CellBox[] {
  const tables: CellBox[] = [];
  for (const id of tableIds) {
    const target = relationships.get(id);
    if (target === undefined || target.kind !== "table") continue;
    readPartXml(archive, target.part, {
      open(tag) {
        if (tag.name !== "table") return;
        const attributes = tag.attributes();
        const box = parseRange(attributes.ref ?? "");
        const headerRows = Number(attributes.headerRowCount ?? 1);
        const totalsRows = Number(attributes.totalsRowCount ?? 0);
        if (box === null || headerRows === 0) return;
        tables.push({ ...box, bottom: box.bottom - (totalsRows > 0 ? 1 : 0) });
      },
    });
  }
  return tables;
}
