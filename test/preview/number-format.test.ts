// The preview's grid shows values through their number formats, as Excel would.

import { describe, expect, it } from "vitest";
import { displayValue } from "../../src/preview/number-format";

describe("displayValue", () => {
  it("shows rates with two decimals and a percent sign, rounded half away from zero", () => {
    expect(displayValue(187 / 481, "0.00%")).toBe("38,88%");
    expect(displayValue(19 / 47, "0.00%")).toBe("40,43%");
    expect(displayValue(2 / 47, "0.00%")).toBe("4,26%");
    expect(displayValue(0.5, "0.00%")).toBe("50,00%");
    expect(displayValue(0.000_05, "0.00%")).toBe("0,01%");
    expect(displayValue(1, "0%")).toBe("100%");
  });

  it("shows counts as whole numbers, grouped when the format says so", () => {
    expect(displayValue(42, "0")).toBe("42");
    expect(displayValue(2.5, "0")).toBe("3");
    expect(displayValue(-2.5, "0")).toBe("-3");
    expect(displayValue(1234567, "#,##0")).toBe("1.234.567");
    expect(displayValue(1234.5, "#,##0.00")).toBe("1.234,50");
  });

  it("shows Excel date serials as day/month/year", () => {
    expect(displayValue(45014, "dd/mm/yyyy")).toBe("29/03/2023");
    expect(displayValue(45014, "d/m/yy")).toBe("29/3/23");
  });

  it("shows text as written, and General numbers without formatting", () => {
    expect(displayValue("=1+1", "@")).toBe("=1+1");
    expect(displayValue(12, "@")).toBe("12");
    expect(displayValue(12, "General")).toBe("12");
    expect(displayValue(0.1 + 0.2, "General")).toBe("0,3");
    expect(displayValue(true, "General")).toBe("TRUE");
    expect(displayValue(null, "0.00%")).toBe("");
    // An unknown format never hides the value.
    expect(displayValue(3.25, '[Red]"x"0')).toBe("3,25");
  });
});
