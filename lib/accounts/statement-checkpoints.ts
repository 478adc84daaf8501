// "DPD at due + 30 / 60 / 90" for each statement: the ACCOUNT's days past due (domain.md: days since the due date
// of the oldest amount still unpaid) on the 30th, 60th and 90th day after the statement's due date. It answers
// "how far behind was the customer a month, two, three after this bill", whichever amount was the oldest unpaid.
// Pure: the amounts owed come from the statements (a bill is owed when its minimum is above 0, paid when at least
// the minimum was) and the cash-loan instalments. A checkpoint after the account's dpd_as_of is not known yet: null.
import { dateOfDayNumber, dayNumber, dpdOn, toObligations, type DatedObligation, type Obligation } from "@/lib/credit/dpd";

export const CHECKPOINT_DAYS = [30, 60, 90] as const;
export type CheckpointDays = (typeof CHECKPOINT_DAYS)[number];

export interface Checkpoint {
  afterDays: CheckpointDays;
  /** "YYYY-MM-DD": the statement's due date + afterDays. */
  date: string;
  /** The account's DPD on that date; null when the date is after the account's dpd_as_of. */
  dpd: number | null;
}

export interface OwedBill extends DatedObligation {
  /** Decimal string; a bill with nothing to pay (0.00) owes nothing and is never past due. */
  minimumDue: string;
}

const isZero = (amount: string) => /^-?0*(\.0*)?$/.test(amount);

/** Every amount the account owed: bills with a minimum to pay, and the cash-loan instalments. */
export function owedAmounts(bills: readonly OwedBill[], instalments: readonly DatedObligation[]): Obligation[] {
  return toObligations([...bills.filter((bill) => !isZero(bill.minimumDue)), ...instalments]);
}

/** The three checkpoints of a statement due on `dueDate`, given all the amounts the account owed. */
export function statementCheckpoints(dueDate: string, owed: readonly Obligation[], dpdAsOf: string | null): Checkpoint[] {
  const due = dayNumber(dueDate);
  const asOf = dpdAsOf === null ? -Infinity : dayNumber(dpdAsOf);
  return CHECKPOINT_DAYS.map((afterDays) => {
    const day = due + afterDays;
    return { afterDays, date: dateOfDayNumber(day), dpd: day > asOf ? null : dpdOn(owed, day) };
  });
}
