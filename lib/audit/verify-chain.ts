// Walks the audit trail in order and recomputes every hash: reports either how many events verified and the
// head hash, or the first event that does not fit (altered content, broken link, or a missing event).
import "server-only";
import type { Db } from "@/lib/db";
import { eventHash, GENESIS_HASH, type AuditContent } from "./chain";

export type ChainVerification =
  | { ok: true; verified: number; headSeq: bigint | null; headHash: string }
  | { ok: false; verified: number; badSeq: bigint; reason: "HASH_MISMATCH" | "BROKEN_LINK" | "MISSING_EVENT" };

const BATCH = 5000;

type Row = AuditContent & { prevHash: string; hash: string };

export async function verifyAuditChain(db: Db, onProgress?: (verified: number) => void): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let prevSeq = BigInt(0);
  let verified = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { seq: { gt: prevSeq } }, orderBy: { seq: "asc" }, take: BATCH });
    for (const row of rows as Row[]) {
      if (row.seq !== prevSeq + BigInt(1)) return { ok: false, verified, badSeq: row.seq, reason: "MISSING_EVENT" };
      if (row.prevHash !== prevHash) return { ok: false, verified, badSeq: row.seq, reason: "BROKEN_LINK" };
      const { prevHash: _stored, hash, ...content } = row;
      if (eventHash(prevHash, content) !== hash) return { ok: false, verified, badSeq: row.seq, reason: "HASH_MISMATCH" };
      prevHash = hash;
      prevSeq = row.seq;
      verified++;
    }
    onProgress?.(verified);
    if (rows.length < BATCH) break;
  }
  return { ok: true, verified, headSeq: verified ? prevSeq : null, headHash: prevHash };
}
