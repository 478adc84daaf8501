// SLA met versus breached per week (issue 7, team charts).
// Definitions: a case closed in a week (closed_at in the week, Monday 00:00 UTC) MET its SLA when closed_at <=
// due_at and BREACHED it otherwise. In the current week (the week holding `now`) the cases still open whose due_at
// has passed (due_at < now) are counted as breached too, reported apart as `openPastDue` and included in `breached`:
// a case left open past its due date is a breach now, not only when someone closes it. They count in the current
// week only (once), and only when that week is in the period. Region and product are the case's snapshot of its
// account (frozen at close). A CLOSED case without closed_at (every close writes one) counts nowhere. Weeks with
// nothing are left out. Closed cases are read from team_case_week, kept by
// triggers on review_case (migration team_case_week): scanning every closed case takes seconds once there are a
// million; open cases past due through the partial index review_case_queue_due.
import "server-only";
import { db } from "@/lib/db";
import { parseFilters, SqlWhere, type TeamMetricOptions } from "./team-where";
import { weekRange, weekStart, weekText } from "./team-weeks";

export interface SlaWeekRow {
  week: string;
  /** Cases closed that week by their due time. */
  met: number;
  /** Cases closed that week after their due time, plus openPastDue. */
  breached: number;
  /** Open cases past due, in the current week only (else 0). */
  openPastDue: number;
}

export async function findSlaByWeek({ filters, client = db, now = new Date() }: TeamMetricOptions = {}): Promise<SlaWeekRow[]> {
  const f = parseFilters(filters);
  const range = weekRange(f);
  const closed = new SqlWhere().segment(f, "t");
  if (range.start) closed.add(`t.week >= ${closed.param(range.start)}::date`);
  if (range.end) closed.add(`t.week < ${closed.param(range.end)}::date`);
  const closedRows = await client.$queryRawUnsafe<{ week: string; met: number; breached: number }[]>(
    `SELECT to_char(t.week, 'YYYY-MM-DD') AS week, sum(t.met)::int AS met, sum(t.breached)::int AS breached
     FROM team_case_week t WHERE ${closed.sql} GROUP BY t.week HAVING sum(t.met) <> 0 OR sum(t.breached) <> 0`,
    ...closed.values,
  );
  const rows = new Map(closedRows.map((row) => [row.week, { ...row, openPastDue: 0 }]));

  const current = weekStart(now);
  const inPeriod = (!range.start || current >= range.start) && (!range.end || current < range.end);
  if (inPeriod) {
    const open = new SqlWhere().add(`c.status <> 'CLOSED'`).segment(f, "c");
    open.add(`c.due_at < ${open.param(now)}::timestamptz`);
    const [{ cases }] = await client.$queryRawUnsafe<{ cases: number }[]>(`SELECT count(*)::int AS cases FROM review_case c WHERE ${open.sql}`, ...open.values);
    if (cases > 0) {
      const week = weekText(current);
      const row = rows.get(week) ?? { week, met: 0, breached: 0, openPastDue: 0 };
      rows.set(week, { ...row, breached: row.breached + cases, openPastDue: cases });
    }
  }
  return [...rows.values()].sort((a, b) => a.week.localeCompare(b.week));
}
