// Appends one event to the audit trail inside the caller's transaction: every mutation calls this with the
// same transaction that writes its change, so the change and its record commit or vanish together.
// Appends are serialised by a transaction-scoped advisory lock taken just before the insert, so concurrent
// requests never fork the chain (and the primary key on seq would refuse a fork if one were ever attempted).
// Call it last in the transaction: the lock is held until commit. Audited transactions run at READ COMMITTED.
import "server-only";
import type { Tx } from "@/lib/db";
import { eventHash, GENESIS_HASH, type AuditContent, type Json } from "./chain";

/** Arbitrary constant naming the audit chain's advisory lock. */
const AUDIT_CHAIN_LOCK = 7_420_001;

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

export async function appendAuditEvent(tx: Tx, actor: AuditActor, event: AuditEventInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const [head] = await tx.$queryRaw<{ seq: bigint | null; hash: string | null; now: Date }[]>`
    SELECT h.seq, h.hash, date_trunc('milliseconds', clock_timestamp()) AS now
    FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) h ON true`;
  const content: AuditContent = {
    seq: (head.seq ?? BigInt(0)) + BigInt(1),
    occurredAt: head.now,
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
  const prevHash = head.hash ?? GENESIS_HASH;
  const hash = eventHash(prevHash, content);
  await tx.auditEvent.create({
    data: {
      ...content,
      before: content.before ?? undefined,
      after: content.after ?? undefined,
      prevHash,
      hash,
    },
  });
  return { seq: content.seq, hash };
}
