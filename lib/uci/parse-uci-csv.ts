// Parses the UCI "Default of Credit Card Clients" CSV (domain.md) into typed records, line by line and without I/O:
// the caller hands in the lines (a file stream, or an array in tests). Both header styles are accepted, X1..X23/Y
// and the original ID, LIMIT_BAL, PAY_0, BILL_AMT1, ... names, in any column order. Every row is checked; a file
// with any error gives the first MAX_REPORTED_ERRORS errors (line number and reason), their count and no records,
// so the caller can refuse it before writing anything. Amounts stay exact Decimals: this copy of the data set
// writes some round amounts the spreadsheet way ("5.00E+05" is 500000), which is read exactly too.
import { Prisma } from "@/lib/generated/prisma/client";

/** The six statement months, oldest first (the file's columns run the other way, September first). */
export const UCI_MONTHS = ["2005-04", "2005-05", "2005-06", "2005-07", "2005-08", "2005-09"] as const;
export type UciMonth = (typeof UCI_MONTHS)[number];

export interface UciMonthRecord {
  month: UciMonth;
  /** -2 no consumption, -1 paid in full, 0 revolving credit used, n >= 1 payment n months late (9: nine or more). */
  repaymentStatus: number;
  /** Days past due at the month's statement, from the repayment status (dpdOfRepaymentStatus). */
  dpd: number;
  /** The bill statement amount; negative is a credit balance. */
  billAmount: Prisma.Decimal;
  /** The amount paid during the month. */
  amountPaid: Prisma.Decimal;
}

export interface UciRecord {
  /** The row's line in the file (the header is line 1). */
  line: number;
  id: number;
  creditLimit: Prisma.Decimal;
  /** 1 male, 2 female. */
  sex: number;
  education: number;
  marriage: number;
  /** Age in years, in 2005. */
  age: number;
  /** April..September 2005, oldest first. */
  months: UciMonthRecord[];
  /** Y: default payment next month (October 2005). */
  defaultNextMonth: boolean;
}

export interface UciCsvError {
  line: number;
  reason: string;
}

export type UciCsvResult = { ok: true; records: UciRecord[] } | { ok: false; errors: UciCsvError[]; errorCount: number };

export const MAX_REPORTED_ERRORS = 20;

/** domain.md: status n >= 1 (n months late) is n x 30 DPD, so it lands in bucket Mn; -2, -1 and 0 are current. */
export function dpdOfRepaymentStatus(status: number): number {
  if (!Number.isInteger(status) || status < -2 || status > 9) throw new RangeError(`repayment status must be -2..9, got ${status}`);
  return status >= 1 ? status * 30 : 0;
}

const SEPTEMBER_FIRST = [...UCI_MONTHS].reverse();
const STATUS_NAMES = ["PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"];

/** Each field and the header names it goes by (matched case-insensitively); PAY_1 is a common rename of PAY_0. */
const COLUMNS: { key: string; names: string[] }[] = [
  { key: "id", names: ["ID"] },
  { key: "creditLimit", names: ["X1", "LIMIT_BAL"] },
  { key: "sex", names: ["X2", "SEX"] },
  { key: "education", names: ["X3", "EDUCATION"] },
  { key: "marriage", names: ["X4", "MARRIAGE"] },
  { key: "age", names: ["X5", "AGE"] },
  ...SEPTEMBER_FIRST.map((month, i) => ({ key: `status ${month}`, names: [`X${6 + i}`, STATUS_NAMES[i], ...(i === 0 ? ["PAY_1"] : [])] })),
  ...SEPTEMBER_FIRST.map((month, i) => ({ key: `bill ${month}`, names: [`X${12 + i}`, `BILL_AMT${i + 1}`] })),
  ...SEPTEMBER_FIRST.map((month, i) => ({ key: `paid ${month}`, names: [`X${18 + i}`, `PAY_AMT${i + 1}`] })),
  { key: "defaultNextMonth", names: ["Y", "default.payment.next.month", "default payment next month"] },
];

/** Column index of each field, and the header as written (for messages). */
interface Header {
  index: Map<string, number>;
  names: string[];
}

function mapHeader(names: string[]): Header | string[] {
  const reasons: string[] = [];
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const column = COLUMNS.find((c) => c.names.some((n) => n.toLowerCase() === name.toLowerCase()));
    if (!column) reasons.push(`unknown column "${name}"`);
    else if (index.has(column.key)) reasons.push(`column "${name}" repeats "${names[index.get(column.key)!]}"`);
    else index.set(column.key, i);
  });
  for (const column of COLUMNS) {
    if (!index.has(column.key)) reasons.push(`missing column ${column.names.map((n) => `"${n}"`).join(" or ")}`);
  }
  return reasons.length ? reasons : { index, names };
}

/** One CSV line into fields: RFC 4180 quoting within the line; null when the quoting is malformed. */
export function splitCsvLine(line: string): string[] | null {
  const field = /(?:"((?:[^"]|"")*)"|([^,"]*))(,|$)/y;
  const fields: string[] = [];
  for (;;) {
    const match = field.exec(line);
    if (!match) return null;
    fields.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]);
    if (match[3] === "") return fields;
  }
}

const WHOLE = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** numeric(14,2): at most 12 digits before the point, 2 after. */
const AMOUNT_BOUND = new Prisma.Decimal("1e12");

function parseRow(fields: string[], header: Header, line: number): UciRecord | string[] {
  const reasons: string[] = [];
  const cell = (key: string) => {
    const i = header.index.get(key)!;
    return { name: header.names[i], text: fields[i].trim() };
  };
  const whole = (key: string, min: number, max: number, expected: string) => {
    const { name, text } = cell(key);
    const value = Number(text);
    if (WHOLE.test(text) && value >= min && value <= max) return value;
    reasons.push(text === "" ? `${name} is empty` : `${name} "${text}" is not ${expected}`);
    return NaN;
  };
  const amount = (key: string, canBeNegative: boolean) => {
    const { name, text } = cell(key);
    const zero = new Prisma.Decimal(0);
    if (!NUMBER.test(text)) {
      reasons.push(text === "" ? `${name} is empty` : `${name} "${text}" is not a number`);
      return zero;
    }
    const value = new Prisma.Decimal(text);
    if (value.decimalPlaces() > 2) reasons.push(`${name} "${text}" has more than 2 decimal places`);
    else if (value.abs().gte(AMOUNT_BOUND)) reasons.push(`${name} "${text}" is too large (numeric(14,2))`);
    else if (!canBeNegative && value.lt(0)) reasons.push(`${name} "${text}" is negative`);
    else return value.plus(0); // plus(0) turns -0 into 0
    return zero;
  };

  const record: UciRecord = {
    line,
    id: whole("id", 1, 2_147_483_647, "a whole number >= 1"),
    creditLimit: amount("creditLimit", false),
    sex: whole("sex", 1, 2, "1 or 2"),
    education: whole("education", 0, 6, "an education code (0..6)"),
    marriage: whole("marriage", 0, 3, "a marital status code (0..3)"),
    age: whole("age", 18, 120, "an age (18..120)"),
    months: UCI_MONTHS.map((month) => {
      const repaymentStatus = whole(`status ${month}`, -2, 9, "a repayment status (-2..9)");
      return {
        month,
        repaymentStatus,
        dpd: Number.isNaN(repaymentStatus) ? 0 : dpdOfRepaymentStatus(repaymentStatus),
        billAmount: amount(`bill ${month}`, true),
        amountPaid: amount(`paid ${month}`, false),
      };
    }),
    defaultNextMonth: whole("defaultNextMonth", 0, 1, "0 or 1") === 1,
  };
  return reasons.length ? reasons : record;
}

/** Reads the whole file; blank lines are skipped but counted, so line numbers match an editor's. */
export async function parseUciCsv(lines: AsyncIterable<string> | Iterable<string>): Promise<UciCsvResult> {
  const errors: UciCsvError[] = [];
  let errorCount = 0;
  const fail = (line: number, reason: string) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, reason });
  };
  const records: UciRecord[] = [];
  const lineOfId = new Map<number, number>();
  let header: Header | null = null;
  let headerRejected = false;
  let line = 0;

  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "" || headerRejected) continue;
    const fields = splitCsvLine(text);
    if (!fields) {
      fail(line, "malformed quotes");
      headerRejected = !header;
    } else if (!header) {
      const mapped = mapHeader(fields.map((f) => f.trim()));
      if (Array.isArray(mapped)) mapped.forEach((reason) => fail(line, reason));
      headerRejected = Array.isArray(mapped);
      if (!Array.isArray(mapped)) header = mapped;
    } else if (fields.length !== header.names.length) {
      fail(line, `expected ${header.names.length} fields, found ${fields.length}`);
    } else {
      const parsed = parseRow(fields, header, line);
      if (Array.isArray(parsed)) parsed.forEach((reason) => fail(line, reason));
      const idText = fields[header.index.get("id")!].trim();
      const id = WHOLE.test(idText) ? Number(idText) : NaN;
      const firstLine = lineOfId.get(id);
      if (firstLine !== undefined) fail(line, `duplicate ID ${id} (first on line ${firstLine})`);
      else if (!Number.isNaN(id)) lineOfId.set(id, line);
      if (!Array.isArray(parsed)) records.push(parsed);
    }
  }

  if (!header && !headerRejected) fail(1, "the file is empty: no header line");
  else if (header && records.length === 0 && errorCount === 0) fail(line, "no data rows after the header");
  return errorCount ? { ok: false, errors, errorCount } : { ok: true, records };
}
