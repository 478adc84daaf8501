// A fingerprint of everything a server action could write: row count and an order-free hash of the rows of each
// table the actions touch, and the audit trail's length and last sequence number. Two equal fingerprints around a
// refused call prove it wrote nothing (no insert, update or delete), whatever table the action would have touched.
import { db } from "@/lib/db";

/** Tables written by some server action or its mutations (audit_event is append-only: count and last seq). */
const TABLES = [
  "account",
  "customer",
  "review_case",
  "decision",
  "note",
  "appeal",
  "customer_notice",
  "credit_limit_change",
  "blacklist_entry",
  "external_report",
  "flag",
  "app_user",
] as const;

export type Fingerprint = Record<string, string>;

export async function dbFingerprint(): Promise<Fingerprint> {
  const parts = TABLES.map((table) => `SELECT '${table}' AS name, count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text AS print FROM ${table} t`);
  parts.push(`SELECT 'audit_event', count(*)::text || ':' || coalesce(max(seq), 0)::text FROM audit_event`);
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}
