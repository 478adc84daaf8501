// The account page's header (server-only): the account's standing (status, limit, balance, DPD, score trend), the
// customer masked before anything leaves the server, and the open case. One round trip: the account row by its key,
// the last scores through credit_score(account_id, scored_at) and the open case through review_case(account_id).
import "server-only";
import { bucketOf, type Bucket } from "@/lib/credit/buckets";
import { db } from "@/lib/db";
import type {
  AccountStatus,
  CaseStatus,
  ClosureCategory,
  DataSource,
  Language,
  Severity,
} from "@/lib/generated/prisma/enums";
import { maskName, maskPhone } from "@/lib/queue/masking";
import { utcIso } from "@/lib/queue/queue-sql";
import { centsToDecimal, percentOf, toCents } from "@/lib/rules/money";
import { maskNationalId } from "./mask-national-id";

/** Whether a number can be an account id (an int4 key), so a mistyped URL reads nothing rather than failing in SQL. */
export const isAccountId = (id: number) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647;

/** How many of the latest scores the trend shows. */
export const SCORE_TREND_LENGTH = 6;

export interface ScorePoint {
  score: number;
  scoredAt: string;
}

export interface OpenCaseSummary {
  id: number;
  status: CaseStatus;
  severity: Severity;
  assignee: { id: number; name: string } | null;
  claimedAt: string | null;
  dueAt: string;
  openedAt: string;
}

export interface AccountHeader {
  accountId: number;
  source: DataSource;
  externalRef: string | null;
  hasCreditLine: boolean;
  hasCashLoan: boolean;
  status: AccountStatus;
  statusSince: string;
  closureCategory: ClosureCategory | null;
  freezeUntil: string | null;
  currency: string;
  creditLimit: string;
  outstanding: string;
  /** Limit minus outstanding, never below zero. */
  available: string;
  /** Outstanding / limit in percent, one decimal, truncated; null for a zero limit. */
  utilisationPercent: string | null;
  currentDpd: number;
  bucket: Bucket;
  /** "YYYY-MM-DD": the day the DPD and the amounts are as of; null before the first ingest. */
  dpdAsOf: string | null;
  overdueAmount: string;
  region: string;
  openedAt: string;
  score: {
    /** The score in force: the account's, else the latest of its history. */
    latest: number | null;
    /** The latest scores, oldest first. */
    history: ScorePoint[];
    /** Latest minus the oldest score of `history` (the change over the shown trend); null with fewer than two. */
    delta: number | null;
  };
  customer: { name: string; phone: string; nationalId: string; language: Language };
  openCase: OpenCaseSummary | null;
}

interface HeaderRow {
  id: number;
  source: DataSource;
  external_ref: string | null;
  has_credit_line: boolean;
  has_cash_loan: boolean;
  status: AccountStatus;
  status_since: string;
  closure_category: ClosureCategory | null;
  freeze_until: string | null;
  currency: string;
  credit_limit: string;
  outstanding: string;
  overdue_amount: string;
  current_dpd: number;
  dpd_as_of: string | null;
  credit_score: number | null;
  region: string;
  opened_at: string;
  full_name: string;
  phone: string;
  national_id: string;
  language: Language;
  scores: ScorePoint[];
  open_case: OpenCaseSummary | null;
}

/** The header of an account, or null when there is no such account. */
export async function getAccountHeader(accountId: number): Promise<AccountHeader | null> {
  if (!isAccountId(accountId)) return null;
  const [row] = await db.$queryRaw<HeaderRow[]>`
    SELECT a.id, a.source, a.external_ref, a.has_credit_line, a.has_cash_loan, a.status,
      ${utcIso("a.status_since")} AS status_since, a.closure_category, ${utcIso("a.freeze_until")} AS freeze_until,
      trim(a.currency) AS currency, a.credit_limit::text AS credit_limit, a.outstanding::text AS outstanding,
      a.overdue_amount::text AS overdue_amount, a.current_dpd, a.dpd_as_of::text AS dpd_as_of, a.credit_score,
      a.region, a.opened_at::text AS opened_at, cu.full_name, cu.phone, cu.national_id, cu.language,
      coalesce((
        SELECT json_agg(json_build_object('score', s.score, 'scoredAt', ${utcIso("s.scored_at")}) ORDER BY s.scored_at, s.id)
        FROM (SELECT id, score, scored_at FROM credit_score WHERE account_id = a.id
              ORDER BY scored_at DESC, id DESC LIMIT ${SCORE_TREND_LENGTH}) s
      ), '[]') AS scores,
      (SELECT json_build_object('id', c.id, 'status', c.status, 'severity', c.severity,
          'assignee', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END,
          'claimedAt', ${utcIso("c.claimed_at")}, 'dueAt', ${utcIso("c.due_at")}, 'openedAt', ${utcIso("c.opened_at")})
        FROM review_case c LEFT JOIN app_user u ON u.id = c.assignee_id
        WHERE c.account_id = a.id AND c.status <> 'CLOSED' ORDER BY c.opened_at DESC LIMIT 1) AS open_case
    FROM account a JOIN customer cu ON cu.id = a.customer_id
    WHERE a.id = ${accountId}`;
  return row ? toHeader(row) : null;
}

function toHeader(row: HeaderRow): AccountHeader {
  const limit = toCents(row.credit_limit);
  const outstanding = toCents(row.outstanding);
  const available = limit > outstanding ? limit - outstanding : BigInt(0);
  const history = row.scores;
  const latest = row.credit_score ?? history.at(-1)?.score ?? null;
  return {
    accountId: row.id,
    source: row.source,
    externalRef: row.external_ref,
    hasCreditLine: row.has_credit_line,
    hasCashLoan: row.has_cash_loan,
    status: row.status,
    statusSince: row.status_since,
    closureCategory: row.closure_category,
    freezeUntil: row.freeze_until,
    currency: row.currency,
    creditLimit: row.credit_limit,
    outstanding: row.outstanding,
    available: centsToDecimal(available),
    utilisationPercent: limit > BigInt(0) ? percentOf(outstanding, limit) : null,
    currentDpd: row.current_dpd,
    bucket: bucketOf(row.current_dpd),
    dpdAsOf: row.dpd_as_of,
    overdueAmount: row.overdue_amount,
    region: row.region,
    openedAt: row.opened_at,
    score: { latest, history, delta: history.length >= 2 ? history[history.length - 1].score - history[0].score : null },
    customer: {
      name: maskName(row.full_name),
      phone: maskPhone(row.phone),
      nationalId: maskNationalId(row.national_id),
      language: row.language,
    },
    openCase: row.open_case,
  };
}
