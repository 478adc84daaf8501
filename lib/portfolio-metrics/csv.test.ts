import { describe, expect, it } from "vitest";
import { buildCsv } from "./csv";

describe("buildCsv", () => {
  it("writes a header and rows with CRLF, numbers and decimals as they are", () => {
    expect(buildCsv(["month", "outstanding", "ratio"], [["2026-01", "1234.50", 0.25], ["2026-02", "-3.10", null]])).toBe(
      "month,outstanding,ratio\r\n2026-01,1234.50,0.25\r\n2026-02,-3.10,\r\n",
    );
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(buildCsv(["name"], [['Wang, "Ming"'], ["two\nlines"]])).toBe('name\r\n"Wang, ""Ming"""\r\n"two\nlines"\r\n');
  });

  it("neutralises text that a spreadsheet would read as a formula, but not negative amounts", () => {
    expect(buildCsv(["name", "amount"], [["=SUM(A1)", "-5.00"], ["@x", -2]])).toBe("name,amount\r\n'=SUM(A1),-5.00\r\n'@x,-2\r\n");
  });
});
