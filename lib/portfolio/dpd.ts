// Days past due as domain.md defines it: the days since the due date of the oldest amount still unpaid on the
// given day. An amount counts as paid from its paid date on; on its due date itself it is not yet past due.

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
