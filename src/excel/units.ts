// Column widths: a WritePlan (and an .xlsx file) gives them in characters, Office.js in points.
//
// Excel's width unit is the width of one digit of the default font; for Calibri 11 that digit is
// 7 pixels at 96 dpi. A width w in the file is shown as Truncate(((256 w + Truncate(128 / 7)) /
// 256) × 7) pixels (ECMA-376 Part 1, 18.3.1.13, which includes the 5 pixels of cell padding), and
// a pixel is 0.75 point. The other way, a width of p pixels is written Truncate(p / 7 × 256) / 256.
// Both directions round to whole pixels, as Excel does: a width survives the round trip to
// within one pixel.

const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

export function columnWidthToPixels(characters: number): number {
  return Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
}

export function columnWidthToPoints(characters: number): number {
  return columnWidthToPixels(characters) * POINTS_PER_PIXEL;
}

export function pointsToColumnWidth(points: number): number {
  const pixels = Math.round(points / POINTS_PER_PIXEL);
  return Math.trunc((pixels / DIGIT_PIXELS) * 256) / 256;
}
