// How Excel takes a value written through Range.values, and how it reports one back. These are
// the behaviours the shell must respect: null leaves a cell unchanged, and a string that looks
// like a formula or a number becomes one unless the cell is formatted as text ("@").

import { FakeOfficeError } from "./errors";
import type { FakeCell, Scalar } from "./model";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function writeValue(cell: FakeCell, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "boolean") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new FakeOfficeError("InvalidArgument", `${value} is not a cell value`);
    }
    setConstant(cell, value);
    return;
  }
  if (typeof value !== "string") {
    throw new FakeOfficeError("InvalidArgument", `${typeof value} is not a cell value`);
  }
  if (value === "") setConstant(cell, null);
  else if (cell.numberFormat === "@") setConstant(cell, value);
  else if (value.startsWith("=")) setFormula(cell, value);
  else if (NUMBER.test(value.trim())) setConstant(cell, Number(value));
  // Excel reads a leading + or - as the start of a formula, as when typed.
  else if (/^[+-]./.test(value)) setFormula(cell, `=${value}`);
  else setConstant(cell, value);
}

/** The value Office.js reports: "" for an empty cell; a formula's result (the fake does not
 * calculate, so a formula it wrote itself reads as ""). */
export function readValue(cell: FakeCell | undefined): Scalar {
  return cell?.value ?? "";
}

function setConstant(cell: FakeCell, value: Scalar | null): void {
  cell.value = value;
  cell.formula = null;
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  cell.value = null;
}
