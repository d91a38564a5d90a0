// One part of the package scanned as XML, its faults turned into a damaged-file problem: the
// scanner's words and the zip layer's never reach the user.

import { PackageDamage } from "./damage";
import { scanXml, XmlError, type XmlHandlers } from "./xml-scan";
import type { ZipArchive } from "./zip";

/** Scans the part if the package has it; returns whether it did. */
export function readPartXml(archive: ZipArchive, part: string, handlers: XmlHandlers): boolean {
  const xml = archive.text(part);
  if (xml === undefined) return false;
  try {
    scanXml(xml, handlers);
  } catch (error) {
    if (error instanceof XmlError) throw new PackageDamage("F002", {}, { cause: error });
    throw error;
  }
  return true;
}
