// Reading a time of day from a meeting cell: an Excel time (a fraction of a day, which ExcelJS
// hands over as a Date on 30/12/1899), or text such as "8:30", "8h30", "8 giờ 30 phút", "14 giờ".
// Anything else is E050, never a guess.

import type { Problem, SourceRef } from "../../rules";
import type { ClockTime } from "../clock-time";
import type { CellValue } from "../grid";
import { workbookProblem } from "../problems";
import { cellText, readable } from "./values";

const MINUTES_A_DAY = 24 * 60;
const TIME_TEXT = /^(\d{1,2})\s*(?::|h|giờ)\s*(?:(\d{1,2})\s*(?:phút|p|')?)?$/iu;

function fromDayFraction(fraction: number): ClockTime | null {
  if (!(fraction >= 0 && fraction < 1)) return null;
  const minutes = Math.round(fraction * MINUTES_A_DAY) % MINUTES_A_DAY;
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

function fromText(text: string): ClockTime | null {
  const match = TIME_TEXT.exec(text.normalize("NFC").trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

function timeOf(value: string | number | boolean | Date): ClockTime | null {
  if (typeof value === "number") return fromDayFraction(value);
  if (typeof value === "string") return fromText(value);
  if (value instanceof Date) {
    const ms = value.getTime() - Date.UTC(1899, 11, 30);
    return fromDayFraction((ms / 86_400_000) % 1);
  }
  return null;
}

/** The time in a cell, or null after reporting why it is none. */
export function readClockTime(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[]
): ClockTime | null {
  if (!readable(value, ref, field, problems)) return null;
  const time = timeOf(value);
  if (!time)
    problems.push(workbookProblem("E050", { cell: ref.cell, value: cellText(value) }, [ref]));
  return time;
}
