// Every flag of an account with its evidence and the rows behind it (server-only): the purchases and merchants of
// CASH_OUT, the bureau events of MULTI_LENDING, the limit applications of LIMIT_APPLICATION_BURST, the contact events
// of CONTACT_LOST, plus the account's latest contact and app events. Flags come through flag(account_id, detected_at);
// the rows behind them in one query per table by primary key (ANY(ids)), also scoped to the account so evidence can
// never pull in another account's rows.
import "server-only";
import { db } from "@/lib/db";
import type {
  ApplicationOutcome,
  BureauEventKind,
  Channel,
  ContactEventKind,
  RuleCode,
  Severity,
} from "@/lib/generated/prisma/enums";
import { utcIso } from "@/lib/queue/queue-sql";
import { evidenceRowIds, parseEvidence, summaryOf, type RuleEvidence } from "./flag-evidence";

export const FLAG_LIMIT = 100;
export const RECENT_CONTACT_EVENTS = 20;

export type AccountFlag = RuleEvidence & {
  id: string;
  ruleVersion: number;
  severity: Severity;
  detectedAt: string;
  clearedAt: string | null;
  /** The rule's English sentence, shown when `evidence` did not match the rule's shape. */
  summary: string | null;
};

export interface EvidencePurchase { id: string; merchantId: number; amount: string; category: string; channel: Channel; occurredAt: string }
export interface EvidenceMerchant { id: number; name: string; category: string; watchListed: boolean }
export interface EvidenceBureauEvent { id: string; kind: BureauEventKind; lenderName: string; amount: string | null; occurredAt: string }
export interface EvidenceLimitApplication { id: string; requestedAmount: string; appliedAt: string; outcome: ApplicationOutcome }
export interface ContactEventView { id: string; kind: ContactEventKind; occurredAt: string; detail: string | null }

export interface AccountFlags {
  /** Open flags first, then cleared ones; newest first within each. */
  flags: AccountFlag[];
  /** More flags exist than FLAG_LIMIT. */
  truncated: boolean;
  /** The rows behind the evidence, by id. */
  purchases: Record<string, EvidencePurchase>;
  merchants: Record<number, EvidenceMerchant>;
  bureauEvents: Record<string, EvidenceBureauEvent>;
  limitApplications: Record<string, EvidenceLimitApplication>;
  contactEvents: Record<string, ContactEventView>;
  /** The account's latest contact and app events, newest first. */
  recentContactEvents: ContactEventView[];
}

interface FlagRow {
  id: string;
  rule_code: RuleCode;
  rule_version: number;
  severity: Severity;
  evidence: unknown;
  detected_at: string;
  cleared_at: string | null;
}

const byId = <T extends { id: string | number }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.id, row]));
const none = Promise.resolve([]);

export async function findAccountFlags(options: {
  accountId: number;
  /** At most this many flags (default FLAG_LIMIT). */
  limit?: number;
}): Promise<AccountFlags> {
  const { accountId } = options;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? FLAG_LIMIT), 1), FLAG_LIMIT);
  const [rows, recentContactEvents] = await Promise.all([
    db.$queryRaw<FlagRow[]>`
      SELECT id::text AS id, rule_code, rule_version, severity, evidence,
        ${utcIso("detected_at")} AS detected_at, ${utcIso("cleared_at")} AS cleared_at
      FROM flag WHERE account_id = ${accountId}
      ORDER BY cleared_at IS NULL DESC, detected_at DESC, id DESC LIMIT ${limit + 1}`,
    db.$queryRaw<ContactEventView[]>`
      SELECT id::text AS id, kind, ${utcIso("occurred_at")} AS "occurredAt", detail
      FROM contact_event WHERE account_id = ${accountId}
      ORDER BY occurred_at DESC, id DESC LIMIT ${RECENT_CONTACT_EVENTS}`,
  ]);
  const flags = rows.slice(0, limit).map(
    (row): AccountFlag =>
      ({
        id: row.id,
        rule: row.rule_code,
        ruleVersion: row.rule_version,
        severity: row.severity,
        detectedAt: row.detected_at,
        clearedAt: row.cleared_at,
        evidence: parseEvidence(row.rule_code, row.evidence),
        summary: summaryOf(row.evidence),
      }) as AccountFlag,
  );
  const ids = evidenceRowIds(flags);
  const [purchases, merchants, bureauEvents, limitApplications, contactEvents] = await Promise.all([
    ids.purchaseIds.length === 0
      ? none
      : db.$queryRaw<EvidencePurchase[]>`
          SELECT id::text AS id, merchant_id AS "merchantId", amount::text AS amount, category, channel,
            ${utcIso("occurred_at")} AS "occurredAt"
          FROM purchase WHERE account_id = ${accountId} AND id = ANY(${ids.purchaseIds}::bigint[])`,
    ids.merchantIds.length === 0
      ? none
      : db.$queryRaw<EvidenceMerchant[]>`
          SELECT id, name, category, watch_listed AS "watchListed" FROM merchant WHERE id = ANY(${ids.merchantIds}::int[])`,
    ids.bureauEventIds.length === 0
      ? none
      : db.$queryRaw<EvidenceBureauEvent[]>`
          SELECT id::text AS id, kind, lender_name AS "lenderName", amount::text AS amount, ${utcIso("occurred_at")} AS "occurredAt"
          FROM credit_bureau_event WHERE account_id = ${accountId} AND id = ANY(${ids.bureauEventIds}::bigint[])`,
    ids.limitApplicationIds.length === 0
      ? none
      : db.$queryRaw<EvidenceLimitApplication[]>`
          SELECT id::text AS id, requested_amount::text AS "requestedAmount", ${utcIso("applied_at")} AS "appliedAt", outcome
          FROM limit_application WHERE account_id = ${accountId} AND id = ANY(${ids.limitApplicationIds}::bigint[])`,
    ids.contactEventIds.length === 0
      ? none
      : db.$queryRaw<ContactEventView[]>`
          SELECT id::text AS id, kind, ${utcIso("occurred_at")} AS "occurredAt", detail
          FROM contact_event WHERE account_id = ${accountId} AND id = ANY(${ids.contactEventIds}::bigint[])`,
  ]);
  return {
    flags,
    truncated: rows.length > limit,
    purchases: byId<EvidencePurchase>(purchases),
    merchants: byId<EvidenceMerchant>(merchants),
    bureauEvents: byId<EvidenceBureauEvent>(bureauEvents),
    limitApplications: byId<EvidenceLimitApplication>(limitApplications),
    contactEvents: byId<ContactEventView>(contactEvents),
    recentContactEvents,
  };
}
