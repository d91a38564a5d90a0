import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandOf, bandRank, REGULATION_IDS } from "../../src/rules";

describe("bandOf, three-level votes (qd96, nq96)", () => {
  for (const regulation of ["qd96", "nq96"] as const) {
    it(`${regulation}: exactly 50 % is none, one vote over is over-half`, () => {
      expect(bandOf(regulation, 50, 100)).toBe("none");
      expect(bandOf(regulation, 51, 100)).toBe("over-half");
      expect(bandOf(regulation, 23, 47)).toBe("none");
      expect(bandOf(regulation, 24, 47)).toBe("over-half");
    });

    it(`${regulation}: exactly two thirds is two-thirds, one vote under is over-half`, () => {
      expect(bandOf(regulation, 30, 45)).toBe("two-thirds");
      expect(bandOf(regulation, 29, 45)).toBe("over-half");
      // 66,67 % rounded would look like two thirds: 2/3 of 100 is 66.67 but 66 < 66.67.
      expect(bandOf(regulation, 66, 100)).toBe("over-half");
      expect(bandOf(regulation, 67, 100)).toBe("two-thirds");
    });

    it(`${regulation}: one ballot collected`, () => {
      expect(bandOf(regulation, 0, 1)).toBe("none");
      expect(bandOf(regulation, 1, 1)).toBe("two-thirds");
    });

    it(`${regulation}: the 2023 figure 25 low of 47 is over half`, () => {
      expect(bandOf(regulation, 25, 47)).toBe("over-half");
    });
  }
});

describe("bandOf, no-confidence vote (nq96-btn)", () => {
  it("is over-half iff 2L > C, never two-thirds", () => {
    expect(bandOf("nq96-btn", 50, 100)).toBe("none");
    expect(bandOf("nq96-btn", 51, 100)).toBe("over-half");
    expect(bandOf("nq96-btn", 100, 100)).toBe("over-half");
    expect(bandOf("nq96-btn", 1, 1)).toBe("over-half");
    expect(bandOf("nq96-btn", 0, 1)).toBe("none");
  });
});

describe("bandOf, properties", () => {
  it("never decreases when the low count grows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGULATION_IDS),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat(),
        fc.nat(),
        (regulation, collected, a, b) => {
          const low = a % (collected + 1);
          const more = Math.min(collected, low + (b % (collected + 1)));
          expect(bandRank(bandOf(regulation, more, collected))).toBeGreaterThanOrEqual(
            bandRank(bandOf(regulation, low, collected))
          );
        }
      )
    );
  });

  it("agrees with the thresholds written as fractions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.nat(), (collected, raw) => {
        const low = raw % (collected + 1);
        const share = low / collected;
        const band = bandOf("qd96", low, collected);
        if (band === "none") expect(share).toBeLessThanOrEqual(0.5);
        if (band !== "none") expect(share).toBeGreaterThan(0.5);
        if (band === "two-thirds") expect(3 * low).toBeGreaterThanOrEqual(2 * collected);
        if (band === "over-half") expect(3 * low).toBeLessThan(2 * collected);
      })
    );
  });
});
