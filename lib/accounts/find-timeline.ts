// The account's timeline (server-only): one stream, newest first, of missed bills, flags raised and cleared, the
// case opened, claimed, released, assigned and closed, notes, decisions, notices, appeals and limit changes.
// One statement: a UNION ALL of one subquery per table (only the kinds asked for), each reading the account's
// rows through its account_id index, applying the keyset predicate (at, key) < cursor and keeping its own newest
// limit + 1, so the merge sorts at most (tables x (limit + 1)) rows whatever the account's history.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIMELINE_KINDS, TIMELINE_PAGE_SIZE, timelinePage, type TimelineCursor, type TimelineKind, type TimelinePage, type TimelineRow } from "./timeline";

export interface FindTimelineOptions {
  /** The account whose history is read. */
  accountId: number;
  /** Only entries of these kinds; every kind when absent or empty. */
  kinds?: readonly TimelineKind[];
  /** Only entries older than this one: the previous page's `nextCursor`, decoded (./timeline.ts). */
  before?: TimelineCursor;
  /** Entries per page. */
  limit?: number;
}

/** Each kind's subqueries, yielding (at timestamptz, key text, details jsonb) for the account `id`. */
const SOURCES: Record<TimelineKind, (id: number) => Prisma.Sql[]> = {
  // A bill is missed when its minimum was not paid by the due date; known once the data reach past that date.
  STATEMENT: (id) => [Prisma.sql`
    SELECT s.due_date::timestamp AT TIME ZONE 'UTC' AS at, 'statement:' || s.id AS key,
      jsonb_build_object('kind', 'STATEMENT', 'event', 'MISSED', 'statementId', s.id::text,
        'cycleDate', to_char(s.cycle_date, 'YYYY-MM-DD'), 'dueDate', to_char(s.due_date, 'YYYY-MM-DD'),
        'minimumDue', s.minimum_due::text, 'amountPaid', s.amount_paid::text,
        'paidDate', to_char(s.paid_date, 'YYYY-MM-DD'), 'currency', a.currency) AS details
    FROM statement s JOIN account a ON a.id = s.account_id
    WHERE s.account_id = ${id} AND s.minimum_due > 0 AND (s.paid_date IS NULL OR s.paid_date > s.due_date)
      AND s.due_date < coalesce(a.dpd_as_of, current_date)`],
  FLAG: (id) => [Prisma.sql`
    SELECT e.at, 'flag:' || f.id || ':' || lower(e.event) AS key,
      jsonb_build_object('kind', 'FLAG', 'event', e.event, 'flagId', f.id::text, 'rule', f.rule_code,
        'severity', f.severity, 'ruleVersion', f.rule_version) AS details
    FROM flag f CROSS JOIN LATERAL (VALUES ('RAISED', f.detected_at), ('CLEARED', f.cleared_at)) e(event, at)
    WHERE f.account_id = ${id} AND e.at IS NOT NULL`],
  CASE: (id) => [
    Prisma.sql`
    SELECT e.at, 'case:' || c.id || ':' || lower(e.event) AS key,
      jsonb_build_object('kind', 'CASE', 'event', e.event, 'caseId', c.id, 'actor', NULL, 'assignee', NULL) AS details
    FROM review_case c CROSS JOIN LATERAL (VALUES ('OPENED', c.opened_at), ('CLOSED', c.closed_at)) e(event, at)
    WHERE c.account_id = ${id} AND e.at IS NOT NULL`,
    // Claims, releases and assignments are recorded only in the audit trail (lib/queue/mutations.ts).
    Prisma.sql`
    SELECT ae.occurred_at AS at, 'audit:' || ae.seq AS key,
      jsonb_build_object('kind', 'CASE', 'event', CASE ae.action WHEN 'case.claim' THEN 'CLAIMED'
          WHEN 'case.release' THEN 'RELEASED' ELSE 'ASSIGNED' END,
        'caseId', ae.case_id, 'actor', coalesce(actor.name, ae.actor_label), 'assignee', assignee.name) AS details
    FROM audit_event ae
      LEFT JOIN app_user actor ON actor.id = ae.actor_id
      LEFT JOIN app_user assignee ON assignee.id = (ae.after ->> 'assigneeId')::int
    WHERE ae.account_id = ${id} AND ae.action IN ('case.claim', 'case.release', 'case.assign') AND ae.case_id IS NOT NULL`,
  ],
  NOTE: (id) => [Prisma.sql`
    SELECT n.created_at AS at, 'note:' || n.id AS key,
      jsonb_build_object('kind', 'NOTE', 'event', 'ADDED', 'noteId', n.id, 'author', u.name,
        'excerpt', left(n.body, 200), 'correctsNoteId', n.corrects_note_id) AS details
    FROM note n JOIN app_user u ON u.id = n.author_id
    WHERE n.account_id = ${id}`],
  // Proposed, then decided (approved, whatever happened after; rejected; cancelled), then in effect.
  DECISION: (id) => [Prisma.sql`
    SELECT e.at, 'decision:' || d.id || ':' || lower(e.event) AS key,
      jsonb_build_object('kind', 'DECISION', 'event', e.event, 'decisionId', d.id, 'decisionKind', d.kind,
        'by', e.by, 'reversesDecisionId', d.reverses_decision_id) AS details
    FROM decision d
      JOIN app_user proposer ON proposer.id = d.proposer_id
      LEFT JOIN app_user approver ON approver.id = d.approver_id
      CROSS JOIN LATERAL (VALUES
        ('PROPOSED', d.proposed_at, proposer.name),
        (CASE d.status WHEN 'PROPOSED' THEN NULL WHEN 'REJECTED' THEN 'REJECTED' WHEN 'CANCELLED' THEN 'CANCELLED'
           ELSE 'APPROVED' END, d.decided_at, approver.name),
        ('EFFECTIVE', CASE WHEN d.status IN ('EFFECTIVE', 'REVERSED') THEN d.effective_at END, NULL)
      ) e(event, at, by)
    WHERE d.account_id = ${id} AND e.event IS NOT NULL AND e.at IS NOT NULL`],
  NOTICE: (id) => [Prisma.sql`
    SELECT n.sent_at AS at, 'notice:' || n.id AS key,
      jsonb_build_object('kind', 'NOTICE', 'event', 'SENT', 'noticeId', n.id, 'template', n.template,
        'channel', n.channel, 'decisionId', n.decision_id) AS details
    FROM customer_notice n
    WHERE n.account_id = ${id}`],
  APPEAL: (id) => [Prisma.sql`
    SELECT ap.received_at AS at, 'appeal:' || ap.id AS key,
      jsonb_build_object('kind', 'APPEAL', 'event', 'RECEIVED', 'appealId', ap.id, 'channel', ap.channel,
        'status', ap.status, 'decisionId', ap.decision_id) AS details
    FROM appeal ap
    WHERE ap.account_id = ${id}`],
  LIMIT: (id) => [Prisma.sql`
    SELECT l.changed_at AS at, 'limit:' || l.id AS key,
      jsonb_build_object('kind', 'LIMIT', 'event', 'CHANGED', 'changeId', l.id::text,
        'previousAmount', l.previous_amount::text, 'amount', l.amount::text, 'currency', a.currency,
        'reason', l.reason, 'by', u.name) AS details
    FROM credit_limit_change l JOIN account a ON a.id = l.account_id LEFT JOIN app_user u ON u.id = l.changed_by_id
    WHERE l.account_id = ${id}`],
};

/** The timeline's statement: the newest `limit` + 1 entries of the kinds asked for, older than `before`. */
export function timelineSql(options: FindTimelineOptions): Prisma.Sql {
  const { accountId, before, limit = TIMELINE_PAGE_SIZE } = options;
  const kinds = options.kinds?.length ? TIMELINE_KINDS.filter((kind) => options.kinds?.includes(kind)) : TIMELINE_KINDS;
  const older = before
    ? Prisma.sql`(t.at < ${before.at}::timestamptz OR (t.at = ${before.at}::timestamptz AND t.key COLLATE "C" < ${before.key}))`
    : Prisma.sql`true`;
  const parts = kinds.flatMap((kind) => SOURCES[kind](accountId)).map(
    (source) => Prisma.sql`(SELECT t.at, t.key, t.details FROM (${source}) t WHERE ${older}
      ORDER BY t.at DESC, t.key COLLATE "C" DESC LIMIT ${limit + 1})`,
  );
  return Prisma.sql`
    SELECT m.at, m.key, m.details FROM (${Prisma.join(parts, " UNION ALL ")}) m
    ORDER BY m.at DESC, m.key COLLATE "C" DESC LIMIT ${limit + 1}`;
}

/** A page of the account's timeline; null when there is no such account. */
export async function findTimeline(options: FindTimelineOptions): Promise<TimelinePage | null> {
  const [account, rows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT id FROM account WHERE id = ${options.accountId}`,
    db.$queryRaw<TimelineRow[]>(timelineSql(options)),
  ]);
  return account.length === 0 ? null : timelinePage(rows, options.limit ?? TIMELINE_PAGE_SIZE);
}
