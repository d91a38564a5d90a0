// How a cell's value shows through its number format, as Excel displays it with Vietnamese
// regional settings (decimal comma, thousands dot). Covers the formats the add-in writes ("0",
// "0.00%", "dd/mm/yyyy", "@", "General") and their usual relatives in users' files ("#,##0",
// "0.0", "0%", "d/m/yy"); anything else shows as General, which never hides a value.

export interface Separators {
  readonly decimal: string;
  readonly thousands: string;
}

export const VIETNAMESE_SEPARATORS: Separators = { decimal: ",", thousands: "." };

type Scalar = string | number | boolean;

/** Serials count days from 1899-12-30 (right from March 1900 on, past Excel's 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const FIXED = /^(#,##)?0(?:\.(0+))?(%?)$/;
const DATE = /^(d{1,2})\/(m{1,2})\/(y{2}|y{4})$/i;

function group(digits: string, thousands: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
}

/** Rounds half away from zero, as Excel displays. */
function fixed(value: number, decimals: number, grouped: boolean, separators: Separators): string {
  const scale = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9)) / scale;
  const [whole = "0", fraction] = Math.abs(rounded).toFixed(decimals).split(".");
  const sign = rounded < 0 ? "-" : "";
  const wholeText = grouped ? group(whole, separators.thousands) : whole;
  return `${sign}${wholeText}${fraction ? separators.decimal + fraction : ""}`;
}

function general(value: number, separators: Separators): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to 11 significant characters.
  return String(Number(value.toPrecision(10))).replace(".", separators.decimal);
}

function date(serial: number, pattern: RegExpExecArray): string {
  const day = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const [, d = "", m = "", y = ""] = pattern;
  const year = day.getUTCFullYear();
  return [
    pad(day.getUTCDate(), d.length),
    pad(day.getUTCMonth() + 1, m.length),
    y.length === 2 ? pad(year % 100, 2) : String(year),
  ].join("/");
}

export function displayValue(
  value: Scalar | null,
  numberFormat: string,
  separators: Separators = VIETNAMESE_SEPARATORS
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "@") return String(value);
  const number = FIXED.exec(numberFormat);
  if (number) {
    const [, grouped, decimals = "", percent] = number;
    const shown = percent ? value * 100 : value;
    return fixed(shown, decimals.length, grouped !== undefined, separators) + (percent ?? "");
  }
  const datePattern = DATE.exec(numberFormat);
  if (datePattern) return date(value, datePattern);
  return general(value, separators);
}
