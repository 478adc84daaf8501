import { describe, expect, it } from "vitest";
import { centsToDecimal, formatMoney, isAtLeastPercent, percentOf, toCents } from "./money";

describe("money", () => {
  it("reads decimal strings as exact cents", () => {
    expect(toCents("5000.00")).toBe(BigInt(500000));
    expect(toCents("0.1")).toBe(BigInt(10));
    expect(toCents("12")).toBe(BigInt(1200));
    expect(toCents("-0.05")).toBe(BigInt(-5));
    expect(toCents("99999999999999.99")).toBe(BigInt("9999999999999999"));
  });

  it("refuses what is not a money amount", () => {
    for (const bad of ["", "1.234", "1e5", "abc", "1,000.00", " 1.00"]) expect(() => toCents(bad)).toThrow(RangeError);
  });

  it("writes cents back as canonical decimals and as grouped text", () => {
    expect(centsToDecimal(BigInt(500000))).toBe("5000.00");
    expect(centsToDecimal(BigInt(-5))).toBe("-0.05");
    expect(formatMoney(BigInt(123456789))).toBe("1,234,567.89");
    expect(formatMoney(BigInt(99))).toBe("0.99");
  });

  it("compares shares exactly, the threshold included", () => {
    expect(isAtLeastPercent(BigInt(8999), BigInt(10000), 90)).toBe(false);
    expect(isAtLeastPercent(BigInt(9000), BigInt(10000), 90)).toBe(true);
    // 0.1 + 0.2 style float error would put 30% of 0.30 below or above; cents do not.
    expect(isAtLeastPercent(BigInt(9), BigInt(30), 30)).toBe(true);
  });

  it("shows percentages truncated to one decimal, never rounding up to a threshold", () => {
    expect(percentOf(BigInt(8999), BigInt(10000))).toBe("89.9");
    expect(percentOf(BigInt(9000), BigInt(10000))).toBe("90.0");
    expect(percentOf(BigInt(15000), BigInt(16500))).toBe("90.9");
    expect(percentOf(BigInt(-1), BigInt(1000))).toBe("-0.1");
  });
});
