// Archiving of old audit months (`npm run audit:archive -- --before YYYY-MM`, lib/audit/README.md): each monthly
// partition wholly before that month, oldest first, is verified, exported to a CSV file with a manifest, recorded as
// an archive checkpoint (audit_archive: first/last seq, last hash, file SHA-256), then detached and dropped, all
// recorded in the chain ("audit.archive"). Only a prefix of the chain can go: a partition is refused while an
// event outside it has a lower seq. Verification then anchors on the latest checkpoint.
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { AuditActor } from "./append-audit-event";
import { appendAuditEventPg } from "./append-audit-event-pg";
import { exportAuditEvents } from "./export/export-audit-events";
import { describeVerification, verifyAuditChain } from "./verify-chain";

export interface ArchivedPartition {
  partition: string;
  rangeFrom: string;
  rangeTo: string;
  eventCount: number;
  firstSeq: string | null;
  lastSeq: string | null;
  firstPrevHash: string | null;
  lastHash: string | null;
  file: string | null;
  fileSha256: string | null;
  byteCount: number;
}

const MONTHLY = /^audit_event_(\d{4})_(\d{2})$/;

/** The monthly partitions, oldest first, with their UTC month ranges. */
export async function listAuditPartitions(client: pg.ClientBase) {
  const { rows } = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname`,
  );
  return rows.flatMap(({ relname }) => {
    const match = MONTHLY.exec(relname);
    if (!match) return [];
    const [year, month] = [Number(match[1]), Number(match[2])];
    return [{ partition: relname, from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 1)) }];
  });
}

/** Creates the partitions of this month and the next `monthsAhead` (the DEFAULT partition catches anything else). */
export async function ensureAuditPartitions(client: pg.ClientBase, monthsAhead = 2): Promise<string[]> {
  const { rows } = await client.query<{ part: string | null }>(
    `SELECT audit_event_ensure_partition((date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i))::date) AS part
     FROM generate_series(0, $1::int) AS i`,
    [monthsAhead],
  );
  return rows.flatMap((row) => (row.part ? [row.part] : []));
}

export interface ArchiveOptions {
  /** "YYYY-MM": partitions of months before this one are archived. */
  before: string;
  /** Where the CSV files and manifests go. */
  dir: string;
  actor: AuditActor;
}

/** Archives the partitions before `before`. `client` must not be in a transaction. */
export async function archiveAuditPartitions(client: pg.ClientBase, { before, dir, actor }: ArchiveOptions): Promise<ArchivedPartition[]> {
  const match = /^(\d{4})-(\d{2})$/.exec(before);
  if (!match) throw new Error(`--before must be a month as YYYY-MM, not ${before}`);
  const cutoff = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  if (cutoff > new Date()) throw new Error("cannot archive the current month or later");
  await fs.mkdir(dir, { recursive: true });
  const archived: ArchivedPartition[] = [];
  for (const { partition, from, to } of await listAuditPartitions(client)) {
    if (to > cutoff) break;
    archived.push(await archivePartition(client, partition, from, to, dir, actor));
  }
  return archived;
}

async function archivePartition(client: pg.ClientBase, partition: string, from: Date, to: Date, dir: string, actor: AuditActor): Promise<ArchivedPartition> {
  const ends = (
    await client.query<{ n: string; first_seq: string | null; last_seq: string | null; first_prev: string | null; last_hash: string | null; lower_outside: boolean }>(
      `SELECT count(*)::text AS n, min(seq)::text AS first_seq, max(seq)::text AS last_seq,
         (SELECT prev_hash FROM ${partition} ORDER BY seq LIMIT 1) AS first_prev,
         (SELECT hash FROM ${partition} ORDER BY seq DESC LIMIT 1) AS last_hash,
         EXISTS (SELECT 1 FROM audit_event e WHERE e.seq < (SELECT max(seq) FROM ${partition}) AND e.tableoid <> '${partition}'::regclass) AS lower_outside
       FROM ${partition}`,
    )
  ).rows[0];
  const base = { partition, rangeFrom: from.toISOString(), rangeTo: to.toISOString() };
  if (ends.n === "0") {
    await client.query(`ALTER TABLE audit_event DETACH PARTITION ${partition}`);
    await client.query(`DROP TABLE ${partition}`);
    return { ...base, eventCount: 0, firstSeq: null, lastSeq: null, firstPrevHash: null, lastHash: null, file: null, fileSha256: null, byteCount: 0 };
  }
  if (ends.lower_outside) throw new Error(`${partition} is not the oldest part of the chain: events outside it come before its last event`);
  const lastSeq = BigInt(ends.last_seq!);
  // The events up to this partition's last one must verify (from the previous checkpoint): a checkpoint vouches for them.
  const verification = await verifyAuditChain(client, { upTo: lastSeq });
  if (!verification.ok) throw new Error(`not archiving ${partition}: ${describeVerification(verification)}`);

  const file = path.join(dir, `${partition}.csv`);
  const stats = await exportAuditEvents(client, { filter: {}, format: "csv" }, createWriteStream(file), { table: partition });
  const record: ArchivedPartition = {
    ...base,
    eventCount: stats.rowCount,
    firstSeq: ends.first_seq,
    lastSeq: ends.last_seq,
    firstPrevHash: ends.first_prev,
    lastHash: ends.last_hash,
    file: path.resolve(file),
    fileSha256: stats.sha256,
    byteCount: stats.byteCount,
  };
  const manifestFile = `${file}.manifest.json`;
  await fs.writeFile(manifestFile, `${JSON.stringify({ ...record, format: "csv", archivedBy: actor.actorLabel }, null, 2)}\n`);

  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO audit_archive (partition, range_from, range_to, event_count, first_seq, last_seq, first_prev_hash, last_hash, file, file_sha256, manifest_file, archived_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [partition, from, to, stats.rowCount, ends.first_seq, ends.last_seq, ends.first_prev, ends.last_hash, record.file, stats.sha256, path.resolve(manifestFile), actor.actorLabel],
    );
    await client.query(`ALTER TABLE audit_event DETACH PARTITION ${partition}`);
    await client.query(`DROP TABLE ${partition}`);
    await appendAuditEventPg(client, actor, { action: "audit.archive", targetType: "audit_partition", targetId: partition, after: { ...record } });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return record;
}
