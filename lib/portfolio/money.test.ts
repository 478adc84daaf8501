import { describe, expect, it } from "vitest";
import { centsText, floorTo, shareOf, yuan } from "./money";

describe("money", () => {
  it("writes whole cents as exact decimal text", () => {
    expect(centsText(0)).toBe("0.00");
    expect(centsText(5)).toBe("0.05");
    expect(centsText(10)).toBe("0.10");
    expect(centsText(123_456)).toBe("1234.56");
    expect(centsText(yuan(100_000))).toBe("100000.00");
    expect(centsText(999_999_999_999)).toBe("9999999999.99");
  });

  it("refuses fractions of a cent, negative and unsafe amounts", () => {
    for (const value of [0.5, -1, Number.NaN, 2 ** 53]) expect(() => centsText(value)).toThrow(RangeError);
  });

  it("rounds to steps and shares in whole cents", () => {
    expect(floorTo(123_456, yuan(100))).toBe(120_000);
    expect(shareOf(1_001, 0.5)).toBe(501);
  });
});
