// Appends events to the audit trail inside the caller's transaction: every mutation calls this with the same
// transaction that writes its change, so the change and its record commit or vanish together.
// Appends are serialised by a transaction-scoped advisory lock taken just before the insert, so concurrent
// requests never fork the chain (and the primary key on seq would refuse a fork if one were ever attempted).
// Call it last in the transaction: the lock is held until commit. Audited transactions run at READ COMMITTED.
import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { eventHash, GENESIS_HASH, type AuditContent, type Json } from "./chain";

/** Arbitrary constant naming the audit chain's advisory lock. */
export const AUDIT_CHAIN_LOCK = 7_420_001;

/** Who is acting and from where; built once per request from the session and headers. */
export interface AuditActor {
  actorId: number | null;
  actorLabel: string;
  role: string | null;
  requestId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEventInput {
  action: string;
  targetType?: string;
  targetId?: string | number;
  accountId?: number;
  caseId?: number;
  decisionId?: number;
  before?: Json;
  after?: Json;
  note?: string;
}

/**
 * Appends `events` in order, as one INSERT after taking the chain's lock: the events of one transaction are gathered
 * while it works and appended as its last writes, so the lock (held until commit) is held as briefly as possible.
 */
export async function appendAuditEvents(tx: Tx, actor: AuditActor, events: AuditEventInput[]): Promise<{ seq: bigint; hash: string }[]> {
  if (events.length === 0) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const [head] = await tx.$queryRaw<{ seq: bigint | null; hash: string | null; now: Date }[]>`
    SELECT h.seq, h.hash, date_trunc('milliseconds', clock_timestamp()) AS now
    FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) h ON true`;
  let seq = head.seq ?? BigInt(0);
  let prevHash = head.hash ?? GENESIS_HASH;
  const appended: { seq: bigint; hash: string }[] = [];
  const rows = events.map((event) => {
    seq += BigInt(1);
    const c = auditContent(seq, head.now, actor, event);
    const hash = eventHash(prevHash, c);
    const row = Prisma.sql`(${c.seq}, ${c.occurredAt}::timestamptz, ${c.actorId}::int, ${c.actorLabel}, ${c.role}, ${c.action},
      ${c.targetType}, ${c.targetId}, ${c.accountId}::int, ${c.caseId}::int, ${c.decisionId}::int, ${jsonText(c.before)}::jsonb,
      ${jsonText(c.after)}::jsonb, ${c.note}, ${c.requestId}, ${c.ip}, ${c.userAgent}, ${prevHash}, ${hash})`;
    appended.push({ seq: c.seq, hash });
    prevHash = hash;
    return row;
  });
  // Raw SQL: Prisma's model API costs ~2 ms of client CPU per row, all of it while the chain's lock is held.
  await tx.$executeRaw`
    INSERT INTO audit_event (seq, occurred_at, actor_id, actor_label, role, action, target_type, target_id, account_id,
      case_id, decision_id, before, after, note, request_id, ip, user_agent, prev_hash, hash)
    VALUES ${Prisma.join(rows)}`;
  return appended;
}

export async function appendAuditEvent(tx: Tx, actor: AuditActor, event: AuditEventInput) {
  const [appended] = await appendAuditEvents(tx, actor, [event]);
  return appended;
}

const jsonText = (value: Json | null) => (value === null ? null : JSON.stringify(value));

/** What the chain records for an event appended at `seq` and `now` (shared with append-audit-event-pg.ts). */
export function auditContent(seq: bigint, now: Date, actor: AuditActor, event: AuditEventInput): AuditContent {
  return {
    seq,
    occurredAt: now,
    actorId: actor.actorId,
    actorLabel: actor.actorLabel,
    role: actor.role,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId === undefined ? null : String(event.targetId),
    accountId: event.accountId ?? null,
    caseId: event.caseId ?? null,
    decisionId: event.decisionId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    note: event.note ?? null,
    requestId: actor.requestId ?? null,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ?? null,
  };
}
