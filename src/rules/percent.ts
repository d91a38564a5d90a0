// Percentages over ballots collected (rules.md section 3), computed exactly: two decimals, half
// away from zero, on whole numbers, so 187/481 is 38.88 and never 38.87 by a floating-point slip.

import type { Lang } from "./types";

/** `count` out of `base` in percent, rounded to two decimals half away from zero (counts are
 * never negative, so half up). Null when the inputs are not whole numbers, count ≥ 0 and
 * base > 0: a missing base is reported as a problem by the caller, never turned into NaN. */
export function percentOf(count: number, base: number): number | null {
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(base) || count < 0 || base <= 0) {
    return null;
  }
  // BigInt keeps count × 10 000 exact whatever its size; hundredths = round(count × 10⁴ / base).
  const doubleBase = 2n * BigInt(base);
  const hundredths = (BigInt(count) * 20000n + BigInt(base)) / doubleBase;
  return Number(hundredths) / 100;
}

/** "38,88%" in Vietnamese, "38.88%" in English: always two decimals. */
export function formatPercent(value: number, lang: Lang): string {
  const fixed = value.toFixed(2);
  return `${lang === "vi" ? fixed.replace(".", ",") : fixed}%`;
}
