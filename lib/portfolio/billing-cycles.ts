// The billing calendar of an account: the bill is cut on the same day every month and falls due 20 days later.
// Credit-line bills, cash-loan instalments and the delinquency chain all run on this one calendar, which is how
// a single "days past due" can describe the whole account.
import { dayOfMonth, monthIndexOf } from "./calendar";

export const DUE_AFTER_DAYS = 20;
/** Months of statements a credit-line account gets (fewer when it is younger). */
export const STATEMENT_MONTHS = 24;

export interface BillingCycles {
  /** Cycle dates with bills, oldest first: at most 24, after the opening day, on or before the last day. */
  cycleDays: number[];
  /** Cycle date of the k-th cycle, k counted from the first one (also beyond the last, for loan schedules). */
  cycleDay: (k: number) => number;
  dueDay: (k: number) => number;
  /** Where the first billing period starts: the opening day, or the cycle before the first when history is cut. */
  firstPeriodStart: number;
}

/** `lastDay`: the as-of date, or for a closed account the last day a bill could be cut. */
export function billingCycles(openedDay: number, lastDay: number, dayInMonth: number): BillingCycles {
  const lastMonth = monthIndexOf(lastDay) - (dayOfMonth(monthIndexOf(lastDay), dayInMonth) > lastDay ? 1 : 0);
  // The first bill comes at least a week after opening.
  const firstPossible = monthIndexOf(openedDay) + (dayOfMonth(monthIndexOf(openedDay), dayInMonth) >= openedDay + 7 ? 0 : 1);
  const firstMonth = Math.max(firstPossible, lastMonth - STATEMENT_MONTHS + 1);
  const cycleDay = (k: number) => dayOfMonth(firstMonth + k, dayInMonth);
  const cycleDays: number[] = [];
  for (let month = firstMonth; month <= lastMonth; month++) cycleDays.push(dayOfMonth(month, dayInMonth));
  return {
    cycleDays,
    cycleDay,
    dueDay: (k) => cycleDay(k) + DUE_AFTER_DAYS,
    firstPeriodStart: firstMonth === firstPossible ? openedDay : cycleDay(-1),
  };
}
