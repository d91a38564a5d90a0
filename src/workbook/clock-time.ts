// A time of day on the meeting sheet (when the count began and ended), as the minutes print it.

import type { Lang } from "../rules";

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** "8 giờ 30 phút" / "8:30", the way a biên bản writes a time. */
export function formatClockTime(time: ClockTime, lang: Lang): string {
  if (lang === "en") return `${time.hour}:${String(time.minute).padStart(2, "0")}`;
  return `${time.hour} giờ ${String(time.minute).padStart(2, "0")} phút`;
}

export function minutesOf(time: ClockTime): number {
  return time.hour * 60 + time.minute;
}
