import { describe, expect, it } from "vitest";
import { dpdOfRepaymentStatus, MAX_REPORTED_ERRORS, parseUciCsv, splitCsvLine, type UciCsvResult } from "./parse-uci-csv";

const X_HEADER = ["ID", ...Array.from({ length: 23 }, (_, i) => `X${i + 1}`), "Y"];
const ORIGINAL_HEADER = [
  "ID", "LIMIT_BAL", "SEX", "EDUCATION", "MARRIAGE", "AGE",
  "PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6",
  ...Array.from({ length: 6 }, (_, i) => `BILL_AMT${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `PAY_AMT${i + 1}`),
  "default.payment.next.month",
];
/** The real file's first row (ID 1), in X1..X23 order. */
const ROW_1 = "1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1".split(",");

/** ID 1's row with another ID and some fields changed, by X-style column name. */
function row(id: number | string, changes: Record<string, string> = {}): string[] {
  const fields = [...ROW_1];
  fields[0] = String(id);
  for (const [column, value] of Object.entries(changes)) fields[X_HEADER.indexOf(column)] = value;
  return fields;
}

const csv = (rows: string[][], header = X_HEADER) => [header, ...rows].map((fields) => fields.join(","));

async function errorsOf(lines: string[]) {
  const result: UciCsvResult = await parseUciCsv(lines);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result;
}

async function recordsOf(lines: string[]) {
  const result = await parseUciCsv(lines);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.records;
}

describe("dpdOfRepaymentStatus", () => {
  it.each([
    [-2, 0], [-1, 0], [0, 0], [1, 30], [2, 60], [3, 90], [4, 120], [5, 150], [6, 180], [7, 210], [8, 240], [9, 270],
  ])("status %i is %i DPD", (status, dpd) => expect(dpdOfRepaymentStatus(status)).toBe(dpd));

  it("refuses codes outside -2..9", () => {
    for (const status of [-3, 10, 1.5, NaN]) expect(() => dpdOfRepaymentStatus(status)).toThrow(RangeError);
  });
});

describe("splitCsvLine", () => {
  it("splits plain and quoted fields", () => {
    expect(splitCsvLine("a,,b")).toEqual(["a", "", "b"]);
    expect(splitCsvLine('"ID","default payment next month",""')).toEqual(["ID", "default payment next month", ""]);
    expect(splitCsvLine('"say ""hi"", twice",x')).toEqual(['say "hi", twice', "x"]);
  });

  it("gives null when the quoting is malformed", () => {
    expect(splitCsvLine('"ID,X1')).toBeNull();
    expect(splitCsvLine('I"D,X1')).toBeNull();
  });
});

describe("parseUciCsv: reading", () => {
  it("reads the X1..X23/Y header into records, months oldest first", async () => {
    const [record] = await recordsOf(csv([ROW_1]));
    expect(record.line).toBe(2);
    expect(record.id).toBe(1);
    expect(record.creditLimit.toFixed()).toBe("20000");
    expect([record.sex, record.education, record.marriage, record.age]).toEqual([2, 2, 1, 24]);
    expect(record.defaultNextMonth).toBe(true);
    expect(record.months.map((m) => m.month)).toEqual(["2005-04", "2005-05", "2005-06", "2005-07", "2005-08", "2005-09"]);
    expect(record.months.map((m) => m.repaymentStatus)).toEqual([-2, -2, -1, -1, 2, 2]);
    expect(record.months.map((m) => m.dpd)).toEqual([0, 0, 0, 0, 60, 60]);
    expect(record.months.map((m) => m.billAmount.toFixed())).toEqual(["0", "0", "0", "689", "3102", "3913"]);
    expect(record.months.map((m) => m.amountPaid.toFixed())).toEqual(["0", "0", "0", "0", "689", "0"]);
  });

  it("reads the original header names in any order, and gives the same record", async () => {
    const [expected] = await recordsOf(csv([ROW_1]));
    const reversed = (fields: string[]) => [...fields].reverse();
    const [fromOriginal] = await recordsOf(csv([reversed(ROW_1)], reversed(ORIGINAL_HEADER)));
    expect(fromOriginal).toEqual(expected);
    const spaced = ORIGINAL_HEADER.map((name) => (name === "default.payment.next.month" ? "default payment next month" : name));
    const [fromSpaced] = await recordsOf(csv([ROW_1], spaced.map((name) => `"${name.toLowerCase()}"`)));
    expect(fromSpaced).toEqual(expected);
    const [fromPay1] = await recordsOf(csv([ROW_1], ORIGINAL_HEADER.map((name) => (name === "PAY_0" ? "PAY_1" : name))));
    expect(fromPay1).toEqual(expected);
  });

  it("keeps amounts exact, including the spreadsheet's exponent notation and cents", async () => {
    const [record] = await recordsOf(
      csv([row(7, { X1: "5.00E+05", X12: "999999999999.99", X13: "-159", X14: "0.1", X18: "1.00E+05", X23: "12.50" })]),
    );
    expect(record.creditLimit.toFixed()).toBe("500000");
    const september = record.months[5];
    expect(september.billAmount.toFixed()).toBe("999999999999.99");
    expect(september.amountPaid.toFixed()).toBe("100000");
    expect(record.months[4].billAmount.toFixed()).toBe("-159");
    expect(record.months[3].billAmount.plus("0.2").toFixed()).toBe("0.3");
    expect(record.months[0].amountPaid.toFixed(2)).toBe("12.50");
  });

  it("strips a byte-order mark, trailing carriage returns and spaces, and skips blank lines", async () => {
    const lines = csv([ROW_1, row(2)]);
    lines[0] = `\uFEFF${lines[0]}\r`;
    lines.splice(2, 0, "", "   ");
    lines[4] = ` ${lines[4].replaceAll(",", " , ")}\r`;
    const records = await recordsOf(lines);
    expect(records.map((r) => [r.id, r.line])).toEqual([[1, 2], [2, 5]]);
  });
});

describe("parseUciCsv: malformed files give line numbers and reasons, and no records", () => {
  it.each([
    ["a missing column", X_HEADER.filter((name) => name !== "X6"), 'missing column "X6" or "PAY_0" or "PAY_1"'],
    ["an unknown column", [...X_HEADER, "X24"], 'unknown column "X24"'],
    ["a repeated column", [...X_HEADER, "LIMIT_BAL"], 'column "LIMIT_BAL" repeats "X1"'],
  ])("header with %s", async (_, header, reason) => {
    const result = await errorsOf(csv([row(1)], header));
    expect(result.errors).toContainEqual({ line: 1, reason });
  });

  it.each([
    ["wrong field count", row(2).slice(0, 24), "expected 25 fields, found 24"],
    ["non-numeric amount", row(2, { X14: "12a" }), 'X14 "12a" is not a number'],
    ["empty amount", row(2, { X14: "" }), "X14 is empty"],
    ["hex amount", row(2, { X14: "0x10" }), 'X14 "0x10" is not a number'],
    ["amount with three decimals", row(2, { X12: "1.005" }), 'X12 "1.005" has more than 2 decimal places'],
    ["amount too large for numeric(14,2)", row(2, { X12: "1e12" }), 'X12 "1e12" is too large (numeric(14,2))'],
    ["negative payment", row(2, { X18: "-5" }), 'X18 "-5" is negative'],
    ["negative limit", row(2, { X1: "-20000" }), 'X1 "-20000" is negative'],
    ["status above 9", row(2, { X6: "10" }), 'X6 "10" is not a repayment status (-2..9)'],
    ["status below -2", row(2, { X11: "-3" }), 'X11 "-3" is not a repayment status (-2..9)'],
    ["fractional status", row(2, { X8: "1.5" }), 'X8 "1.5" is not a repayment status (-2..9)'],
    ["Y other than 0 or 1", row(2, { Y: "2" }), 'Y "2" is not 0 or 1'],
    ["Y as a word", row(2, { Y: "yes" }), 'Y "yes" is not 0 or 1'],
    ["ID zero", row(0), 'ID "0" is not a whole number >= 1'],
    ["ID not a number", row("A1"), 'ID "A1" is not a whole number >= 1'],
    ["sex other than 1 or 2", row(2, { X2: "3" }), 'X2 "3" is not 1 or 2'],
    ["age out of range", row(2, { X5: "7" }), 'X5 "7" is not an age (18..120)'],
    ["malformed quotes", ['"2', ...row(2).slice(1)], "malformed quotes"],
  ])("a row with %s", async (_, bad, reason) => {
    const result = await errorsOf(csv([row(1), bad, row(3)]));
    expect(result.errors).toEqual([{ line: 3, reason }]);
    expect(result.errorCount).toBe(1);
  });

  it("a duplicate ID, with the line of its first appearance", async () => {
    const result = await errorsOf(csv([row(1), row(2), row(3), row("002")]));
    expect(result.errors).toEqual([{ line: 5, reason: "duplicate ID 2 (first on line 3)" }]);
  });

  it("every error of a row, and line numbers that count blank lines", async () => {
    const lines = csv([row(1), row(2, { X6: "x", Y: "" })]);
    lines.splice(1, 0, "");
    const result = await errorsOf(lines);
    expect(result.errors).toEqual([
      { line: 4, reason: 'X6 "x" is not a repayment status (-2..9)' },
      { line: 4, reason: "Y is empty" },
    ]);
  });

  it("an empty file, and a header without rows", async () => {
    expect((await errorsOf([])).errors).toEqual([{ line: 1, reason: "the file is empty: no header line" }]);
    expect((await errorsOf(["", ""])).errors).toEqual([{ line: 1, reason: "the file is empty: no header line" }]);
    expect((await errorsOf(csv([]))).errors).toEqual([{ line: 1, reason: "no data rows after the header" }]);
  });

  it(`lists the first ${MAX_REPORTED_ERRORS} errors and counts them all`, async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i + 1, { Y: "9" }));
    const result = await errorsOf(csv(rows));
    expect(result.errorCount).toBe(30);
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(result.errors[0]).toEqual({ line: 2, reason: 'Y "9" is not 0 or 1' });
    expect(result.errors[MAX_REPORTED_ERRORS - 1].line).toBe(MAX_REPORTED_ERRORS + 1);
  });

  it("reads no rows once the header is rejected", async () => {
    const result = await errorsOf(csv([row(1, { Y: "9" })], X_HEADER.slice(1)));
    expect(result.errors.every((error) => error.line === 1)).toBe(true);
  });
});
