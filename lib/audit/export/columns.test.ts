import { describe, expect, it } from "vitest";
import { CSV_SELECT, EXPORT_COLUMNS, neutraliseCell, restoreCell } from "./columns";

describe("neutraliseCell", () => {
  it("prefixes cells a spreadsheet would read as a formula, and those starting with an apostrophe", () => {
    for (const cell of ['=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'x"]) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ["", "plain", "1+1", "中文", " =x", '"q"']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it("drops NUL bytes, and prefixes what then starts like a formula", () => {
    expect(neutraliseCell("a\0b")).toBe("ab");
    expect(neutraliseCell("\0=1")).toBe("'=1");
  });

  it("is undone by restoreCell", () => {
    for (const cell of ["=1", "'x", "''", "plain", ""]) expect(restoreCell(neutraliseCell(cell))).toBe(cell);
  });
});

describe("CSV_SELECT", () => {
  it("names one expression per column, in header order", () => {
    const names = [...CSV_SELECT.matchAll(/ AS (\w+)(?:, |$)/g)].map((m) => m[1]);
    expect(names).toEqual([...EXPORT_COLUMNS]);
  });
});
