// Walks the audit trail in seq order and recomputes every hash: reports either how many events verified and the
// head hash, or the first event that does not fit and why. Streams the rows in one
// read-only snapshot (a COPY, not Prisma batches): a million events verify in seconds, in constant memory.
// The walk starts after the latest archive checkpoint (archived partitions are gone, lib/audit/README.md) and
// also checks every published chain head (publish-chain-head.ts), so a rewrite of the whole history is found.
import "server-only";
import pg from "pg";
import type { Db } from "@/lib/db";
import { withAuditClient } from "./audit-pool";
import { chainHash, GENESIS_HASH } from "./chain";
import { copyTextRows } from "./copy-text-rows";
import { STORED_EVENT_COLUMNS, STORED_EVENT_SESSION, storedContentJson, type StoredEventRow } from "./stored-event";

/**
 * Why the chain breaks at badSeq: HASH_MISMATCH, the event's content was altered; BROKEN_LINK, its prev_hash is not
 * the previous event's hash (or it is out of place); MISSING_EVENT, events before it are missing (badSeq is the
 * first event after the gap); PUBLISHED_HEAD_MISMATCH, the published head at badSeq no longer matches, or the chain
 * now ends before it.
 */
export type ChainFailureReason = "HASH_MISMATCH" | "BROKEN_LINK" | "MISSING_EVENT" | "PUBLISHED_HEAD_MISMATCH";

export type ChainVerification =
  | {
      ok: true;
      /** Events walked (those after the archive checkpoint). */
      verified: number;
      /** The first event walked; null when there is none. */
      firstSeq: bigint | null;
      headSeq: bigint | null;
      headHash: string;
      /** The archive checkpoint the walk started from, if any partitions were archived. */
      anchorSeq: bigint | null;
      /** Published heads compared with the chain (heads inside archived partitions are compared with the checkpoint when they coincide). */
      publishedHeadsChecked: number;
    }
  | { ok: false; verified: number; badSeq: bigint; reason: ChainFailureReason; detail: string };

export interface VerifyOptions {
  /** Called every PROGRESS_EVERY events and at the end, with the number of events expected in all. */
  onProgress?: (verified: number, total: number) => void;
  /** Stop after this seq (publishChainHead verifies up to the head it is about to publish). */
  upTo?: bigint;
}

const PROGRESS_EVERY = 50_000;

/**
 * Verifies the chain. `source` may be a pg client (not inside a transaction: the walk opens its own) or, for
 * callers written before the streaming walk, the Prisma client, in which case a pooled pg connection is used.
 */
export async function verifyAuditChain(
  source?: Db | pg.ClientBase,
  options: VerifyOptions | VerifyOptions["onProgress"] = {},
): Promise<ChainVerification> {
  const opts = typeof options === "function" ? { onProgress: options } : options;
  if (source instanceof pg.Client || (source && "query" in source && !("$queryRaw" in source))) {
    return verifyOn(source as pg.ClientBase, opts);
  }
  return withAuditClient((client) => verifyOn(client, opts));
}

async function verifyOn(client: pg.ClientBase, { onProgress, upTo }: VerifyOptions): Promise<ChainVerification> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    await client.query(STORED_EVENT_SESSION);
    const result = await walk(client, onProgress, upTo);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function walk(client: pg.ClientBase, onProgress: VerifyOptions["onProgress"], upTo: bigint | undefined): Promise<ChainVerification> {
  const anchor = (
    await client.query<{ last_seq: string; last_hash: string; partition: string }>(
      "SELECT last_seq::text, last_hash, partition FROM audit_archive ORDER BY audit_archive.last_seq DESC LIMIT 1",
    )
  ).rows[0];
  const anchorSeq = anchor ? BigInt(anchor.last_seq) : BigInt(0);
  const [{ head }] = (await client.query<{ head: string | null }>("SELECT max(seq)::text AS head FROM audit_event")).rows;
  const lastSeq = upTo !== undefined && head !== null && upTo < BigInt(head) ? upTo : head === null ? null : BigInt(head);
  const total = lastSeq === null ? 0 : Math.max(0, Number(lastSeq - anchorSeq));

  // Published heads still to compare with the chain, by seq; those inside archived partitions against the checkpoints.
  const published = new Map<string, string>();
  let publishedHeadsChecked = 0;
  const heads = (await client.query<{ seq: string; hash: string }>("SELECT DISTINCT seq::text, hash FROM audit_chain_head")).rows;
  if (heads.length) {
    const checkpoints = new Map(
      (await client.query<{ last_seq: string; last_hash: string }>("SELECT last_seq::text, last_hash FROM audit_archive")).rows.map(
        (row) => [row.last_seq, row.last_hash],
      ),
    );
    for (const { seq, hash } of heads) {
      if (BigInt(seq) > anchorSeq) {
        if (published.has(seq) && published.get(seq) !== hash) {
          return headMismatch(0, BigInt(seq), published.get(seq)!, hash);
        }
        published.set(seq, hash);
      } else if (checkpoints.has(seq)) {
        if (checkpoints.get(seq) !== hash) return headMismatch(0, BigInt(seq), hash, checkpoints.get(seq)!);
        publishedHeadsChecked++;
      }
    }
  }

  const bound = upTo === undefined ? "" : `WHERE seq <= ${BigInt(upTo).toString()}`;
  let prevHash = anchor?.last_hash ?? GENESIS_HASH;
  let prevSeq = anchorSeq;
  let firstSeq: bigint | null = null;
  let verified = 0;
  // On a failure the rest of the COPY is read and dropped: the connection stays usable, and failures are rare.
  let failure: ChainVerification | null = null;
  for await (const batch of copyTextRows(client, `SELECT ${STORED_EVENT_COLUMNS} FROM audit_event ${bound} ORDER BY seq`)) {
    if (failure) continue;
    for (const cells of batch) {
      const row = cells as StoredEventRow;
      const seq = BigInt(row[0]);
      if (seq !== prevSeq + BigInt(1)) {
        failure =
          seq > prevSeq
            ? fail(verified, seq, "MISSING_EVENT", `events ${prevSeq + BigInt(1)} to ${seq - BigInt(1)} are missing before event ${seq}`)
            : fail(verified, seq, "BROKEN_LINK", `event ${seq} is out of place: it follows event ${prevSeq}`);
        break;
      }
      if (row[17] !== prevHash) {
        failure = fail(verified, seq, "BROKEN_LINK", `event ${seq} points to previous hash ${row[17]}, but event ${prevSeq} has ${prevHash}`);
        break;
      }
      const hash = chainHash(prevHash, storedContentJson(row));
      if (hash !== row[18]) {
        failure = fail(verified, seq, "HASH_MISMATCH", `event ${seq} was altered: its content hashes to ${hash}, the stored hash is ${row[18]}`);
        break;
      }
      const publishedHash = published.get(row[0]);
      if (publishedHash !== undefined) {
        if (publishedHash !== hash) {
          failure = headMismatch(verified, seq, publishedHash, hash);
          break;
        }
        published.delete(row[0]);
        publishedHeadsChecked++;
      }
      prevHash = hash;
      prevSeq = seq;
      firstSeq ??= seq;
      verified++;
      if (verified % PROGRESS_EVERY === 0) onProgress?.(verified, total);
    }
  }
  if (failure) return failure;
  // A published head beyond the end: the chain lost its latest events (unless the walk stopped early on purpose).
  // There is no event left to blame, so the head is reported.
  if (upTo === undefined) {
    for (const [seq, hash] of published) {
      if (BigInt(seq) > prevSeq) {
        return fail(verified, BigInt(seq), "PUBLISHED_HEAD_MISMATCH", `published head at seq ${seq} was ${hash}, the chain now ends at seq ${prevSeq}`);
      }
    }
  }
  onProgress?.(verified, total);
  return {
    ok: true,
    verified,
    firstSeq,
    headSeq: verified ? prevSeq : anchor ? anchorSeq : null,
    headHash: prevHash,
    anchorSeq: anchor ? anchorSeq : null,
    publishedHeadsChecked,
  };
}

function fail(verified: number, badSeq: bigint, reason: ChainFailureReason, detail: string): ChainVerification {
  return { ok: false, verified, badSeq, reason, detail };
}

function headMismatch(verified: number, seq: bigint, publishedHash: string, chainHashNow: string): ChainVerification {
  return fail(verified, seq, "PUBLISHED_HEAD_MISMATCH", `published head at seq ${seq} was ${publishedHash}, the chain now has ${chainHashNow}`);
}

export type ChainVerificationJson =
  | {
      ok: true;
      verified: number;
      firstSeq: string | null;
      headSeq: string | null;
      headHash: string;
      anchorSeq: string | null;
      publishedHeadsChecked: number;
    }
  | { ok: false; verified: number; badSeq: string; reason: ChainFailureReason; detail: string };

/** The result as JSON-safe values (seqs as strings), for the route, the CLI and audit events. */
export function chainVerificationJson(result: ChainVerification): ChainVerificationJson {
  return result.ok
    ? {
        ok: true as const,
        verified: result.verified,
        firstSeq: result.firstSeq?.toString() ?? null,
        headSeq: result.headSeq?.toString() ?? null,
        headHash: result.headHash,
        anchorSeq: result.anchorSeq?.toString() ?? null,
        publishedHeadsChecked: result.publishedHeadsChecked,
      }
    : { ok: false as const, verified: result.verified, badSeq: result.badSeq.toString(), reason: result.reason, detail: result.detail };
}

/** One line for people: "N events verified, head <hash>" or the first bad event and why. */
export function describeVerification(result: ChainVerification): string {
  if (!result.ok) return `Chain broken at event ${result.badSeq} (${result.reason}): ${result.detail}. ${result.verified} events verified before it.`;
  const anchored = result.anchorSeq === null ? "" : ` (after the archive checkpoint at seq ${result.anchorSeq})`;
  return `${result.verified} events verified${anchored}, head ${result.headHash}`;
}
