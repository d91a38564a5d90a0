// The band a result falls in (rules.md section 5), decided on whole numbers only: a rounded
// percentage such as 66,67% must never decide whether two thirds is reached.

import type { Band, RegulationId } from "./types";

/** `low`: entries for tín nhiệm thấp (or không tín nhiệm); `collected`: ballots collected.
 * none: 2L ≤ C (exactly half is none); over-half: 2L > C and 3L < 2C; two-thirds: 3L ≥ 2C
 * (exactly two thirds is two-thirds). nq96-btn has only none and over-half (2L > C). */
export function bandOf(regulation: RegulationId, low: number, collected: number): Band {
  if (2 * low <= collected) return "none";
  if (regulation === "nq96-btn") return "over-half";
  return 3 * low >= 2 * collected ? "two-thirds" : "over-half";
}

const BAND_ORDER: Readonly<Record<Band, number>> = { none: 0, "over-half": 1, "two-thirds": 2 };

/** Bands in increasing severity, for comparisons: none < over-half < two-thirds. */
export function bandRank(band: Band): number {
  return BAND_ORDER[band];
}
