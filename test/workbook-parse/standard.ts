// A small standard workbook (workbook.md 1–3) that parses and tallies without a single problem:
// 3 people, 5 ballots, a hand tally that agrees. Tests copy it, change one thing and look for the
// one problem that change must cause.

import ExcelJS from "exceljs";
import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";

export interface SheetRows {
  name: string;
  rows: CellValue[][];
  merges?: string[];
  tables?: string[];
}

export interface StandardSheets {
  meeting: SheetRows;
  roster: SheetRows;
  ballots: SheetRows;
  handTally: SheetRows;
}

export const VOTING_DATE = new Date(Date.UTC(2023, 2, 29));

/** A fresh copy each time, so a test may change it. */
export function standardSheets(): StandardSheets {
  return {
    meeting: {
      name: "Hội nghị",
      rows: [
        ["Tên hội nghị", "Hội nghị Ban Chấp hành Đảng bộ huyện"],
        ["Cơ quan, đơn vị", "Huyện ủy Vân Phong"],
        ["Ngày lấy phiếu", VOTING_DATE],
        ["Quy định áp dụng", "QĐ 96-QĐ/TW"],
        ["Nơi lấy phiếu", "Ban Chấp hành Đảng bộ huyện"],
        ["Số người được triệu tập", 6],
        ["Số người có mặt", 5],
        ["Số phiếu phát ra", 5],
        ["Số phiếu thu về", 5],
        ["Trưởng ban kiểm phiếu", "Nguyễn Văn Khải"],
        ["Thành viên ban kiểm phiếu", "Trần Thị Ánh; Lê Văn Bảo"],
      ],
    },
    roster: {
      name: "Danh sách",
      rows: [
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ngày bổ nhiệm", "Không lấy phiếu"],
        [1, "Nguyễn Văn An", "Bí thư", "Huyện ủy", null, null],
        [2, "Trần Thị Bình", "Phó Bí thư", "Huyện ủy", null, null],
        [3, "Lê Văn Cường", "Chủ tịch UBND", "UBND huyện", null, null],
      ],
    },
    ballots: {
      name: "Phiếu",
      rows: [
        ["Số phiếu", "Phiếu không hợp lệ", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
        [1, null, 1, 1, 2],
        [2, null, 1, 2, 3],
        [3, null, 2, 2, 1],
        [4, null, 1, 3, 0],
        [5, null, "TNC", "T", "Thấp"],
      ],
    },
    handTally: {
      name: "Kiểm phiếu",
      rows: [
        ["STT", "Họ và tên", "Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp", "Không hợp lệ"],
        [1, "Nguyễn Văn An", 4, 1, 0, 0],
        [2, "Trần Thị Bình", 1, 3, 1, 0],
        [3, "Lê Văn Cường", 1, 1, 2, 1],
      ],
    },
  };
}

/** A grid as a shell would hand it over: rows padded to one width, "General" formats. */
export function gridOf(sheet: SheetRows, top = 1, left = 1): Grid {
  // A reduce, not Math.max(...): a test roster of 130,000 rows would overflow the stack.
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const values = sheet.rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return {
    sheet: sheet.name,
    top,
    left,
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: sheet.merges ?? [],
    tables: sheet.tables ?? [],
  };
}

export function gridsOf(...sheets: SheetRows[]): WorkbookGrids {
  return { sheets: sheets.map((s) => gridOf(s)) };
}

export function standardGrids(change?: (sheets: StandardSheets) => void): WorkbookGrids {
  const sheets = standardSheets();
  change?.(sheets);
  return gridsOf(sheets.meeting, sheets.roster, sheets.ballots, sheets.handTally);
}

/** The standard workbook as an ExcelJS workbook: dates with a date format, as Excel keeps them. */
export function standardWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of Object.values(standardSheets())) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row: CellValue[], r: number) =>
      row.forEach((value: CellValue, c: number) => {
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      })
    );
  }
  return workbook;
}
