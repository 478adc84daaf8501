// What one UCI row becomes in the Risk Ops model: a synthetic customer, a TWD credit-line account, its limit and six
// monthly statements. The data set gives months, not dates, and no names; these are the choices (pure, no I/O):
// - Cycle date: the last day of each month, 2005-04-30 .. 2005-09-30. Due date: cycle date + 20 days.
// - DPD: n x 30 for repayment status n >= 1, else 0 (domain.md). The account's current_dpd is September's, as of
//   dpd_as_of = 2005-09-30.
// - Payments: a month's payment settles the previous month's bill (in this data a September payment equals the
//   August bill in 4,066 rows, the September bill in 671), so a statement's amount_paid is what was paid in the
//   following month. September's bill falls due after the data ends: amount_paid 0. April's payment settles a March
//   bill that is not in the data, so it is left out.
// - paid_date follows the repayment statuses, not the amounts (which often disagree: a bill "paid" in August can
//   still be 60 DPD in September). A status says bill b was still unpaid at a later cycle date c when
//   dpd(c) >= c - due(b) (the oldest unpaid amount is at least that old). A bill with a minimum to pay is paid on its
//   due date when no later status says it was unpaid; otherwise at the first cycle date after the last status that
//   says so (the data knows months, not days); null when September's status still says so, or when it falls due
//   after the data ends (September's bill). So the DPD computed from the paid dates at each cycle date puts the
//   account in the bucket its status says. A bill with nothing to pay is dated on its due date when something
//   was paid, else null.
// - Negative bill amounts are credit balances, not receivables: amount_due and outstanding are the bill floored at
//   0. outstanding is September's bill. overdue_amount is the whole of it when September's DPD > 0, else 0 (the data
//   does not say which part is past due; this is the upper bound).
// - minimum_due (not in the data): 10% of amount_due, to the cent.
// - opened_at (not in the data): the latest date the data allows, the first day of the month of the oldest bill it
//   implies. April 2005 for an account never late; earlier when a status means an older bill was unpaid (a bill
//   n x 30 days past due on cycle date C fell due at C - n x 30, so it was cut 20 days before, at the last month
//   end on or before that). Months on book are never overstated, and no account is late before it existed. The
//   credit limit's one history row is dated opened_at: the data knows one limit.
// - Customer: "UCI client <ID>", national_id "UCI-<ID, 6 digits>", phone "+886-000-<ID, 6 digits>" (no Taiwanese
//   number starts 000, so it reaches no one), language ZH, birth_year 2005 - age (the age is as of 2005).
// - source_data keeps X2..X5 and Y: {"sex":2,"education":2,"marriage":1,"age":24,"defaultNextMonth":true}.
import { Prisma } from "@/lib/generated/prisma/client";
import { dpdOfRepaymentStatus, UCI_MONTHS, type UciRecord } from "./parse-uci-csv";

export const UCI_REGION = "TW";
export const UCI_CURRENCY = "TWD";
export const UCI_LANGUAGE = "ZH";
export const UCI_DPD_AS_OF = "2005-09-30";
const UCI_DUE_DAYS = 20;
const UCI_MINIMUM_DUE_SHARE = new Prisma.Decimal("0.10");

export interface UciStatement {
  /** Dates are calendar dates, "YYYY-MM-DD" (DATE columns). */
  cycleDate: string;
  dueDate: string;
  amountDue: Prisma.Decimal;
  minimumDue: Prisma.Decimal;
  amountPaid: Prisma.Decimal;
  paidDate: string | null;
  dpd: number;
}

export interface UciSourceData {
  sex: number;
  education: number;
  marriage: number;
  age: number;
  defaultNextMonth: boolean;
}

export interface UciAccount {
  /** The UCI ID, as account.external_ref. */
  externalRef: string;
  customer: { fullName: string; nationalId: string; phone: string; birthYear: number };
  openedAt: string;
  creditLimit: Prisma.Decimal;
  outstanding: Prisma.Decimal;
  overdueAmount: Prisma.Decimal;
  currentDpd: number;
  sourceData: UciSourceData;
  /** April..September 2005, oldest first. */
  statements: UciStatement[];
}

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** The cycle dates, month ends: "2005-04" -> 2005-04-30 (UTC midnight). */
const CYCLES = UCI_MONTHS.map((month) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));
const CYCLE_DATES = CYCLES.map(isoDate);
const DUE_DATES = CYCLES.map((cycle) => isoDate(addDays(cycle, UCI_DUE_DAYS)));

/** First day of the month of the bill that was `dpd` days past due on cycle date `cycle`. */
function oldestBillMonthStart(cycle: Date, dpd: number): string {
  const cutBy = dpd > 0 ? addDays(cycle, -dpd - UCI_DUE_DAYS) : cycle;
  const billCycle = addDays(cutBy, 1).getUTCDate() === 1 ? cutBy : new Date(Date.UTC(cutBy.getUTCFullYear(), cutBy.getUTCMonth(), 0));
  return isoDate(new Date(Date.UTC(billCycle.getUTCFullYear(), billCycle.getUTCMonth(), 1)));
}

/** OLDEST_BILL_MONTH_START[month index][status + 2], for every repayment status -2..9. */
const OLDEST_BILL_MONTH_START = CYCLES.map((cycle) =>
  Array.from({ length: 12 }, (_, i) => oldestBillMonthStart(cycle, dpdOfRepaymentStatus(i - 2))),
);

/** Whole days from the i-th due date to the j-th cycle date, for every pair of months. */
const DAYS_DUE_TO_CYCLE = DUE_DATES.map((due) => CYCLES.map((cycle) => Math.round((cycle.getTime() - Date.parse(due)) / DAY_MS)));

/** The paid date of the i-th bill (with a minimum to pay) that the statuses imply; see the comment at the top. */
function paidDateFromStatuses(record: UciRecord, i: number): string | null {
  if (i === record.months.length - 1) return null;
  let lastUnpaid = -1;
  for (let j = i + 1; j < record.months.length; j++) {
    if (record.months[j].dpd >= DAYS_DUE_TO_CYCLE[i][j]) lastUnpaid = j;
  }
  if (lastUnpaid === -1) return DUE_DATES[i];
  return lastUnpaid === record.months.length - 1 ? null : CYCLE_DATES[lastUnpaid + 1];
}

export function toUciAccount(record: UciRecord): UciAccount {
  const zero = new Prisma.Decimal(0);
  const statements = record.months.map((month, i): UciStatement => {
    const amountDue = month.billAmount.isNegative() ? zero : month.billAmount;
    const minimumDue = amountDue.times(UCI_MINIMUM_DUE_SHARE).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
    const amountPaid = record.months[i + 1]?.amountPaid ?? zero;
    const nothingDuePaidDate = amountPaid.gt(0) ? DUE_DATES[i] : null;
    const paidDate = minimumDue.gt(0) ? paidDateFromStatuses(record, i) : nothingDuePaidDate;
    return { cycleDate: CYCLE_DATES[i], dueDate: DUE_DATES[i], amountDue, minimumDue, amountPaid, paidDate, dpd: month.dpd };
  });
  const september = statements[statements.length - 1];
  // ISO dates order as text.
  const openedAt = record.months.map((m, i) => OLDEST_BILL_MONTH_START[i][m.repaymentStatus + 2]).reduce((a, b) => (a < b ? a : b));
  const padded = String(record.id).padStart(6, "0");
  return {
    externalRef: String(record.id),
    customer: {
      fullName: `UCI client ${record.id}`,
      nationalId: `UCI-${padded}`,
      phone: `+886-000-${padded}`,
      birthYear: 2005 - record.age,
    },
    openedAt,
    creditLimit: record.creditLimit,
    outstanding: september.amountDue,
    overdueAmount: september.dpd > 0 ? september.amountDue : zero,
    currentDpd: september.dpd,
    sourceData: {
      sex: record.sex,
      education: record.education,
      marriage: record.marriage,
      age: record.age,
      defaultNextMonth: record.defaultNextMonth,
    },
    statements,
  };
}
