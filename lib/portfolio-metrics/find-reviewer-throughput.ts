// Reviewer throughput per officer (issue 7, team charts), for viewers with the permission reviewer:metrics only
// (MANAGER and ADMIN): the function itself refuses anyone else with AppError FORBIDDEN, so no caller can forget.
// Definitions: the cases CLOSED in the period (closed_at from the first day of `from` to the end of `to`, UTC; whole
// months, as this chart is not weekly). The officer who closed a case is the PROPOSER of the decision that closed it
// (the case's latest decision decided by closed_at that is not PROPOSED, REJECTED, CANCELLED or an ESCALATE, i.e. an
// approved proposal or a warning, dismissal or unfreeze), or, when no decision closed it, the case's assignee at
// close; with neither, officerId is null (one row). Time to decision: from the claim (claimed_at, when the case was
// claimed before that decision was made; otherwise opened_at) to the decision's proposed_at, in hours; the median
// is over the officer's closed cases that have a closing decision (null when none). Cases closed without a decision
// count in casesClosed only. Region and product are the case's snapshot (frozen at close). Officers are ordered by
// cases closed, most first. Served by the partial indexes review_case_closed_week and decision_case_decided.
import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { monthRange } from "./filters";
import { parseFilters, SqlWhere, type TeamMetricOptions } from "./team-where";

export interface ReviewerThroughputRow {
  officerId: number | null;
  name: string | null;
  casesClosed: number;
  /** Median hours from claim (or open) to the closing decision; null without a closing decision. */
  medianHoursToDecision: number | null;
}

export interface ReviewerThroughputOptions extends Omit<TeamMetricOptions, "now"> {
  /** The viewer's role: only roles with reviewer:metrics may see this. */
  viewerRole: Role | null | undefined;
}

export async function findReviewerThroughput({ viewerRole, filters, client = db }: ReviewerThroughputOptions): Promise<ReviewerThroughputRow[]> {
  if (!can(viewerRole, "reviewer:metrics")) throw new AppError("FORBIDDEN", "errors.forbidden");
  const f = parseFilters(filters);
  const where = new SqlWhere().add(`c.status = 'CLOSED'`).range("c.closed_at", monthRange(f)).segment(f, "c");
  return client.$queryRawUnsafe<ReviewerThroughputRow[]>(
    `SELECT w.officer_id AS "officerId", u.name, count(*)::int AS "casesClosed",
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY w.hours))::float8 AS "medianHoursToDecision"
     FROM (SELECT coalesce(d.proposer_id, c.assignee_id) AS officer_id,
                  extract(epoch FROM d.proposed_at -
                    CASE WHEN c.claimed_at IS NOT NULL AND c.claimed_at <= d.proposed_at THEN c.claimed_at ELSE c.opened_at END) / 3600 AS hours
           FROM review_case c
           LEFT JOIN LATERAL (
             SELECT d.proposer_id, d.proposed_at FROM decision d
             WHERE d.case_id = c.id AND d.decided_at <= c.closed_at AND d.kind <> 'ESCALATE'
               AND d.status NOT IN ('PROPOSED', 'REJECTED', 'CANCELLED')
             ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) d ON TRUE
           WHERE ${where.sql}) w
     LEFT JOIN app_user u ON u.id = w.officer_id
     GROUP BY w.officer_id, u.name
     ORDER BY 3 DESC, 1 NULLS LAST`,
    ...where.values,
  );
}
