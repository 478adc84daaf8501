// Publishes the chain's head: verifies the whole chain first (so a published head is a verified one), then records
// (seq, hash, event count) in audit_chain_head and, when AUDIT_HEAD_FILE is set, appends it as a JSON line to that
// file, a copy kept outside the database. Verification compares every published head with the chain, so rewriting
// the whole history (recomputing every hash) no longer goes unnoticed. Scheduled at start and hourly.
import "server-only";
import fs from "node:fs/promises";
import type pg from "pg";
import { withAuditClient } from "./audit-pool";
import { verifyAuditChain, type ChainVerification } from "./verify-chain";

export interface PublishedHead {
  seq: bigint;
  hash: string;
  eventCount: number;
  publishedAt: Date;
}

export type PublishResult =
  | { ok: true; head: PublishedHead | null }
  | { ok: false; verification: Extract<ChainVerification, { ok: false }> };

export interface PublishOptions {
  /** Where to append the head as a JSON line; defaults to AUDIT_HEAD_FILE (none when unset). */
  headFile?: string | null;
  /** A connection to use (not in a transaction); a pooled one by default. */
  client?: pg.ClientBase;
}

export async function publishChainHead({ headFile = process.env.AUDIT_HEAD_FILE || null, client }: PublishOptions = {}): Promise<PublishResult> {
  if (!client) return withAuditClient((pooled) => publishChainHead({ headFile, client: pooled }));
  const verification = await verifyAuditChain(client);
  if (!verification.ok) return { ok: false, verification };
  if (verification.headSeq === null) return { ok: true, head: null };
  const { headSeq, headHash, verified } = verification;
  const { rows } = await client.query<{ published_at: Date }>(
    "INSERT INTO audit_chain_head (seq, hash, event_count) VALUES ($1, $2, $3) RETURNING published_at",
    [headSeq.toString(), headHash, verified],
  );
  const head: PublishedHead = { seq: headSeq, hash: headHash, eventCount: verified, publishedAt: rows[0].published_at };
  if (headFile) {
    const line = { publishedAt: head.publishedAt.toISOString(), seq: head.seq.toString(), hash: head.hash, eventCount: head.eventCount };
    await fs.appendFile(headFile, `${JSON.stringify(line)}\n`, "utf8");
  }
  return { ok: true, head };
}

/** The latest published heads, newest first (for the explorer's verification panel). */
export async function findPublishedHeads(limit = 5): Promise<PublishedHead[]> {
  return withAuditClient(async (client) => {
    const { rows } = await client.query<{ seq: string; hash: string; event_count: string; published_at: Date }>(
      "SELECT seq::text, hash, event_count::text, published_at FROM audit_chain_head ORDER BY id DESC LIMIT $1",
      [limit],
    );
    return rows.map((row) => ({ seq: BigInt(row.seq), hash: row.hash, eventCount: Number(row.event_count), publishedAt: row.published_at }));
  });
}
