// Reads what the rules need for a batch of accounts with one set query per source table (server-only): each query
// joins the batch, given as arrays of account ids and as-of dates, to its table through the (account_id, time)
// indexes, keeps only the rows inside the rules' windows, and returns one JSON array per account, so a batch of
// thousands of accounts is a handful of round trips. Each lookup is a LATERAL subquery fenced with OFFSET 0: seeing
// thousands of ids in the batch, the planner would otherwise flatten it into a hash join over the whole table, and
// a run would read every table once per batch, quadratic in the portfolio's size. The rules re-apply every window themselves: what is read here
// is a superset of what they use, narrowed for speed only.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  AccountData,
  BureauEventRow,
  ContactEventRow,
  CreditScoreRow,
  LimitApplicationRow,
  LimitChangeRow,
  PurchaseRow,
  StatementRow,
} from "./account-data";
import type { RuleThresholds } from "./config";
import type { BatchAccount } from "./find-accounts";
import { isoInstant as iso } from "./sql";

type Reader = Db | Tx;

type Grouped<T> = { account_id: number; rows: T[] }[];

const byAccount = <T>(grouped: Grouped<T>) => new Map(grouped.map((g) => [g.account_id, g.rows]));

export async function loadAccountData(reader: Reader, accounts: BatchAccount[], rules: RuleThresholds): Promise<AccountData[]> {
  const ids = accounts.map((a) => a.id);
  const asOfs = accounts.map((a) => a.asOf);
  const batch = Prisma.sql`unnest(${ids}::int[], ${asOfs}::date[]) AS b(id, as_of)`;
  /** The N days to each account's as-of date: occurred_at >= start and < the day after as-of. */
  const since = (days: number) => Prisma.sql`(b.as_of - ${days - 1}::int)::timestamp`;
  const until = Prisma.sql`(b.as_of + 1)::timestamp`;
  const cashOut = rules.CASH_OUT;
  const contactIds = accounts.filter((a) => a.currentDpd >= rules.CONTACT_LOST.dpdAtLeast).map((a) => a.id);

  const [statements, limitChanges, purchases, bureauEvents, applications, scores, contacts] = await Promise.all([
    reader.$queryRaw<Grouped<StatementRow>>`
      SELECT b.id AS account_id, jsonb_agg(jsonb_build_object('cycleDate', s.cycle_date::text,
        'amountDue', s.amount_due::text, 'dpd', s.dpd) ORDER BY s.cycle_date DESC) AS rows
      FROM ${batch} CROSS JOIN LATERAL (
        SELECT cycle_date, amount_due, dpd FROM statement
        WHERE account_id = b.id AND cycle_date <= b.as_of ORDER BY cycle_date DESC
        LIMIT ${Math.max(rules.SEVERE_OVERDUE.lastStatements, rules.HIGH_UTILISATION.consecutiveStatements)}) s
      GROUP BY b.id`,
    reader.$queryRaw<Grouped<LimitChangeRow>>`
      SELECT account_id, jsonb_agg(jsonb_build_object('amount', amount::text, 'previousAmount', previous_amount::text,
        'changedAt', ${iso("changed_at")}) ORDER BY changed_at) AS rows
      FROM credit_limit_change WHERE account_id = ANY(${ids}::int[]) GROUP BY account_id`,
    reader.$queryRaw<Grouped<PurchaseRow>>`
      SELECT b.id AS account_id, jsonb_agg(jsonb_build_object('id', p.id::text, 'merchantId', p.merchant_id,
        'merchantWatchListed', m.watch_listed, 'amount', p.amount::text, 'occurredAt', ${iso("p.occurred_at")})) AS rows
      FROM ${batch} CROSS JOIN LATERAL (
        SELECT id, merchant_id, amount, occurred_at FROM purchase
        WHERE account_id = b.id AND occurred_at >= ${since(cashOut.lookbackDays)} AND occurred_at < ${until} OFFSET 0) p
      JOIN merchant m ON m.id = p.merchant_id
      WHERE m.watch_listed OR p.amount % ${cashOut.roundAmountMultiple}::numeric = 0
      GROUP BY b.id`,
    reader.$queryRaw<Grouped<BureauEventRow>>`
      SELECT b.id AS account_id, jsonb_agg(jsonb_build_object('id', e.id::text, 'kind', e.kind,
        'lenderName', e.lender_name, 'occurredAt', ${iso("e.occurred_at")})) AS rows
      FROM ${batch} CROSS JOIN LATERAL (
        SELECT id, kind, lender_name, occurred_at FROM credit_bureau_event
        WHERE account_id = b.id AND occurred_at >= ${since(rules.MULTI_LENDING.windowDays)} AND occurred_at < ${until} OFFSET 0) e
      GROUP BY b.id`,
    reader.$queryRaw<Grouped<LimitApplicationRow>>`
      SELECT b.id AS account_id, jsonb_agg(jsonb_build_object('id', l.id::text,
        'requestedAmount', l.requested_amount::text, 'appliedAt', ${iso("l.applied_at")})) AS rows
      FROM ${batch} CROSS JOIN LATERAL (
        SELECT id, requested_amount, applied_at FROM limit_application
        WHERE account_id = b.id AND applied_at >= ${since(rules.LIMIT_APPLICATION_BURST.lookbackDays)} AND applied_at < ${until}
        OFFSET 0) l
      GROUP BY b.id`,
    // The scores in the window, and the one in force when it opened.
    reader.$queryRaw<Grouped<CreditScoreRow>>`
      SELECT b.id AS account_id, jsonb_agg(jsonb_build_object('id', c.id::text, 'score', c.score,
        'scoredAt', ${iso("c.scored_at")})) AS rows
      FROM ${batch} CROSS JOIN LATERAL (
        (SELECT id, score, scored_at FROM credit_score
         WHERE account_id = b.id AND scored_at < ${since(rules.SCORE_DROP.windowDays)} ORDER BY scored_at DESC LIMIT 1)
        UNION ALL
        (SELECT id, score, scored_at FROM credit_score
         WHERE account_id = b.id AND scored_at >= ${since(rules.SCORE_DROP.windowDays)} AND scored_at < ${until} OFFSET 0)) c
      GROUP BY b.id`,
    reader.$queryRaw<Grouped<ContactEventRow>>`
      SELECT account_id, jsonb_agg(jsonb_build_object('id', id::text, 'kind', kind,
        'occurredAt', ${iso("occurred_at")})) AS rows
      FROM contact_event WHERE account_id = ANY(${contactIds}::int[]) GROUP BY account_id`,
  ]);

  const maps = {
    statements: byAccount(statements),
    limitChanges: byAccount(limitChanges),
    purchases: byAccount(purchases),
    bureauEvents: byAccount(bureauEvents),
    limitApplications: byAccount(applications),
    creditScores: byAccount(scores),
    contactEvents: byAccount(contacts),
  };
  return accounts.map((a) => ({
    ...a,
    statements: maps.statements.get(a.id) ?? [],
    limitChanges: maps.limitChanges.get(a.id) ?? [],
    purchases: maps.purchases.get(a.id) ?? [],
    bureauEvents: maps.bureauEvents.get(a.id) ?? [],
    limitApplications: maps.limitApplications.get(a.id) ?? [],
    creditScores: maps.creditScores.get(a.id) ?? [],
    contactEvents: maps.contactEvents.get(a.id) ?? [],
  }));
}
