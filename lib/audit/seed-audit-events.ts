// Appends synthetic but valid audit events fast, for benchmarks and load tests (`npm run seed:audit`): hashes are
// computed here, chained after the current head, and the rows COPYed in, all under the same advisory lock as
// appendAuditEvent, so real appends simply wait and then continue the chain. Timestamps run from the head (or
// the start of the current month, whichever is later) up to now, in seq order, so they land in this month's partition.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { AUDIT_CHAIN_LOCK } from "./append-audit-event";
import { eventHash, GENESIS_HASH, type AuditContent, type Json } from "./chain";

const ACTORS = [
  { actorId: null, actorLabel: "system:rules", role: null },
  { actorId: 9_001, actorLabel: "officer1@riskops.test", role: "RISK_OFFICER" },
  { actorId: 9_002, actorLabel: "officer2@riskops.test", role: "RISK_OFFICER" },
  { actorId: 9_003, actorLabel: "senior@riskops.test", role: "SENIOR_OFFICER" },
  { actorId: 9_004, actorLabel: "compliance@riskops.test", role: "COMPLIANCE" },
];
const ACTIONS = ["rules.evaluate_account", "case.claim", "case.release", "note.add", "decision.propose", "decision.approve", "customer.unmask"];
const NOTES = [null, null, null, "claimed for review", "客户已联系，承诺下周还款", "limit reduced after review, see evidence", "=HYPERLINK(\"x\")"];

/** PostgreSQL COPY text format: backslash, tab, newline and CR escaped, NULL as \N. */
function copyText(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

function syntheticEvent(i: number, seq: bigint, occurredAt: Date): AuditContent {
  const actor = ACTORS[i % ACTORS.length];
  const action = ACTIONS[i % ACTIONS.length];
  const accountId = 1 + (i % 50_000);
  const caseId = action === "rules.evaluate_account" ? null : 1 + (i % 20_000);
  const before: Json = { status: "IN_REVIEW", assigneeId: null, limit: "12000.00" };
  const after: Json = { status: i % 3 === 0 ? "PENDING_APPROVAL" : "IN_REVIEW", assigneeId: actor.actorId, limit: "9000.00", flags: ["CASH_OUT", "HIGH_UTILISATION"] };
  return {
    seq,
    occurredAt,
    ...actor,
    action,
    targetType: caseId === null ? "account" : "case",
    targetId: String(caseId ?? accountId),
    accountId,
    caseId,
    decisionId: action.startsWith("decision.") ? 1 + (i % 5_000) : null,
    before,
    after,
    note: NOTES[i % NOTES.length],
    requestId: `seed-${seq}`,
    ip: "10.0.0.1",
    userAgent: "riskops-seed/1.0",
  };
}

function copyLine(content: AuditContent, prevHash: string, hash: string): string {
  return (
    [
      content.seq.toString(),
      content.occurredAt.toISOString(),
      content.actorId,
      content.actorLabel,
      content.role,
      content.action,
      content.targetType,
      content.targetId,
      content.accountId,
      content.caseId,
      content.decisionId,
      content.before === null ? null : JSON.stringify(content.before),
      content.after === null ? null : JSON.stringify(content.after),
      content.note,
      content.requestId,
      content.ip,
      content.userAgent,
      prevHash,
      hash,
    ]
      .map(copyText)
      .join("\t") + "\n"
  );
}

/**
 * Appends `count` events after the head, in transactions of `batch` events each, so that the lock real appends
 * wait for is held for about a second at a time. Returns the new head. `client` must not be in a transaction.
 */
export async function seedAuditEvents(
  client: pg.ClientBase,
  count: number,
  { batch = 10_000, span }: { batch?: number; /** Spread the events' timestamps over this span instead (tests of archiving). */ span?: { from: Date; to: Date } } = {},
): Promise<{ headSeq: bigint; headHash: string }> {
  let head = { headSeq: BigInt(0), headHash: GENESIS_HASH };
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    const part = span && {
      from: new Date(span.from.getTime() + ((span.to.getTime() - span.from.getTime()) * done) / count),
      to: new Date(span.from.getTime() + ((span.to.getTime() - span.from.getTime()) * (done + size)) / count),
    };
    head = await seedBatch(client, size, done, part);
  }
  return head;
}

async function seedBatch(client: pg.ClientBase, count: number, offset: number, span?: { from: Date; to: Date }): Promise<{ headSeq: bigint; headHash: string }> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [AUDIT_CHAIN_LOCK]);
    const { rows } = await client.query<{ seq: string | null; hash: string | null; at: Date | null; month_start: Date; now: Date }>(
      `SELECT h.seq::text, h.hash, h.occurred_at AS at,
              date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS month_start,
              date_trunc('milliseconds', clock_timestamp()) AS now
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash, occurred_at FROM audit_event ORDER BY seq DESC LIMIT 1) h ON true`,
    );
    const head = rows[0];
    const end = span ? span.to.getTime() : head.now.getTime();
    const start = span ? span.from.getTime() : Math.max(head.at?.getTime() ?? 0, head.month_start.getTime(), end - 86_400_000);
    const step = (end - start) / count;
    let seq = BigInt(head.seq ?? 0);
    let prevHash = head.hash ?? GENESIS_HASH;
    const copy = client.query(copyFrom(
      "COPY audit_event (seq, occurred_at, actor_id, actor_label, role, action, target_type, target_id, account_id, case_id, decision_id, before, after, note, request_id, ip, user_agent, prev_hash, hash) FROM STDIN",
    ));
    const finished = new Promise<void>((resolve, reject) => {
      copy.on("finish", resolve);
      copy.on("error", reject);
    });
    let lines = "";
    for (let i = 0; i < count; i++) {
      seq += BigInt(1);
      const content = syntheticEvent(offset + i, seq, new Date(Math.floor(start + step * (i + 1))));
      const hash = eventHash(prevHash, content);
      lines += copyLine(content, prevHash, hash);
      prevHash = hash;
      if (lines.length > 1 << 20 || i === count - 1) {
        if (!copy.write(lines)) await new Promise((resolve) => copy.once("drain", resolve));
        lines = "";
      }
    }
    copy.end();
    await finished;
    await client.query("COMMIT");
    return { headSeq: seq, headHash: prevHash };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
