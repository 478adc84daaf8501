// Decisions per week by kind (issue 7, team charts).
// Definitions: a decision counts in the week (Monday 00:00 UTC) of its proposed_at, the moment the officer made it:
// proposed for the kinds that need approval (CLOSE, REDUCE_LIMIT, FREEZE, REVERSE), taken for the immediate ones
// (WARN, DISMISS, ESCALATE, UNFREEZE). Every status counts except CANCELLED (withdrawn by the proposer): a rejected
// proposal is still a decision the team made. Region and product are the decision's account's now. Weeks and kinds
// with nothing are left out. Served by the index decision_proposed_at, the account joined by its key only when filtering.
import "server-only";
import { db } from "@/lib/db";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { accountJoin, parseFilters, SqlWhere, type TeamMetricOptions } from "./team-where";
import { weekRange } from "./team-weeks";

export interface DecisionWeekRow {
  week: string;
  kind: DecisionKind;
  decisions: number;
}

export async function findDecisionsByWeek({ filters, client = db }: Omit<TeamMetricOptions, "now"> = {}): Promise<DecisionWeekRow[]> {
  const f = parseFilters(filters);
  const where = new SqlWhere().add(`d.status <> 'CANCELLED'`).range("d.proposed_at", weekRange(f)).segment(f, "a");
  return client.$queryRawUnsafe<DecisionWeekRow[]>(
    `SELECT to_char(date_trunc('week', d.proposed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, d.kind::text AS kind,
            count(*)::int AS decisions
     FROM decision d ${accountJoin(f)} WHERE ${where.sql}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    ...where.values,
  );
}
