// An account's overdue episodes: each run of consecutive statements cut while the account was past due (DPD > 0
// at the cycle date), plus the account's state now. Pure. Definitions (shown to officers, keep in step with the UI):
// - start: the due date of the oldest amount unpaid when the run began (first statement's cycle date - its DPD).
// - worst DPD: the highest DPD seen at the run's cycle dates, and at dpd_as_of while the episode is open; so it is
//   the figure the chart and the SEVERE_OVERDUE rule see, not a day-by-day maximum between cycle dates.
// - amount: what was overdue at that worst point: the minimum dues of the bills and the cash-loan instalments that
//   were past due and unpaid on that date (the account's overdue_amount, as of that date).
// - cured: the first day after the run's last past-due cycle date on which nothing was past due any more (from the
//   paid dates), at the latest the next statement's cycle date; null while the episode is open.
import { bucketOf, type Bucket } from "@/lib/credit/buckets";
import { dateOfDayNumber, dayNumber, dpdOn, toObligations, type Obligation } from "@/lib/credit/dpd";
import { centsToDecimal, toCents } from "@/lib/rules/money";

export interface EpisodeStatement {
  /** "YYYY-MM-DD" */
  cycleDate: string;
  dpd: number;
}

/** An amount that fell due: a bill's minimum or an instalment. Dates "YYYY-MM-DD", amount a decimal string (0.00: nothing owed). */
export interface OwedItem {
  dueDate: string;
  paidDate: string | null;
  amount: string;
}

export interface AccountNow {
  currentDpd: number;
  /** "YYYY-MM-DD"; null when the account's DPD was never computed. */
  dpdAsOf: string | null;
}

export interface OverdueEpisode {
  start: string;
  worstDpd: number;
  worstBucket: Bucket;
  /** The date of the worst point: a cycle date, or dpd_as_of. */
  worstOn: string;
  /** Decimal string. */
  amount: string;
  curedOn: string | null;
  /** Statements cut during the episode. */
  statementCount: number;
}

interface Point {
  day: number;
  dpd: number;
  /** False for the account-now point. */
  statement: boolean;
}

function overdueOn(items: readonly { obligation: Obligation; cents: bigint }[], day: number): string {
  let cents = BigInt(0);
  for (const { obligation, cents: amount } of items) {
    if (obligation.dueDay < day && (obligation.paidDay === null || obligation.paidDay > day)) cents += amount;
  }
  return centsToDecimal(cents);
}

/** Episodes newest first. `statements` in any order. */
export function overdueEpisodes(statements: readonly EpisodeStatement[], owed: readonly OwedItem[], now: AccountNow): OverdueEpisode[] {
  // Nothing to pay (a bill with a 0.00 minimum) is never past due.
  const items = owed.filter((item) => toCents(item.amount) > BigInt(0)).map((item) => ({
    obligation: toObligations([item])[0],
    cents: toCents(item.amount),
  }));
  const obligations = items.map((item) => item.obligation);
  const points: Point[] = statements
    .map((s) => ({ day: dayNumber(s.cycleDate), dpd: s.dpd, statement: true }))
    .sort((a, b) => a.day - b.day);
  const asOf = now.dpdAsOf === null ? null : dayNumber(now.dpdAsOf);
  // The account now is the last point when it is later than the last statement.
  const last = points[points.length - 1];
  const withNow = asOf !== null && (!last || asOf > last.day) ? [...points, { day: asOf, dpd: now.currentDpd, statement: false }] : points;

  const episodes: OverdueEpisode[] = [];
  let i = 0;
  while (i < withNow.length) {
    if (withNow[i].dpd === 0) {
      i++;
      continue;
    }
    let j = i;
    let worst = withNow[i];
    while (j + 1 < withNow.length && withNow[j + 1].dpd > 0) {
      j++;
      if (withNow[j].dpd > worst.dpd) worst = withNow[j];
    }
    const next = withNow[j + 1];
    episodes.push({
      start: dateOfDayNumber(withNow[i].day - withNow[i].dpd),
      worstDpd: worst.dpd,
      worstBucket: bucketOf(worst.dpd),
      worstOn: dateOfDayNumber(worst.day),
      amount: overdueOn(items, worst.day),
      curedOn: next ? dateOfDayNumber(cureDay(obligations, withNow[j].day, next.day)) : null,
      statementCount: withNow.slice(i, j + 1).filter((p) => p.statement).length,
    });
    i = j + 1;
  }
  return episodes.reverse();
}

/** The first day in (after, until] with nothing past due; `until` (a point with DPD 0) when the data cannot tell. */
function cureDay(obligations: readonly Obligation[], after: number, until: number): number {
  const candidates = obligations
    .map((o) => o.paidDay)
    .filter((day): day is number => day !== null && day > after && day < until)
    .sort((a, b) => a - b);
  return candidates.find((day) => dpdOn(obligations, day) === 0) ?? until;
}
