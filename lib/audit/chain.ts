// The audit trail's hash chain, as pure functions: each event's hash is SHA-256 of the previous event's hash
// and the event's canonical content, so changing, removing or reordering any event breaks every hash after it.
import { hash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

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

/** JSON with object keys sorted at every level, so equal values always serialise to the same text. */
export function canonicalJson(value: unknown): string {
  // Written for speed (verification runs it on every event): no intermediate arrays of entries. Keys sort by UTF-16
  // code units, which is what Array.prototype.sort does without a comparator.
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error("audit content cannot hold NaN or Infinity");
      return JSON.stringify(value);
    case "bigint":
      return JSON.stringify(value.toString());
  }
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + canonicalJson(value[i]);
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = "{";
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

export function eventHash(prevHash: string, content: AuditContent): string {
  return chainHash(prevHash, canonicalJson(content));
}

/** The hash of an event from the previous hash and the event's canonical JSON (for readers that build it themselves). */
export function chainHash(prevHash: string, contentJson: string): string {
  // One-shot hash of the same bytes as createHash().update(prevHash).update("\n").update(contentJson): faster per event.
  return hash("sha256", `${prevHash}\n${contentJson}`, "hex");
}
