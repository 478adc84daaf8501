// The audit primitive against a real PostgreSQL: the chain stays linear under concurrent appends from many
// connections, a rolled-back transaction leaves no event, the triggers refuse changes, and tampering is found.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { appendAuditEvent, type AuditActor } from "./append-audit-event";
import { verifyAuditChain } from "./verify-chain";

const actor: AuditActor = { actorId: null, actorLabel: "test:audit", role: null, requestId: "req-test", ip: "127.0.0.1" };

afterAll(() => db.$disconnect());

describe("appendAuditEvent", () => {
  it("keeps one unbroken chain under 200 concurrent appends", async () => {
    const before = await db.auditEvent.count();
    // 200 transactions queue for 10 pooled connections: allow them longer than Prisma's 2 s default to start,
    // and wait for every one to settle so none spills into the next test.
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        db.$transaction(
          (tx) => appendAuditEvent(tx, actor, { action: "test.concurrent", targetType: "test", targetId: i, after: { i, text: "并发 ✓" } }),
          { maxWait: 60_000, timeout: 60_000 },
        ),
      ),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await db.auditEvent.count()).toBe(before + 200);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: true, verified: before + 200 });
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await appendAuditEvent(tx, actor, { action: "test.rolled_back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEvent.count()).toBe(before);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("is append-only: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    await db.$transaction((tx) => appendAuditEvent(tx, actor, { action: "test.immutable" }));
    await expect(db.$executeRawUnsafe(`UPDATE audit_event SET note = 'x' WHERE action = 'test.immutable'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_event WHERE action = 'test.immutable'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it("finds an event altered by a superuser who bypassed the triggers, at that event", async () => {
    const { seq } = await db.$transaction((tx) => appendAuditEvent(tx, actor, { action: "test.tamper", note: "original" }));
    await db.$transaction((tx) => appendAuditEvent(tx, actor, { action: "test.after_tamper" }));
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica"); // superuser-only: skips ordinary triggers
      await client.query("UPDATE audit_event SET note = 'forged' WHERE seq = $1", [seq.toString()]);
      await client.query("COMMIT");
      const result = await verifyAuditChain(db);
      expect(result).toMatchObject({ ok: false, badSeq: seq, reason: "HASH_MISMATCH" });
    } finally {
      // Put the original text back so the shared test database's chain verifies again for later tests.
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("UPDATE audit_event SET note = 'original' WHERE seq = $1", [seq.toString()]);
      await client.query("COMMIT");
      await client.end();
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
