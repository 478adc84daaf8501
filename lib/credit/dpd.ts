// Days past due as domain.md defines it: the days since the due date of the oldest amount still unpaid on the
// given day. An amount counts as paid from its paid date on; on its due date itself it is not yet past due.
// Two flavours over the same rule: day numbers (the portfolio generator, millions of calls) and calendar dates
// "YYYY-MM-DD" (data read from DATE columns, e.g. the account page).

export interface Obligation {
  dueDay: number;
  /** Day it was paid (a bill: at least its minimum; an instalment: in full); null while unpaid. */
  paidDay: number | null;
}

export function dpdOn(obligations: readonly Obligation[], day: number): number {
  let oldestDue = Infinity;
  for (const { dueDay, paidDay } of obligations) {
    if (dueDay < day && (paidDay === null || paidDay > day) && dueDay < oldestDue) oldestDue = dueDay;
  }
  return oldestDue === Infinity ? 0 : day - oldestDue;
}

export interface DatedObligation {
  /** "YYYY-MM-DD" */
  dueDate: string;
  /** "YYYY-MM-DD", or null while unpaid. */
  paidDate: string | null;
}

const MS_PER_DAY = 86_400_000;

/** "2026-03-05" -> days since 1970-01-01 (UTC); throws on anything else, so a bad date never yields a silent NaN. */
export function dayNumber(date: string): number {
  const time = Date.parse(`${date}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) throw new RangeError(`not a calendar date: ${date}`);
  return time / MS_PER_DAY;
}

export const dateOfDayNumber = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export function toObligations(dated: readonly DatedObligation[]): Obligation[] {
  return dated.map((o) => ({ dueDay: dayNumber(o.dueDate), paidDay: o.paidDate === null ? null : dayNumber(o.paidDate) }));
}

/** dpdOn for calendar dates. */
export const dpdOnDate = (obligations: readonly DatedObligation[], date: string) => dpdOn(toObligations(obligations), dayNumber(date));
