// Attendance (rules.md section 4): two thirds of the people summoned, on whole numbers. The
// quorum base is for attendance only, never for vote percentages.

/** Met iff 3 × present ≥ 2 × summoned (exactly two thirds is enough). */
export function quorumMet(present: number, summoned: number): boolean {
  return 3 * present >= 2 * summoned;
}

/** The fewest people present that meet the quorum: ⌈2 × summoned / 3⌉. */
export function quorumRequired(summoned: number): number {
  return Math.ceil((2 * summoned) / 3);
}
