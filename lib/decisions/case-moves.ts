// A decision's effect on its case: proposing puts it PENDING_APPROVAL with the proposer holding it, an approval
// closes it, a rejection hands it back to review (or to the appeal a rejected reversal answered), a warning or a
// dismissal closes it and an escalation leaves it ESCALATED for anyone senior. While another proposal still waits in
// the case, the case stays PENDING_APPROVAL: closing it would leave that proposal in a closed case.
import "server-only";
import type { Tx } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { CaseSnapshot } from "./audit-snapshots";

export interface CaseMove {
  before: CaseSnapshot;
  after: CaseSnapshot;
}

/**
 * Moves the open case `caseId` (a closed or missing one is left alone: null); bumps its version. One statement: the
 * CTE locks the case and reads it as it was, the UPDATE writes it (the caller holds the account's lock, so the
 * proposals counted cannot change meanwhile).
 */
export async function moveCase(tx: Tx, caseId: number | null, to: { status: CaseStatus; assigneeId?: number | null }, now: Date): Promise<CaseMove | null> {
  if (caseId === null) return null;
  const reassign = to.assigneeId !== undefined;
  const assigneeId = to.assigneeId ?? null;
  const [row] = await tx.$queryRaw<(CaseSnapshot & { beforeStatus: string; beforeAssigneeId: number | null; beforeVersion: number })[]>`
    WITH before AS (
      SELECT c.id, c.status, c.assignee_id, c.version,
        CASE WHEN EXISTS (SELECT 1 FROM decision d WHERE d.case_id = c.id AND d.status = 'PROPOSED')
          THEN 'PENDING_APPROVAL' ELSE ${to.status} END::"CaseStatus" AS next_status,
        ${reassign} AND ${assigneeId}::int IS DISTINCT FROM c.assignee_id AS reassigned
      FROM review_case c WHERE c.id = ${caseId} AND c.status <> 'CLOSED' FOR UPDATE OF c)
    UPDATE review_case c SET
      status = b.next_status,
      assignee_id = CASE WHEN b.reassigned THEN ${assigneeId}::int ELSE c.assignee_id END,
      claimed_at = CASE WHEN b.reassigned THEN (CASE WHEN ${assigneeId}::int IS NULL THEN NULL ELSE ${now}::timestamptz END) ELSE c.claimed_at END,
      closed_at = CASE WHEN b.next_status = 'CLOSED' THEN ${now}::timestamptz ELSE c.closed_at END,
      version = c.version + 1
    FROM before b WHERE c.id = b.id
    RETURNING c.id, c.status, c.assignee_id AS "assigneeId", c.version,
      b.status AS "beforeStatus", b.assignee_id AS "beforeAssigneeId", b.version AS "beforeVersion"`;
  if (!row) return null;
  return {
    before: { id: row.id, status: row.beforeStatus, assigneeId: row.beforeAssigneeId, version: row.beforeVersion },
    after: { id: row.id, status: row.status, assigneeId: row.assigneeId, version: row.version },
  };
}
