// What the decisions benchmark (./decisions.ts) works with: its officers (a maker and a checker each, kept under
// fixed bench e-mails so repeated runs reuse them), accounts sampled at random among those a freeze can be proposed
// on without touching the review queue (ACTIVE, no open case, nothing pending), and the reference: the bare INSERTs
// of a decision and its audit event, committed in one transaction through pg.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import { appendAuditEventPg } from "@/lib/audit/append-audit-event-pg";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { time } from "./timing";

export const BENCH_NOTE = "Benchmark (npm run bench): freeze while the account is checked.";

export interface BenchUser {
  id: number;
  actor: AuditActor;
}

export interface BenchOfficer {
  maker: BenchUser;
  checker: BenchUser;
}

async function benchUser(role: Role, name: string): Promise<BenchUser> {
  const email = `${name}@riskops.bench`;
  const user = await db.user.upsert({ where: { email }, create: { email, name, role }, update: { role, disabled: false }, select: { id: true } });
  return { id: user.id, actor: { actorId: user.id, actorLabel: email, role, requestId: null, ip: null, userAgent: "npm run bench" } };
}

export async function benchOfficers(count: number): Promise<BenchOfficer[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => ({
      maker: await benchUser("RISK_OFFICER", `bench-maker-${i + 1}`),
      checker: await benchUser("SENIOR_OFFICER", `bench-checker-${i + 1}`),
    })),
  );
}

export interface BenchAccount {
  id: number;
  version: number;
  creditLimit: string;
}

/** `count` distinct accounts at random (a Bernoulli sample of the table, shuffled), none with an open case or a pending decision. */
export async function sampleAccounts(client: pg.Client, total: number, count: number): Promise<BenchAccount[]> {
  const percent = Math.min(100, (100 * count * 10) / total);
  const { rows } = await client.query<BenchAccount>(
    `SELECT a.id, a.version, a.credit_limit::text AS "creditLimit" FROM account a TABLESAMPLE BERNOULLI ($1)
     WHERE a.status = 'ACTIVE'
       AND NOT EXISTS (SELECT 1 FROM review_case c WHERE c.account_id = a.id AND c.status <> 'CLOSED')
       AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.account_id = a.id AND d.status IN ('PROPOSED', 'APPROVED', 'SCHEDULED'))
     ORDER BY random() LIMIT $2`,
    [percent, count],
  );
  if (rows.length < count) throw new Error(`Only ${rows.length} of the ${count} accounts the benchmark needs are ACTIVE with no open case.`);
  return rows;
}

/** The account the reference rows are written to, so they stay off the sampled customers' records. */
export async function referenceAccount(client: pg.Client): Promise<number> {
  const found = await client.query<{ id: number }>(`SELECT id FROM account WHERE source = 'DEMO' AND external_ref = 'bench-reference'`);
  if (found.rows[0]) return found.rows[0].id;
  const { rows } = await client.query<{ id: number }>(
    `WITH c AS (INSERT INTO customer (full_name, national_id, phone) VALUES ('Bench Reference', 'bench-reference', '00000000000') RETURNING id)
     INSERT INTO account (customer_id, external_ref, region, credit_limit, opened_at) SELECT id, 'bench-reference', 'BENCH', 1000, '2020-01-01' FROM c
     RETURNING id`,
  );
  return rows[0].id;
}

/**
 * One timed reference commit: a decision row like a proposal's (kept REJECTED, so it never counts as pending) and
 * its audit event, written with plain INSERTs through pg in one transaction. The event is appended with the chain's
 * own discipline (lib/audit/append-audit-event-pg.ts: advisory lock, head, hash), since other writers may be
 * appending and a reference that forked the chain would be no reference. The decision id is drawn before the clock.
 */
export async function timeReferenceInsert(client: pg.Client, accountId: number, user: BenchUser, evidence: unknown): Promise<number> {
  const { rows: [{ id }] } = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('decision', 'id'))::int AS id`);
  return time(async () => {
    await client.query("BEGIN");
    try {
      await client.query(
        `INSERT INTO decision (id, account_id, kind, params, reason_codes, note, status, proposer_id, decided_at, decision_note, evidence, idempotency_key)
         VALUES ($1, $2, 'FREEZE', $3, $4, $5, 'REJECTED', $6, now(), 'benchmark reference row', $7, $8)`,
        [id, accountId, { freezeUntil: "2099-01-01", noticeChannel: "APP" }, ["UNDER_INVESTIGATION"], BENCH_NOTE, user.id, evidence, randomUUID()],
      );
      await appendAuditEventPg(client, { ...user.actor, requestId: randomUUID() }, {
        action: "bench.reference",
        targetType: "decision",
        targetId: id,
        accountId,
        decisionId: id,
        after: { decision: { id, kind: "FREEZE", status: "REJECTED" } },
        note: BENCH_NOTE,
      });
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
