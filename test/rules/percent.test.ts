import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPercent, percentOf } from "../../src/rules";

describe("percentOf", () => {
  it("gives the 2023 check figures, over ballots collected", () => {
    expect(percentOf(187, 481)).toBe(38.88);
    expect(percentOf(229, 481)).toBe(47.61);
    expect(percentOf(19, 47)).toBe(40.43);
    expect(percentOf(2, 47)).toBe(4.26);
    expect(percentOf(25, 47)).toBe(53.19);
  });

  it("rounds half away from zero, exactly", () => {
    // Exact halves: 1/32 = 3.125 % → 3.13, 5/32 = 15.625 % → 15.63, 1/20000 = 0.005 % → 0.01;
    // just under a half: 1/40000 = 0.0025 % → 0.
    expect(percentOf(1, 32)).toBe(3.13);
    expect(percentOf(5, 32)).toBe(15.63);
    expect(percentOf(1, 20000)).toBe(0.01);
    expect(percentOf(1, 40000)).toBe(0);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 3)).toBe(33.33);
  });

  it("gives 0 and 100 at the ends, with one ballot collected", () => {
    expect(percentOf(0, 1)).toBe(0);
    expect(percentOf(1, 1)).toBe(100);
  });

  it("refuses what is not a whole count over a positive base, never NaN", () => {
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(-1, 10)).toBeNull();
    expect(percentOf(1.5, 10)).toBeNull();
    expect(percentOf(1, 2.5)).toBeNull();
    expect(percentOf(Number.NaN, 10)).toBeNull();
    expect(percentOf(1, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("equals the exact rational rounded half up, for any count and base", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (base, raw) => {
        const count = raw % (base + 1);
        const value = percentOf(count, base);
        // Exact reference: hundredths h is the integer with |count·10⁴/base − h| ≤ ½, ties up.
        const scaled = BigInt(count) * 10000n;
        const b = BigInt(base);
        const floor = scaled / b;
        const remainder = scaled - floor * b;
        const hundredths = 2n * remainder >= b ? floor + 1n : floor;
        expect(value).toBe(Number(hundredths) / 100);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      })
    );
  });
});

describe("formatPercent", () => {
  it("writes a decimal comma in Vietnamese and a point in English, two decimals", () => {
    expect(formatPercent(38.88, "vi")).toBe("38,88%");
    expect(formatPercent(38.88, "en")).toBe("38.88%");
    expect(formatPercent(4.26, "vi")).toBe("4,26%");
    expect(formatPercent(100, "vi")).toBe("100,00%");
    expect(formatPercent(0, "en")).toBe("0.00%");
    expect(formatPercent(12.5, "en")).toBe("12.50%");
  });

  it("prints every percentOf result back with its own two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(5000), (base, raw) => {
        const value = percentOf(raw % (base + 1), base) ?? -1;
        const text = formatPercent(value, "en");
        expect(Number(text.slice(0, -1))).toBe(value);
        expect(text).toMatch(/^\d{1,3}\.\d{2}%$/);
      })
    );
  });
});
