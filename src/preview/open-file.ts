// A workbook the preview opens: the add-in's own host code over a fake Excel holding it. A file
// that is not an .xlsx workbook is refused with the same coded problem as on the command line.

import { createExcelHost } from "../excel/addin-host";
import { FakeExcel, type FakeWorkbook } from "../fake-excel";
import { loadFakeWorkbook } from "../fake-excel/xlsx-bridge";
import { loadXlsxBytes } from "../xlsx/open-xlsx";
import type { PreviewWorkbook } from "./PreviewApp";

export function previewWorkbook(name: string, model: FakeWorkbook): PreviewWorkbook {
  const excel = new FakeExcel(model);
  return {
    name,
    model,
    host: createExcelHost({ run: excel.run, support: excel.support }),
    editCell: (sheet, address, text) => excel.editAsUser(sheet, address, text),
  };
}

export async function openWorkbookFile(name: string, bytes: ArrayBuffer): Promise<PreviewWorkbook> {
  return previewWorkbook(name, await loadXlsxBytes(name, new Uint8Array(bytes), loadFakeWorkbook));
}
