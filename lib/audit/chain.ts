// The audit trail's hash chain, as pure functions: each event's hash is SHA-256 of the previous event's hash
// and the event's canonical content, so changing, removing or reordering any event breaks every hash after it.
import { hash } from "node:crypto";
import { canonicalJson, type Json } from "./canonical-json";

export { canonicalJson, type Json };

export const GENESIS_HASH = "0".repeat(64);

/** What an audit event says; the chain covers every field, including the database timestamp. */
export interface AuditContent {
  seq: bigint;
  occurredAt: Date;
  actorId: number | null;
  actorLabel: string;
  role: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  accountId: number | null;
  caseId: number | null;
  decisionId: number | null;
  before: Json | null;
  after: Json | null;
  note: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export function eventHash(prevHash: string, content: AuditContent): string {
  return chainHash(prevHash, canonicalJson(content));
}

/** The hash of an event from the previous hash and the event's canonical JSON (for readers that build it themselves). */
export function chainHash(prevHash: string, contentJson: string): string {
  // One-shot hash of the same bytes as createHash().update(prevHash).update("\n").update(contentJson): faster per event.
  return hash("sha256", `${prevHash}\n${contentJson}`, "hex");
}
