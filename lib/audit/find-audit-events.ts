// The explorer's page of audit events: newest first, filtered (./audit-filter.ts), keyset-paged on seq, each event
// whole (before/after, chain hashes) so the explorer can expand it without another read.
import "server-only";
import { db } from "@/lib/db";
import type { AuditContent } from "./chain";
import type { AuditFilter } from "./audit-filter";
import { auditFilterSql } from "./audit-filter-sql";

export const AUDIT_PAGE_SIZE = 50;

/** An event as the explorer shows it: the chain's content (ids and instants as text, no user agent) and its hashes. */
export type AuditEventView = Omit<AuditContent, "seq" | "occurredAt" | "userAgent"> & {
  seq: string;
  occurredAt: string;
  prevHash: string;
  hash: string;
};

export interface AuditEventsPage {
  events: AuditEventView[];
  /** The seq to pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export async function findAuditEvents(options: { filter: AuditFilter; before?: bigint; limit?: number }): Promise<AuditEventsPage> {
  const { filter, before, limit = AUDIT_PAGE_SIZE } = options;
  const rows = await db.$queryRaw<(Omit<AuditEventView, "seq" | "occurredAt"> & { seq: bigint; occurredAt: Date })[]>`
    SELECT seq, occurred_at AS "occurredAt", actor_id AS "actorId", actor_label AS "actorLabel", role, action,
      target_type AS "targetType", target_id AS "targetId", account_id AS "accountId", case_id AS "caseId",
      decision_id AS "decisionId", before, after, note, request_id AS "requestId", ip,
      prev_hash AS "prevHash", hash
    FROM audit_event
    WHERE ${auditFilterSql(filter)} AND seq < ${before ?? BigInt("9223372036854775807")}
    ORDER BY seq DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit).map((row) => ({ ...row, seq: row.seq.toString(), occurredAt: row.occurredAt.toISOString() }));
  return { events: page, nextBefore: rows.length > limit ? page[page.length - 1].seq : null };
}
