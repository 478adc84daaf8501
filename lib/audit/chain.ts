// The audit trail's hash chain, as pure functions: each event's hash is SHA-256 of the previous event's hash
// and the event's canonical content, so changing, removing or reordering any event breaks every hash after it.
import { createHash } from "node:crypto";

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
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("audit content cannot hold NaN or Infinity");
  return JSON.stringify(value);
}

export function eventHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}
