// Approval and rejection rates per week (issue 7, team charts): how the checkers answer the makers.
// Definitions: the proposals (kinds that need a senior officer's approval: CLOSE, REDUCE_LIMIT, FREEZE, REVERSE)
// decided in a week (decided_at in the week, Monday 00:00 UTC). Approved: status APPROVED, SCHEDULED, EFFECTIVE or
// REVERSED (reversed after its approval); rejected: REJECTED. Proposals still pending or cancelled have no decision
// and do not count. approvalRate = approved / (approved + rejected), rejectionRate = rejected / (approved +
// rejected), null in a week with no decided proposal. Immediate decisions (warn, dismiss, ...) have no checker and do
// not count. Region and product are the account's now. Served by the partial index decision_decided_at.
import "server-only";
import { db } from "@/lib/db";
import { PROPOSAL_KINDS } from "@/lib/decisions/state-machine";
import { accountJoin, parseFilters, rateOf, SqlWhere, type TeamMetricOptions } from "./team-where";
import { weekRange } from "./team-weeks";

export interface ApprovalWeekRow {
  week: string;
  approved: number;
  rejected: number;
  approvalRate: number | null;
  rejectionRate: number | null;
}

export async function findApprovalRatesByWeek({ filters, client = db }: Omit<TeamMetricOptions, "now"> = {}): Promise<ApprovalWeekRow[]> {
  const f = parseFilters(filters);
  const where = new SqlWhere().add(`d.decided_at IS NOT NULL`).range("d.decided_at", weekRange(f)).segment(f, "a");
  where.add(`d.kind::text = ANY(${where.param([...PROPOSAL_KINDS])}::text[])`);
  where.add(`d.status IN ('APPROVED', 'SCHEDULED', 'EFFECTIVE', 'REVERSED', 'REJECTED')`);
  const rows = await client.$queryRawUnsafe<{ week: string; approved: number; rejected: number }[]>(
    `SELECT to_char(date_trunc('week', d.decided_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            count(*) FILTER (WHERE d.status <> 'REJECTED')::int AS approved,
            count(*) FILTER (WHERE d.status = 'REJECTED')::int AS rejected
     FROM decision d ${accountJoin(f)} WHERE ${where.sql}
     GROUP BY 1 ORDER BY 1`,
    ...where.values,
  );
  return rows.map((row) => ({
    ...row,
    approvalRate: rateOf(row.approved, row.approved + row.rejected),
    rejectionRate: rateOf(row.rejected, row.approved + row.rejected),
  }));
}
