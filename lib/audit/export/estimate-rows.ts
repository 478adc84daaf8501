// The planner's estimate of how many events a filter matches: instant whatever the table's size, good enough
// for a progress bar (the exact count is in the manifest once the export is done).
import "server-only";
import type { AuditFilter } from "../audit-filter";
import { auditFilterSql } from "../audit-filter-sql";
import { withAuditClient } from "../audit-pool";

export async function estimateAuditEvents(filter: AuditFilter): Promise<number> {
  const where = auditFilterSql(filter);
  return withAuditClient(async (client) => {
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM audit_event WHERE ${where.text}`,
      where.values,
    );
    return Math.round(rows[0]["QUERY PLAN"][0].Plan["Plan Rows"]);
  });
}
