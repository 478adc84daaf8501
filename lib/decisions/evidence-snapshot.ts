// What a decision relied on, frozen at proposal into decision.evidence: the account's open flags (rule, severity,
// their evidence) and its figures as the proposer saw them. Flags' evidence changes with every evaluation and flags
// clear; the decision must still show, years later, what it was based on. The flags are read by the proposal's
// context statement (./proposal-context.ts) through openFlagsJson.
import "server-only";
import type { Json } from "@/lib/audit/chain";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LockedAccount } from "./locks";

export interface EvidenceSnapshot {
  flags: { id: string; rule: string; severity: string; evidence: Json; detectedAt: string }[];
  account: { status: string; creditLimit: string; outstanding: string; overdueAmount: string; currentDpd: number; dpdAsOf: string | null };
}

/** A scalar subquery: the account's open flags, oldest first, as a JSON array of EvidenceSnapshot["flags"]. */
export const openFlagsJson = (accountId: number) => Prisma.sql`(
  SELECT coalesce(json_agg(json_build_object('id', f.id::text, 'rule', f.rule_code::text, 'severity', f.severity::text, 'evidence', f.evidence,
    'detectedAt', to_char(f.detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY f.detected_at, f.id), '[]')
  FROM flag f WHERE f.account_id = ${accountId} AND f.cleared_at IS NULL)`;

export function evidenceSnapshot(account: LockedAccount, flags: EvidenceSnapshot["flags"]): EvidenceSnapshot {
  const { status, creditLimit, outstanding, overdueAmount, currentDpd, dpdAsOf } = account;
  return { flags, account: { status, creditLimit, outstanding, overdueAmount, currentDpd, dpdAsOf } };
}
