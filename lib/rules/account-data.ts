// What the review rules read about one account, as plain JSON-friendly values: ./load-account-data.ts fills it for a
// batch of accounts with a few set queries, and the rules are pure functions of it. Conventions: calendar dates are
// "YYYY-MM-DD"; instants are UTC ISO strings "YYYY-MM-DDTHH:MM:SS.sssZ" (so they order as text); money is a
// decimal string ("5000.00"); row ids are strings (bigint ids do not fit JSON numbers). The loader may leave out
// rows that cannot matter to any rule (outside every window), never rows that can.
import type { BureauEventKind, ContactEventKind } from "@/lib/generated/prisma/enums";

export interface StatementRow {
  cycleDate: string;
  /** The statement balance. */
  amountDue: string;
  /** Days past due of the account's oldest unpaid amount as of the cycle date. */
  dpd: number;
}

export interface LimitChangeRow {
  amount: string;
  previousAmount: string | null;
  changedAt: string;
}

export interface PurchaseRow {
  id: string;
  merchantId: number;
  /** Whether the merchant is on the watch list now. */
  merchantWatchListed: boolean;
  amount: string;
  occurredAt: string;
}

export interface BureauEventRow {
  id: string;
  kind: BureauEventKind;
  lenderName: string;
  occurredAt: string;
}

export interface LimitApplicationRow {
  id: string;
  requestedAmount: string;
  appliedAt: string;
}

export interface CreditScoreRow {
  id: string;
  score: number;
  scoredAt: string;
}

export interface ContactEventRow {
  id: string;
  kind: ContactEventKind;
  occurredAt: string;
}

export interface AccountData {
  id: number;
  /** The date the rules evaluate as of: --as-of when given, else the account's dpd_as_of, else today (UTC). */
  asOf: string;
  /** account.current_dpd, and the date it is as of (account.dpd_as_of). */
  currentDpd: number;
  dpdAsOf: string | null;
  /** account.credit_limit: the limit now. */
  creditLimit: string;
  limitChanges: LimitChangeRow[];
  /** With cycle_date <= asOf. */
  statements: StatementRow[];
  purchases: PurchaseRow[];
  bureauEvents: BureauEventRow[];
  limitApplications: LimitApplicationRow[];
  creditScores: CreditScoreRow[];
  contactEvents: ContactEventRow[];
}
