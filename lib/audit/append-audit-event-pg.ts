// appendAuditEvent for code that works on a pg connection rather than Prisma (the archiver, which detaches
// partitions and records the archive in the same transaction): the same lock, head, content and hash.
import type pg from "pg";
import { AUDIT_CHAIN_LOCK, auditContent, type AuditActor, type AuditEventInput } from "./append-audit-event";
import { eventHash, GENESIS_HASH } from "./chain";

/** Appends inside the transaction `client` is in; call it last, as the lock is held until commit. */
export async function appendAuditEventPg(client: pg.ClientBase, actor: AuditActor, event: AuditEventInput) {
  await client.query("SELECT pg_advisory_xact_lock($1)", [AUDIT_CHAIN_LOCK]);
  const { rows } = await client.query<{ seq: string | null; hash: string | null; now: Date }>(
    `SELECT h.seq::text, h.hash, date_trunc('milliseconds', clock_timestamp()) AS now
     FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) h ON true`,
  );
  const content = auditContent(BigInt(rows[0].seq ?? 0) + BigInt(1), rows[0].now, actor, event);
  const prevHash = rows[0].hash ?? GENESIS_HASH;
  const hash = eventHash(prevHash, content);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await client.query(
    `INSERT INTO audit_event (seq, occurred_at, actor_id, actor_label, role, action, target_type, target_id, account_id, case_id,
       decision_id, before, after, note, request_id, ip, user_agent, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      content.seq.toString(),
      content.occurredAt,
      content.actorId,
      content.actorLabel,
      content.role,
      content.action,
      content.targetType,
      content.targetId,
      content.accountId,
      content.caseId,
      content.decisionId,
      json(content.before),
      json(content.after),
      content.note,
      content.requestId,
      content.ip,
      content.userAgent,
      prevHash,
      hash,
    ],
  );
  return { seq: content.seq, hash };
}
