// Tampering, published heads and archiving, on a private database of its own (created from the migrations and
// dropped afterwards): these tests disable triggers, forge history and drop partitions, which a shared database
// must never see. Events live in two old months and the current one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { prepareDatabase, siblingDatabaseUrl } from "@/scripts/prepare-database";
import { archiveAuditPartitions, listAuditPartitions } from "./archive-partitions";
import { chainHash } from "./chain";
import { publishChainHead } from "./publish-chain-head";
import { seedAuditEvents } from "./seed-audit-events";
import { STORED_EVENT_COLUMNS, storedContentJson, type StoredEventRow, RAW_TEXT_TYPES } from "./stored-event";
import { verifyAuditChain } from "./verify-chain";

const DATABASE = `riskops_audit_integrity_${process.pid}`;
const url = siblingDatabaseUrl(databaseUrl(), DATABASE);
let client: pg.Client;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-archive-"));

/** Runs `sql` with the append-only triggers bypassed, as a superuser could. */
async function asSuperuser(sql: string, values: unknown[] = []) {
  await client.query("BEGIN");
  await client.query("SET LOCAL session_replication_role = replica");
  await client.query(sql, values);
  await client.query("COMMIT");
}

async function storedRow(seq: number): Promise<StoredEventRow> {
  const { rows } = await client.query<StoredEventRow>({ text: `SELECT ${STORED_EVENT_COLUMNS} FROM audit_event WHERE seq = $1`, values: [seq], rowMode: "array", types: RAW_TEXT_TYPES });
  return rows[0];
}

beforeAll(async () => {
  await prepareDatabase(url, { fresh: true });
  client = new pg.Client({ connectionString: url, options: UTC_SESSION });
  await client.connect();
  await client.query("SELECT audit_event_ensure_partition('2026-08-01'), audit_event_ensure_partition('2026-09-01')");
  await seedAuditEvents(client, 300, { batch: 100, span: { from: new Date("2026-08-02T00:00:00Z"), to: new Date("2026-08-30T00:00:00Z") } });
  await seedAuditEvents(client, 300, { batch: 100, span: { from: new Date("2026-09-02T00:00:00Z"), to: new Date("2026-09-30T00:00:00Z") } });
  await seedAuditEvents(client, 100);
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl(), "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("verifyAuditChain", () => {
  it("verifies events spread over three monthly partitions", async () => {
    expect(await verifyAuditChain(client)).toMatchObject({ ok: true, verified: 700, firstSeq: BigInt(1), headSeq: BigInt(700) });
  });

  it("finds a row altered with the triggers disabled, at that row", async () => {
    const original = await storedRow(123);
    await client.query("ALTER TABLE audit_event DISABLE TRIGGER USER");
    try {
      await client.query("UPDATE audit_event SET note = 'forged' WHERE seq = 123");
      expect(await verifyAuditChain(client)).toMatchObject({ ok: false, badSeq: BigInt(123), reason: "HASH_MISMATCH", verified: 122 });
      await client.query("UPDATE audit_event SET note = $1 WHERE seq = 123", [original[13]]);
    } finally {
      await client.query("ALTER TABLE audit_event ENABLE TRIGGER USER");
    }
    expect((await verifyAuditChain(client)).ok).toBe(true);
  });

  it("finds an altered row whose own hash was recomputed: the next row's link breaks", async () => {
    const original = await storedRow(400);
    const forged = [...original] as StoredEventRow;
    forged[13] = "forged, hash recomputed";
    await asSuperuser("UPDATE audit_event SET note = $1, hash = $2 WHERE seq = 400", [forged[13], chainHash(forged[17], storedContentJson(forged))]);
    expect(await verifyAuditChain(client)).toMatchObject({ ok: false, badSeq: BigInt(401), reason: "BROKEN_LINK" });
    await asSuperuser("UPDATE audit_event SET note = $1, hash = $2 WHERE seq = 400", [original[13], original[18]]);
    expect((await verifyAuditChain(client)).ok).toBe(true);
  });

  it("finds a deleted row", async () => {
    await asSuperuser("CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE seq = 650");
    await asSuperuser("DELETE FROM audit_event WHERE seq = 650");
    expect(await verifyAuditChain(client)).toMatchObject({ ok: false, badSeq: BigInt(651), reason: "MISSING_EVENT", verified: 649 });
    await asSuperuser("INSERT INTO audit_event SELECT * FROM kept");
    await client.query("DROP TABLE kept");
    expect((await verifyAuditChain(client)).ok).toBe(true);
  });
});

describe("published chain heads", () => {
  it("publishes a verified head, to the table and the head file", async () => {
    const headFile = path.join(dir, "heads.ndjson");
    const result = await publishChainHead({ client, headFile });
    expect(result).toMatchObject({ ok: true, head: { seq: BigInt(700), eventCount: 700 } });
    const line = JSON.parse(fs.readFileSync(headFile, "utf8").trim());
    expect(line).toMatchObject({ seq: "700", eventCount: 700 });
    expect((await verifyAuditChain(client)).ok && (await verifyAuditChain(client))).toMatchObject({ publishedHeadsChecked: 1 });
  });

  it("detects a rewrite of the history up to the head (every hash recomputed)", async () => {
    const original = await storedRow(700);
    const forged = [...original] as StoredEventRow;
    forged[13] = "rewritten";
    await asSuperuser("UPDATE audit_event SET note = $1, hash = $2 WHERE seq = 700", [forged[13], chainHash(forged[17], storedContentJson(forged))]);
    const result = await verifyAuditChain(client);
    expect(result).toMatchObject({ ok: false, badSeq: BigInt(700), reason: "PUBLISHED_HEAD_MISMATCH" });
    expect(!result.ok && result.detail).toMatch(/^published head at seq 700 was [0-9a-f]{64}, the chain now has [0-9a-f]{64}$/);
    await asSuperuser("UPDATE audit_event SET note = $1, hash = $2 WHERE seq = 700", [original[13], original[18]]);
  });

  it("detects the loss of the events up to a published head", async () => {
    await asSuperuser("CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE seq >= 699");
    await asSuperuser("DELETE FROM audit_event WHERE seq >= 699");
    const result = await verifyAuditChain(client);
    expect(result).toMatchObject({ ok: false, badSeq: BigInt(700), reason: "PUBLISHED_HEAD_MISMATCH" });
    expect(!result.ok && result.detail).toMatch(/^published head at seq 700 was [0-9a-f]{64}, the chain now ends at seq 698$/);
    await asSuperuser("INSERT INTO audit_event SELECT * FROM kept");
    await client.query("DROP TABLE kept");
    expect((await verifyAuditChain(client)).ok).toBe(true);
  });
});

describe("archiving monthly partitions", () => {
  it("archives the months before the cut-off to CSV files with checkpoints, and what remains still verifies", async () => {
    const actor = { actorId: null, actorLabel: "system:audit-archive", role: null };
    const archived = await archiveAuditPartitions(client, { before: "2026-10", dir, actor });
    expect(archived.map((a) => [a.partition, a.eventCount, a.firstSeq, a.lastSeq])).toEqual([
      ["audit_event_2026_08", 300, "1", "300"],
      ["audit_event_2026_09", 300, "301", "600"],
    ]);
    for (const a of archived) {
      const bytes = fs.readFileSync(a.file!);
      expect((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex")).toBe(a.fileSha256);
      expect(bytes.toString("utf8").split("\r\n")).toHaveLength(a.eventCount + 2); // header, rows, and the empty tail
      expect(JSON.parse(fs.readFileSync(`${a.file}.manifest.json`, "utf8"))).toMatchObject({ partition: a.partition, lastHash: a.lastHash });
    }
    const { rows } = await client.query("SELECT partition, last_seq::text, last_hash FROM audit_archive ORDER BY last_seq");
    expect(rows).toEqual(archived.map((a) => ({ partition: a.partition, last_seq: a.lastSeq, last_hash: a.lastHash })));
    expect((await listAuditPartitions(client)).map((p) => p.partition)).not.toContain("audit_event_2026_08");
    // 100 seeded events, then the two archive events.
    const result = await verifyAuditChain(client);
    expect(result).toMatchObject({ ok: true, verified: 102, firstSeq: BigInt(601), anchorSeq: BigInt(600), headSeq: BigInt(702) });
  });

  it("refuses to archive a partition that is not the oldest part of the chain", async () => {
    await client.query("SELECT audit_event_ensure_partition('2026-07-01')");
    await asSuperuser(
      `INSERT INTO audit_event (seq, occurred_at, actor_label, action, prev_hash, hash) VALUES (100000, '2026-07-15T00:00:00Z', 'x', 'x', $1, $1)`,
      ["0".repeat(64)],
    );
    const actor = { actorId: null, actorLabel: "system:audit-archive", role: null };
    await expect(archiveAuditPartitions(client, { before: "2026-08", dir, actor })).rejects.toThrow(/not the oldest part of the chain/);
  });
});
